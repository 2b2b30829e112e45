import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionCreateInput, type Decision } from '../../../shared/certificates';
import { formatTableDate } from '../../../shared/dates';
import { LIMITS } from '../../../shared/fields';
import { ApiError } from '../../../shared/api/errors';
import { useApi } from '../api/ApiProvider';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { ErrorAlert } from '../components/ErrorAlert';
import { latestDifferences, RecordGuardAlert, useRecordGuard } from '../components/RecordGuard';
import { useEditedRecord, useKeptInView } from '../components/useEditedRecord';
import { fieldErrors, zodIssues } from '../components/fieldErrors';
import { parseTypedDate } from '../conferences/formValues';

export interface DecisionValues {
  number: string;
  date: string;
  issuer: string;
  signerCapacity: string;
  signerTitle: string;
  signerName: string;
  placeName: string;
  registerId: number | null;
}

const isFieldError = (error: unknown, path: string): error is ApiError => {
  const fields =
    error instanceof ApiError ? (error.details?.fields as { path?: string }[] | undefined) : undefined;
  return Array.isArray(fields) && fields.some((f) => f.path === path);
};

export function toDecisionValues(d: Decision): DecisionValues {
  const { number, date, issuer, signerCapacity, signerTitle, signerName, placeName, registerId } = d;
  return { number, date, issuer, signerCapacity, signerTitle, signerName, placeName, registerId };
}

interface Props {
  opened: boolean;
  conferenceId: number;
  /** The decision edited, or null to add one starting from `defaults`. */
  editing: Decision | null;
  defaults: DecisionValues;
  onClose: () => void;
  onSaved: (decision: Decision) => void;
}

export function DecisionModal({ opened, editing, onClose, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={
        editing ? t('decisions.form.editTitle', { number: editing.number }) : t('decisions.form.createTitle')
      }
      size="xl"
      closeButtonProps={{ 'aria-label': t('decisions.form.close') }}
    >
      {opened && <DecisionFields editing={editing} onDone={onClose} {...rest} />}
    </Modal>
  );
}

function DecisionFields({
  conferenceId,
  editing,
  defaults,
  onDone,
  onSaved,
}: Omit<Props, 'opened' | 'onClose'> & { onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const registers = useApiQuery('registers.list', {});
  const create = useApiMutation('decisions.create');
  const update = useApiMutation('decisions.update');
  const [submitError, setSubmitError] = useState<unknown>(null);
  const editingId = editing?.id ?? null;
  const fetchLatest = useCallback(
    async () =>
      editingId === null
        ? undefined
        : (await api.call('decisions.list', { conferenceId })).find((d) => d.id === editingId),
    [api, conferenceId, editingId],
  );
  // The decision as this dialog last loaded it: its revision goes with the save.
  const { record: latest, reload } = useEditedRecord(editing, fetchLatest);
  const guard = useRecordGuard(reload);
  // A new decision is based on no earlier copy, so only an edit waits for a reload.
  const blocked = latest !== null && guard.blocked;
  // The date as typed: the picker drops text that is not a date, so it is read from the field.
  const dateField = useRef<HTMLInputElement>(null);
  const notRealDate = (): string | null => {
    const text = dateField.current?.value.trim() ?? '';
    return text && !parseTypedDate(text) ? t('decisions.form.dateNotReal', { text }) : null;
  };
  const form = useForm<DecisionValues>({
    mode: 'controlled',
    initialValues: editing ? toDecisionValues(editing) : defaults,
    // The core's schema, so mistakes show under the fields before anything is sent.
    validate: (values) => {
      const result = decisionCreateInput.safeParse({ conferenceId, ...values });
      const errors = result.success ? {} : fieldErrors<keyof DecisionValues>(zodIssues(result.error), t);
      const badDate = notRealDate();
      return badDate ? { ...errors, date: badDate } : errors;
    },
  });
  const checkTypedDate = () => {
    const badDate = notRealDate();
    const text = dateField.current?.value.trim() ?? '';
    // Text that is no date, or none at all, leaves no date behind: never the one typed before.
    if (badDate || !text) form.setFieldValue('date', '');
    if (badDate) form.setFieldError('date', badDate);
  };

  // A new decision takes the newest register (most often the one just added for it) until the
  // person picks another or none.
  const registerTouched = useRef(false);
  const newestRegister =
    registers.data?.reduce<number | null>((max, r) => Math.max(max ?? 0, r.id), null) ?? null;
  const { setFieldValue } = form;
  useEffect(() => {
    if (editing || registerTouched.current || newestRegister === null) return;
    if (defaults.registerId === null) setFieldValue('registerId', newestRegister);
  }, [editing, newestRegister, defaults.registerId, setFieldValue]);

  const submit = form.onSubmit(async (values) => {
    if (blocked) return;
    setSubmitError(null);
    const { conferenceId: _id, ...fields } = decisionCreateInput.parse({ conferenceId, ...values });
    try {
      const saved = latest
        ? await update.mutateAsync({ id: latest.id, revision: latest.revision, ...fields })
        : await create.mutateAsync({ conferenceId, ...fields });
      notifications.show({
        color: 'green',
        message: t(editing ? 'decisions.saved' : 'decisions.created', { number: saved.number }),
      });
      onSaved(saved);
      onDone();
    } catch (error) {
      // Changed in another window: the latest copy is reloaded and what was typed stays.
      if (guard.handle(error)) return;
      // A number its issuer already gave: said under the number, where it is corrected.
      if (isFieldError(error, 'number')) form.setFieldError('number', error.message);
      else setSubmitError(error);
    }
  });

  const registerOptions = (registers.data ?? []).map((r) => ({ value: String(r.id), label: r.name }));
  // What the notice lists, as the person reads it: dates as typed, registers by name.
  const shown = (v: DecisionValues) => ({
    ...v,
    date: v.date ? formatTableDate(v.date) : '',
    registerId: registerOptions.find((o) => o.value === String(v.registerId))?.label ?? '',
  });
  const changed =
    guard.conflict && latest
      ? latestDifferences(shown(form.values), shown(toDecisionValues(latest)), {
          number: t('decisions.form.number'),
          date: t('decisions.form.date'),
          issuer: t('decisions.form.issuer'),
          signerCapacity: t('decisions.form.signerCapacity'),
          signerTitle: t('decisions.form.signerTitle'),
          signerName: t('decisions.form.signerName'),
          placeName: t('decisions.form.placeName'),
          registerId: t('decisions.form.register'),
        })
      : [];
  const buttons = useKeptInView<HTMLDivElement>(guard.conflict ?? guard.restored, changed.length);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('decisions.form.number')}
            placeholder={t('decisions.form.numberPlaceholder')}
            withAsterisk
            maxLength={LIMITS.shortText}
            data-autofocus
            {...form.getInputProps('number')}
          />
          <DateInput
            label={t('decisions.form.date')}
            placeholder="dd/mm/yyyy"
            valueFormat="DD/MM/YYYY"
            dateParser={parseTypedDate}
            withAsterisk
            ref={dateField}
            // Text that is not a date stays in the field, with the reason under it.
            fixOnBlur={false}
            onBlur={checkTypedDate}
            // Escape here closes the calendar only; the dialog and what was typed in it stay.
            data-mantine-stop-propagation="true"
            value={form.values.date || null}
            onChange={(value) => form.setFieldValue('date', value ?? '')}
            error={form.errors.date}
          />
        </SimpleGrid>
        <TextInput
          label={t('decisions.form.issuer')}
          placeholder={t('decisions.form.issuerPlaceholder')}
          maxLength={LIMITS.line}
          {...form.getInputProps('issuer')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('decisions.form.signerCapacity')}
            placeholder={t('decisions.form.signerCapacityPlaceholder')}
            maxLength={LIMITS.shortText}
            {...form.getInputProps('signerCapacity')}
          />
          <TextInput
            label={t('decisions.form.signerTitle')}
            placeholder={t('decisions.form.signerTitlePlaceholder')}
            maxLength={LIMITS.shortText}
            {...form.getInputProps('signerTitle')}
          />
          <TextInput
            label={t('decisions.form.signerName')}
            maxLength={LIMITS.shortText}
            {...form.getInputProps('signerName')}
          />
          <TextInput
            label={t('decisions.form.placeName')}
            placeholder={t('decisions.form.placeNamePlaceholder')}
            maxLength={LIMITS.shortText}
            {...form.getInputProps('placeName')}
          />
        </SimpleGrid>
        <Select
          label={t('decisions.form.register')}
          description={t('decisions.form.registerHint')}
          placeholder={t('decisions.form.registerNone')}
          data={registerOptions}
          clearable
          // Picking the register already chosen keeps it; "no register" is the clear button.
          allowDeselect={false}
          value={form.values.registerId === null ? null : String(form.values.registerId)}
          onChange={(value) => {
            registerTouched.current = true;
            form.setFieldValue('registerId', value === null ? null : Number(value));
          }}
          error={form.errors.registerId}
        />
        {submitError !== null && <ErrorAlert error={submitError} />}
        {latest && <RecordGuardAlert guard={guard} latest={changed} />}
        <Group justify="flex-end" ref={buttons}>
          <Button variant="default" onClick={onDone}>
            {t('decisions.form.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting} disabled={blocked}>
            {editing ? t('decisions.form.save') : t('decisions.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
