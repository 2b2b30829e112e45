import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/errors';
import { nomineeValues, type Nominee } from '../../../shared/nominees';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { ErrorAlert } from '../components/ErrorAlert';
import { latestDifferences, RecordGuardAlert } from '../components/RecordGuard';
import { useRevisedRecord } from '../components/useRevisedRecord';
import { fieldErrors, zodIssues } from '../components/fieldErrors';
import { emptyNominee, toFormValues, toNomineeInput, type NomineeFormValues } from './formValues';
import { NomineeFields } from './NomineeFields';
import { NomineeFlags } from './NomineeFlags';

interface Props {
  conferenceId: number;
  /** null: a new nominee. */
  nomineeId: number | null;
  onClose: () => void;
}

/** The form as it is checked before sending: the same schema the core enforces. */
export function validateNominee(values: NomineeFormValues, t: (key: string) => string) {
  const result = nomineeValues.safeParse(toNomineeInput(values));
  return result.success ? {} : fieldErrors<keyof NomineeFormValues>(zodIssues(result.error), t);
}

/** The form fields a conflict notice names when the latest copy differs (free text only). */
const TEXT_FIELDS = [
  'fullName',
  'birth',
  'position',
  'unitName',
  'proposingUnitName',
  'achievement',
  'notes',
] as const;
const FIELD_LABEL: Record<(typeof TEXT_FIELDS)[number], string> = {
  fullName: 'nominees.form.fullName',
  birth: 'nominees.form.birth',
  position: 'nominees.form.position',
  unitName: 'nominees.form.unit',
  proposingUnitName: 'nominees.form.proposingUnit',
  achievement: 'nominees.form.achievement',
  notes: 'nominees.form.notes',
};

function NomineeForm({
  conferenceId,
  nominee,
  reload,
  onClose,
}: {
  conferenceId: number;
  nominee: Nominee | null;
  reload: () => Promise<Nominee | null>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  // The revision the form opened on: the record on screen refreshes with every change event,
  // and sending its revision would silently take in another window's edit.
  const { guard, revision, latest } = useRevisedRecord(nominee, reload);
  const create = useApiMutation('nominees.create');
  const update = useApiMutation('nominees.update');
  const [error, setError] = useState<unknown>(null);
  const form = useForm<NomineeFormValues>({
    mode: 'controlled',
    initialValues: nominee ? toFormValues(nominee) : emptyNominee(),
    validate: (values) => validateNominee(values, t),
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    // Nothing goes out on a copy read before a restore until the person has reloaded it.
    if (guard.blocked) return;
    try {
      const input = toNomineeInput(values);
      const saved = nominee
        ? await update.mutateAsync({ id: nominee.id, revision, ...input })
        : await create.mutateAsync({ conferenceId, ...input });
      notifications.show({
        color: 'green',
        message: t(nominee ? 'nominees.form.saved' : 'nominees.form.created', { name: saved.fullName }),
      });
      onClose();
    } catch (caught) {
      if (guard.handle(caught)) return;
      if (caught instanceof ApiError && caught.code === 'VALIDATION' && caught.details?.fields) {
        form.setErrors(fieldErrors<keyof NomineeFormValues>(caught.details.fields, t));
      } else {
        setError(caught);
      }
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {nominee && <NomineeFlags nominee={nominee} detailed />}
        <NomineeFields form={form} />
        {nominee?.sourceFile && (
          <Text size="xs" c="dimmed">
            {t('nominees.form.source', { file: nominee.sourceFile, row: nominee.sourceRow ?? '?' })}
          </Text>
        )}
        {error !== null && <ErrorAlert error={error} />}
        {nominee && (
          <RecordGuardAlert
            guard={guard}
            latest={latestDifferences(
              form.values,
              latest ? toFormValues(latest) : null,
              Object.fromEntries(TEXT_FIELDS.map((field) => [field, t(FIELD_LABEL[field])])),
            )}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('nominees.form.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting} disabled={guard.blocked}>
            {nominee ? t('nominees.form.save') : t('nominees.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Add or edit one nominee, in a dialog over the list. */
export function NomineeFormModal({ conferenceId, nomineeId, onClose }: Props) {
  const { t } = useTranslation();
  const existing = useApiQuery('nominees.get', { id: nomineeId ?? 0 }, { enabled: nomineeId !== null });
  const title = nomineeId === null ? t('nominees.form.createTitle') : t('nominees.form.editTitle');
  return (
    <Modal opened onClose={onClose} title={title} size="xl">
      {nomineeId !== null && existing.error && <Alert color="red">{String(existing.error.message)}</Alert>}
      {nomineeId !== null && existing.isLoading && <Loader aria-label={t('common.loading')} />}
      {(nomineeId === null || existing.data) && (
        <NomineeForm
          conferenceId={conferenceId}
          nominee={existing.data ?? null}
          reload={async () => (await existing.refetch()).data ?? null}
          onClose={onClose}
        />
      )}
    </Modal>
  );
}
