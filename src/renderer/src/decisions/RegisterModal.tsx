import { Button, Group, Modal, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/errors';
import { registerInput, type Register } from '../../../shared/certificates';
import { formatRegisterNumber } from '../../../shared/register-number';
import { useApi } from '../api/ApiProvider';
import { useApiMutation } from '../api/hooks';
import { ErrorAlert } from '../components/ErrorAlert';
import { latestDifferences, RecordGuardAlert, useRecordGuard } from '../components/RecordGuard';
import { useEditedRecord, useKeptInView } from '../components/useEditedRecord';
import { fieldErrors, zodIssues } from '../components/fieldErrors';

/** Number inputs hold '' while empty; the schema then reports the field as invalid. */
interface Values {
  name: string;
  prefix: string;
  suffix: string;
  padding: number | string;
  nextNumber: number | string;
}

const toValues = ({ name, prefix, suffix, padding, nextNumber }: Register): Values => ({
  name,
  prefix,
  suffix,
  padding,
  nextNumber,
});

const toInput = (v: Values) => ({
  ...v,
  padding: v.padding === '' ? undefined : Number(v.padding),
  nextNumber: v.nextNumber === '' ? undefined : Number(v.nextNumber),
});

/** Adds a register (null) or edits one; the content unmounts on close so each opening starts fresh. */
export function RegisterModal({
  opened,
  editing,
  onClose,
}: {
  opened: boolean;
  editing: Register | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={
        editing
          ? t('decisions.registers.form.editTitle', { name: editing.name })
          : t('decisions.registers.form.createTitle')
      }
      size="lg"
      closeButtonProps={{ 'aria-label': t('decisions.registers.form.close') }}
    >
      {opened && <RegisterFields editing={editing} onDone={onClose} />}
    </Modal>
  );
}

function RegisterFields({ editing, onDone }: { editing: Register | null; onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const create = useApiMutation('registers.create');
  const update = useApiMutation('registers.update');
  const [submitError, setSubmitError] = useState<unknown>(null);
  const editingId = editing?.id ?? null;
  const fetchLatest = useCallback(
    async () =>
      editingId === null ? undefined : (await api.call('registers.list', {})).find((r) => r.id === editingId),
    [api, editingId],
  );
  // The register as this dialog last loaded it; awards numbered elsewhere move it on.
  const { record: latest, reload } = useEditedRecord(editing, fetchLatest);
  const guard = useRecordGuard(reload);
  const blocked = latest !== null && guard.blocked;
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: editing
      ? toValues(editing)
      : { name: '', prefix: '', suffix: '', padding: 0, nextNumber: 1 },
    validate: (values) => {
      const result = registerInput.safeParse(toInput(values));
      return result.success ? {} : fieldErrors<keyof Values>(zodIssues(result.error), t);
    },
  });

  const submit = form.onSubmit(async (values) => {
    if (blocked) return;
    setSubmitError(null);
    const input = registerInput.parse(toInput(values));
    try {
      if (latest) {
        const saved = await update.mutateAsync({ id: latest.id, revision: latest.revision, ...input });
        notifications.show({ color: 'green', message: t('decisions.registers.saved', { name: saved.name }) });
      } else {
        const created = await create.mutateAsync(input);
        notifications.show({
          color: 'green',
          message: t('decisions.registers.created', { name: created.name }),
        });
      }
      onDone();
    } catch (error) {
      if (guard.handle(error)) return;
      // Lowering the next number comes back as CONFLICT naming the field: show it there.
      const fields = error instanceof ApiError ? error.details?.fields : undefined;
      if (fields && fields.length > 0) form.setErrors(fieldErrors<keyof Values>(fields, t));
      setSubmitError(error);
    }
  });

  const parsed = registerInput.safeParse(toInput(form.values));
  const example = parsed.success ? formatRegisterNumber(parsed.data, parsed.data.nextNumber) : null;
  const changed =
    guard.conflict && latest
      ? latestDifferences(
          { ...form.values },
          { ...toValues(latest) },
          {
            name: t('decisions.registers.form.name'),
            prefix: t('decisions.registers.form.prefix'),
            suffix: t('decisions.registers.form.suffix'),
            padding: t('decisions.registers.form.padding'),
            nextNumber: t('decisions.registers.form.nextNumber'),
          },
        )
      : [];
  const buttons = useKeptInView<HTMLDivElement>(guard.conflict ?? guard.restored, changed.length);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('decisions.registers.form.name')}
          placeholder={t('decisions.registers.form.namePlaceholder')}
          withAsterisk
          data-autofocus
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={2}>
          <TextInput
            label={t('decisions.registers.form.prefix')}
            maxLength={20}
            {...form.getInputProps('prefix')}
          />
          <TextInput
            label={t('decisions.registers.form.suffix')}
            placeholder={t('decisions.registers.form.suffixPlaceholder')}
            maxLength={20}
            {...form.getInputProps('suffix')}
          />
          <NumberInput
            label={t('decisions.registers.form.padding')}
            description={t('decisions.registers.form.paddingHint')}
            min={0}
            max={8}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            {...form.getInputProps('padding')}
          />
          <NumberInput
            label={t('decisions.registers.form.nextNumber')}
            description={t('decisions.registers.form.nextNumberHint')}
            min={latest?.nextNumber ?? 1}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            {...form.getInputProps('nextNumber')}
          />
        </SimpleGrid>
        {example !== null && (
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('decisions.registers.form.example', { example })}
          </Text>
        )}
        {submitError !== null && <ErrorAlert error={submitError} />}
        {latest && <RecordGuardAlert guard={guard} latest={changed} />}
        <Group justify="flex-end" ref={buttons}>
          <Button variant="default" onClick={onDone}>
            {t('decisions.registers.form.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting} disabled={blocked}>
            {editing ? t('decisions.registers.form.save') : t('decisions.registers.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
