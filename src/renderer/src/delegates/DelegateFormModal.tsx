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
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/errors';
import { delegateValues, type Delegate } from '../../../shared/delegates';
import { ErrorAlert } from '../components/ErrorAlert';
import { fieldErrors, zodIssues } from '../components/fieldErrors';

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

/** Add or edit one delegate; the core refuses a badge number given to someone else. */
export function DelegateFormModal({
  editing,
  onClose,
  onSave,
}: {
  /** The delegate being edited, or null for a new one. */
  editing: Delegate | null;
  onClose: () => void;
  onSave: (values: ReturnType<typeof delegateValues.parse>) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const form = useForm<FormValues>({ initialValues: editing ? fromDelegate(editing) : blank });

  const submit = form.onSubmit(async (values) => {
    const parsed = delegateValues.safeParse({ ...values, honorific: values.honorific || null });
    if (!parsed.success) {
      form.setErrors(fieldErrors(zodIssues(parsed.error), t));
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await onSave(parsed.data);
    } catch (caught) {
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
          <SimpleGrid cols={2}>
            <TextInput label={t('delegates.form.title')} {...form.getInputProps('title')} />
            <TextInput label={t('delegates.form.unitName')} {...form.getInputProps('unitName')} />
            <TextInput label={t('delegates.form.groupName')} {...form.getInputProps('groupName')} />
            <TextInput label={t('delegates.form.seat')} {...form.getInputProps('seat')} />
            <TextInput label={t('delegates.form.badge')} {...form.getInputProps('badge')} />
          </SimpleGrid>
          <Textarea label={t('delegates.form.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
          {error !== null && <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('delegates.form.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('delegates.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
