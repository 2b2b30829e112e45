import {
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGENDA_KINDS, agendaItemFields, type AgendaItem, type AgendaKind } from '../../../shared/agenda';
import { LIMITS } from '../../../shared/fields';
import { useApiMutation } from '../api/hooks';
import { ErrorAlert } from '../components/ErrorAlert';
import { fieldErrors, zodIssues } from '../components/fieldErrors';
import { latestDifferences, RecordGuardAlert } from '../components/RecordGuard';
import { useRevisedRecord } from '../components/useRevisedRecord';

interface ItemValues {
  title: string;
  kind: AgendaKind;
  presenter: string;
  presenterTitle: string;
  /** What the number box holds: a number, or the text typed so far. */
  durationMinutes: number | string;
  notes: string;
}

const EMPTY: ItemValues = {
  title: '',
  kind: 'bao_cao',
  presenter: '',
  presenterTitle: '',
  durationMinutes: 15,
  notes: '',
};

function toValues(item: AgendaItem): ItemValues {
  const { title, kind, presenter, presenterTitle, durationMinutes, notes } = item;
  return { title, kind, presenter, presenterTitle, durationMinutes, notes };
}

/** Typed text is not turned into a number silently: "2,5" or "" must fail the same check. */
const toInput = (values: ItemValues) => ({
  ...values,
  durationMinutes:
    typeof values.durationMinutes === 'number'
      ? values.durationMinutes
      : Number.parseFloat(values.durationMinutes),
});

interface Props {
  conferenceId: number;
  /** The item edited, as it was when the dialog opened; null to add one, undefined when closed. */
  editing: AgendaItem | null | undefined;
  /** The item as stored now (after a conflict), null once it is gone. */
  reloadItem: (id: number) => Promise<AgendaItem | null>;
  onClose: () => void;
}

export function ItemModal({ conferenceId, editing, reloadItem, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={editing !== undefined}
      onClose={onClose}
      title={editing ? t('agenda.form.editTitle', { title: editing.title }) : t('agenda.form.createTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('agenda.form.close') }}
    >
      {editing !== undefined && (
        <ItemFields conferenceId={conferenceId} editing={editing} reloadItem={reloadItem} onDone={onClose} />
      )}
    </Modal>
  );
}

/** The form's values as the person reads them, to name what another window changed. */
function shown(values: ItemValues, t: TFunction) {
  return {
    ...values,
    kind: t(`agenda.kinds.${values.kind}`),
    durationMinutes: String(values.durationMinutes),
  };
}

function ItemFields({
  conferenceId,
  editing,
  reloadItem,
  onDone,
}: {
  conferenceId: number;
  editing: AgendaItem | null;
  reloadItem: (id: number) => Promise<AgendaItem | null>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const create = useApiMutation('agenda.create');
  const update = useApiMutation('agenda.update');
  const [submitError, setSubmitError] = useState<unknown>(null);
  const editingId = editing?.id;
  const reload = useCallback(
    async () => (editingId === undefined ? null : reloadItem(editingId)),
    [editingId, reloadItem],
  );
  const record = useRevisedRecord(editing, reload);
  // A new item has no copy to be stale against: only an edit is guarded.
  const guard = editing ? record.guard : null;
  const form = useForm<ItemValues>({
    mode: 'controlled',
    initialValues: editing ? toValues(editing) : EMPTY,
    validate: (values) => {
      const result = agendaItemFields.safeParse(toInput(values));
      return result.success ? {} : fieldErrors<keyof ItemValues>(zodIssues(result.error), t);
    },
  });

  const submit = form.onSubmit(async (values) => {
    if (guard?.blocked) return;
    setSubmitError(null);
    const fields = agendaItemFields.parse(toInput(values));
    try {
      const saved = editing
        ? await update.mutateAsync({ id: editing.id, revision: record.revision, ...fields })
        : await create.mutateAsync({ conferenceId, ...fields });
      notifications.show({
        color: 'green',
        message: t(editing ? 'agenda.saved' : 'agenda.created', { title: saved.title }),
      });
      onDone();
    } catch (error) {
      if (guard?.handle(error)) return;
      setSubmitError(error);
    }
  });

  const labels = {
    title: t('agenda.form.title'),
    kind: t('agenda.form.kind'),
    durationMinutes: t('agenda.form.duration'),
    presenter: t('agenda.form.presenter'),
    presenterTitle: t('agenda.form.presenterTitle'),
    notes: t('agenda.form.notes'),
  };
  const latest = record.latest ? shown(toValues(record.latest), t) : null;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('agenda.form.title')}
          placeholder={t('agenda.form.titlePlaceholder')}
          withAsterisk
          maxLength={LIMITS.line}
          data-autofocus
          {...form.getInputProps('title')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('agenda.form.kind')}
            data={AGENDA_KINDS.map((kind) => ({ value: kind, label: t(`agenda.kinds.${kind}`) }))}
            allowDeselect={false}
            withAsterisk
            {...form.getInputProps('kind')}
          />
          <NumberInput
            label={t('agenda.form.duration')}
            description={t('agenda.form.durationHint')}
            withAsterisk
            min={1}
            step={5}
            // Shown as an error rather than quietly changed to 1: a 0 is a typing mistake to see.
            clampBehavior="none"
            {...form.getInputProps('durationMinutes')}
          />
          <TextInput
            label={t('agenda.form.presenter')}
            placeholder={t('agenda.form.presenterPlaceholder')}
            maxLength={LIMITS.shortText}
            {...form.getInputProps('presenter')}
          />
          <TextInput
            label={t('agenda.form.presenterTitle')}
            placeholder={t('agenda.form.presenterTitlePlaceholder')}
            maxLength={LIMITS.line}
            {...form.getInputProps('presenterTitle')}
          />
        </SimpleGrid>
        <Textarea
          label={t('agenda.form.notes')}
          autosize
          minRows={2}
          maxRows={6}
          {...form.getInputProps('notes')}
        />
        {guard && (
          <RecordGuardAlert guard={guard} latest={latestDifferences(shown(form.values, t), latest, labels)} />
        )}
        {submitError !== null && <ErrorAlert error={submitError} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('agenda.form.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending} disabled={guard?.blocked}>
            {editing ? t('agenda.form.save') : t('agenda.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
