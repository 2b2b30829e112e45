import {
  Button,
  Group,
  Modal,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import type { TFunction } from 'i18next';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/errors';
import { delegateValues, type Delegate, type DelegateValues } from '../../../shared/delegates';
import { ErrorAlert } from '../components/ErrorAlert';
import { fieldErrors, zodIssues } from '../components/fieldErrors';
import { latestDifferences, RecordGuardAlert } from '../components/RecordGuard';
import { useRevisedRecord } from '../components/useRevisedRecord';

interface FormValues {
  honorific: '' | 'ong' | 'ba';
  fullName: string;
  title: string;
  unitName: string;
  groupName: string;
  seat: string;
  badge: string;
  notes: string;
}

const blank: FormValues = {
  honorific: '',
  fullName: '',
  title: '',
  unitName: '',
  groupName: '',
  seat: '',
  badge: '',
  notes: '',
};

const fromDelegate = (d: Delegate): FormValues => ({
  honorific: d.honorific ?? '',
  fullName: d.fullName,
  title: d.title,
  unitName: d.unitName,
  groupName: d.groupName,
  seat: d.seat,
  badge: d.badge,
  notes: d.notes,
});

/** The values as the person reads them, to name what another window changed. */
const shown = (values: FormValues, t: TFunction) => ({
  ...values,
  honorific: values.honorific === '' ? '' : t(`delegates.form.${values.honorific}`),
});

/** Add or edit one delegate; the core refuses a badge number given to someone else. */
export function DelegateFormModal({
  editing,
  reloadDelegate,
  onClose,
  onSave,
}: {
  /** The delegate being edited, as it was when the dialog opened, or null for a new one. */
  editing: Delegate | null;
  /** The delegate as stored now, read again after a conflict. */
  reloadDelegate: (id: number) => Promise<Delegate | null>;
  onClose: () => void;
  /** Saves the values; `revision` is the one of the copy the person last saw (0 for a new one). */
  onSave: (values: DelegateValues, revision: number) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const form = useForm<FormValues>({ initialValues: editing ? fromDelegate(editing) : blank });
  const editingId = editing?.id;
  const reload = useCallback(
    async () => (editingId === undefined ? null : reloadDelegate(editingId)),
    [editingId, reloadDelegate],
  );
  const record = useRevisedRecord(editing, reload);
  // A new delegate has no copy to be stale against: only an edit is guarded.
  const guard = editing ? record.guard : null;
  const labels = {
    honorific: t('delegates.form.honorific'),
    fullName: t('delegates.form.fullName'),
    title: t('delegates.form.title'),
    unitName: t('delegates.form.unitName'),
    groupName: t('delegates.form.groupName'),
    seat: t('delegates.form.seat'),
    badge: t('delegates.form.badge'),
    notes: t('delegates.form.notes'),
  };
  const latest = record.latest ? shown(fromDelegate(record.latest), t) : null;

  const submit = form.onSubmit(async (values) => {
    if (guard?.blocked) return;
    const parsed = delegateValues.safeParse({ ...values, honorific: values.honorific || null });
    if (!parsed.success) {
      form.setErrors(fieldErrors(zodIssues(parsed.error), t));
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await onSave(parsed.data, record.revision);
    } catch (caught) {
      if (guard?.handle(caught)) return;
      if (caught instanceof ApiError && caught.details?.fields)
        form.setErrors(fieldErrors(caught.details.fields, t));
      setError(caught);
    } finally {
      setSaving(false);
    }
  });

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={editing ? t('delegates.form.editTitle') : t('delegates.form.createTitle')}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {/* Compact rows, so that a conflict notice still leaves the buttons in a 768-pixel window. */}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('delegates.form.honorific')}
              </Text>
              <SegmentedControl
                aria-label={t('delegates.form.honorific')}
                data={[
                  { value: '', label: t('delegates.form.none') },
                  { value: 'ong', label: t('delegates.form.ong') },
                  { value: 'ba', label: t('delegates.form.ba') },
                ]}
                {...form.getInputProps('honorific')}
              />
            </Stack>
            <TextInput
              label={t('delegates.form.fullName')}
              required
              data-autofocus
              {...form.getInputProps('fullName')}
            />
            <TextInput label={t('delegates.form.title')} {...form.getInputProps('title')} />
            <TextInput label={t('delegates.form.unitName')} {...form.getInputProps('unitName')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('delegates.form.groupName')} {...form.getInputProps('groupName')} />
            <TextInput label={t('delegates.form.seat')} {...form.getInputProps('seat')} />
            <TextInput label={t('delegates.form.badge')} {...form.getInputProps('badge')} />
          </SimpleGrid>
          <Textarea label={t('delegates.form.notes')} autosize minRows={1} {...form.getInputProps('notes')} />
          {guard && (
            <RecordGuardAlert
              guard={guard}
              latest={latestDifferences(shown(form.values, t), latest, labels)}
            />
          )}
          {error !== null && <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('delegates.form.cancel')}
            </Button>
            <Button type="submit" loading={saving} disabled={guard?.blocked}>
              {t('delegates.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
