import { Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ImportRow } from '../../../shared/imports';
import type { NomineeInput } from '../../../shared/nominees';
import { toFormValues, toNomineeInput, type NomineeFormValues } from '../nominees/formValues';
import { NomineeFields } from '../nominees/NomineeFields';
import { validateNominee } from '../nominees/NomineeFormModal';

/** Corrects one row of the preview; the correction is sent with the commit. */
export function RowEditModal({
  row,
  current,
  onApply,
  onClose,
}: {
  row: ImportRow;
  current: NomineeInput | undefined;
  onApply: (values: NomineeInput) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const start = current
    ? toFormValues({
        kind: current.kind,
        honorific: current.honorific ?? null,
        fullName: current.fullName,
        gender: current.gender ?? null,
        birth: current.birth ?? '',
        position: current.position ?? '',
        unitName: current.unitName ?? '',
        achievement: current.achievement ?? '',
        awardFormId: current.awardFormId ?? null,
        proposingUnitName: current.proposingUnitName ?? '',
        status: current.status ?? 'de_nghi',
        notes: current.notes ?? '',
      })
    : toFormValues({ ...row, status: 'de_nghi' });
  const form = useForm<NomineeFormValues>({
    mode: 'controlled',
    initialValues: start,
    validate: (values) => validateNominee(values, t),
  });
  const submit = form.onSubmit((values) => {
    onApply(toNomineeInput(values));
    onClose();
  });
  return (
    <Modal opened onClose={onClose} title={t('imports.dialogTitle', { row: row.rowNumber })} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack>
          <NomineeFields form={form} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('imports.cancel')}
            </Button>
            <Button type="submit">{t('imports.applyEdit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
