import { Button, Group, Modal, NumberInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/errors';
import { formatTableDate } from '../../../shared/dates';
import { LIMITS } from '../../../shared/fields';
import { baseSalaryInput, type BaseSalary } from '../../../shared/money/records';
import { useApi } from '../api/ApiProvider';
import { useApiMutation } from '../api/hooks';
import { ErrorAlert } from '../components/ErrorAlert';
import { fieldErrors, zodIssues } from '../components/fieldErrors';
import { RecordGuardAlert, useRecordGuard } from '../components/RecordGuard';
import { useEditedRecord } from '../components/useEditedRecord';
import { parseTypedDate } from '../conferences/formValues';

/** The day as typed (dd/mm/yyyy) and the amount ('' while empty). */
interface Values {
  effectiveFrom: string;
  amount: number | string;
  source: string;
}

const toValues = (s: BaseSalary): Values => ({
  effectiveFrom: formatTableDate(s.effectiveFrom),
  amount: s.amount,
  source: s.source,
});

const toInput = (v: Values) => ({
  // An unreadable day goes on as typed, and the schema names it invalid.
  effectiveFrom: parseTypedDate(v.effectiveFrom) ?? v.effectiveFrom,
  amount: v.amount === '' ? undefined : Number(v.amount),
  source: v.source,
});

/** Adds a base salary (null) or edits one; the content unmounts on close. */
export function BaseSalaryModal({
  opened,
  editing,
  onClose,
}: {
  opened: boolean;
  editing: BaseSalary | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={editing ? t('money.salaries.form.editTitle') : t('money.salaries.form.createTitle')}
      closeButtonProps={{ 'aria-label': t('money.salaries.form.close') }}
    >
      {opened && <BaseSalaryFields editing={editing} onDone={onClose} />}
    </Modal>
  );
}

function BaseSalaryFields({ editing, onDone }: { editing: BaseSalary | null; onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const create = useApiMutation('salaries.create');
  const update = useApiMutation('salaries.update');
  const [submitError, setSubmitError] = useState<unknown>(null);
  const editingId = editing?.id ?? null;
  const fetchLatest = useCallback(
    async () =>
      editingId === null ? undefined : (await api.call('salaries.list', {})).find((s) => s.id === editingId),
    [api, editingId],
  );
  const { record: latest, reload } = useEditedRecord(editing, fetchLatest);
  const guard = useRecordGuard(reload);
  const blocked = latest !== null && guard.blocked;
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: editing ? toValues(editing) : { effectiveFrom: '', amount: '', source: '' },
    validate: (values) => {
      const result = baseSalaryInput.safeParse(toInput(values));
      return result.success ? {} : fieldErrors<keyof Values>(zodIssues(result.error), t);
    },
  });

  const submit = form.onSubmit(async (values) => {
    if (blocked) return;
    setSubmitError(null);
    const input = baseSalaryInput.parse(toInput(values));
    try {
      if (latest) {
        await update.mutateAsync({ id: latest.id, revision: latest.revision, ...input });
        notifications.show({ color: 'green', message: t('money.salaries.saved') });
      } else {
        await create.mutateAsync(input);
        notifications.show({ color: 'green', message: t('money.salaries.created') });
      }
      onDone();
    } catch (error) {
      if (guard.handle(error)) return;
      const fields = error instanceof ApiError ? error.details?.fields : undefined;
      if (fields && fields.length > 0) form.setErrors(fieldErrors<keyof Values>(fields, t));
      setSubmitError(error);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('money.salaries.form.from')}
          placeholder="01/07/2024"
          withAsterisk
          data-autofocus
          maxLength={20}
          {...form.getInputProps('effectiveFrom')}
        />
        <NumberInput
          label={t('money.salaries.form.amount')}
          withAsterisk
          min={1}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          thousandSeparator="."
          decimalSeparator=","
          {...form.getInputProps('amount')}
        />
        <TextInput
          label={t('money.salaries.form.source')}
          placeholder={t('money.salaries.form.sourcePlaceholder')}
          maxLength={LIMITS.line}
          {...form.getInputProps('source')}
        />
        {submitError !== null && <ErrorAlert error={submitError} />}
        {latest && <RecordGuardAlert guard={guard} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('money.salaries.form.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting} disabled={blocked}>
            {editing ? t('money.salaries.form.save') : t('money.salaries.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
