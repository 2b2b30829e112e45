import { Box, Button, Group, Modal, NumberInput, Radio, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AWARD_CATEGORIES, awardFormInput, type AwardForm } from '../../../shared/awards';
import { ApiError } from '../../../shared/api/errors';
import { LIMITS } from '../../../shared/fields';
import { useApi } from '../api/ApiProvider';
import { useApiMutation } from '../api/hooks';
import { ErrorAlert } from '../components/ErrorAlert';
import { CoefficientFields } from '../money/CoefficientFields';
import { latestDifferences, RecordGuardAlert, useRecordGuard } from '../components/RecordGuard';
import { useEditedRecord, useKeptInView } from '../components/useEditedRecord';
import {
  emptyAwardValues,
  toAwardFieldErrors,
  toAwardInput,
  toAwardValues,
  type AwardFormValues,
} from './formValues';

/** What the modal is doing: adding a form, or editing the given one. */
export type AwardEditing = { mode: 'create' } | { mode: 'edit'; form: AwardForm };

interface Props {
  opened: boolean;
  /** Kept after closing, so the title and fields do not change while the dialog fades out. */
  editing: AwardEditing | null;
  onClose: () => void;
}

/** The add / edit dialog. Its content unmounts on close, so each opening starts a fresh form. */
export function AwardFormModal({ opened, editing, onClose }: Props) {
  const { t } = useTranslation();
  const title =
    editing?.mode === 'edit'
      ? t('awards.form.editTitle', { name: editing.form.name })
      : t('awards.form.createTitle');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': t('awards.form.close') }}
    >
      {editing && <AwardFormFields editing={editing} onDone={onClose} />}
    </Modal>
  );
}

function AwardFormFields({ editing, onDone }: { editing: AwardEditing; onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const create = useApiMutation('awards.create');
  const update = useApiMutation('awards.update');
  const editingId = editing.mode === 'edit' ? editing.form.id : null;
  const fetchLatest = useCallback(
    async () =>
      editingId === null
        ? undefined
        : (await api.call('awards.list', { includeInactive: true })).find((f) => f.id === editingId),
    [api, editingId],
  );
  // The form as this dialog last loaded it: its revision goes with the save.
  const { record: latest, reload } = useEditedRecord(
    editing.mode === 'edit' ? editing.form : null,
    fetchLatest,
  );
  const guard = useRecordGuard(reload);
  const blocked = latest !== null && guard.blocked;
  const form = useForm<AwardFormValues>({
    mode: 'controlled',
    initialValues: editing.mode === 'edit' ? toAwardValues(editing.form) : emptyAwardValues,
    // The same schema the core enforces, so mistakes show before anything is sent.
    validate: (values) => {
      const result = awardFormInput.safeParse(toAwardInput(values));
      if (result.success) return {};
      const issues = result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), key: i.message }));
      return toAwardFieldErrors(issues, t);
    },
  });

  const [submitError, setSubmitError] = useState<unknown>(null);
  const submit = form.onSubmit(async (values) => {
    if (blocked) return;
    setSubmitError(null);
    // Validation has passed, so the rank is a number here.
    const input = toAwardInput(values);
    try {
      if (latest) {
        const saved = await update.mutateAsync({ id: latest.id, revision: latest.revision, ...input });
        const retired = latest.active && !saved.active;
        const message = retired ? 'awards.retiredNotice' : 'awards.saved';
        notifications.show({ color: 'green', message: t(message, { name: saved.name }) });
      } else {
        const created = await create.mutateAsync(input);
        notifications.show({ color: 'green', message: t('awards.created', { name: created.name }) });
      }
      onDone();
    } catch (error) {
      // Changed in another window: the latest copy is reloaded and what was typed stays.
      if (guard.handle(error)) return;
      // A duplicate name comes back as CONFLICT with the field named, like VALIDATION does.
      const fields = error instanceof ApiError ? error.details?.fields : undefined;
      if (fields && fields.length > 0) {
        form.setErrors(toAwardFieldErrors(fields, t));
        return;
      }
      setSubmitError(error);
    }
  });

  // What the notice lists, in the words of the form.
  const shown = (v: AwardFormValues) => ({
    ...v,
    category: t(`awards.categories.${v.category}`),
    active: v.active ? t('awards.inUse') : t('awards.retired'),
  });
  const changed =
    guard.conflict && latest
      ? latestDifferences(shown(form.values), shown(toAwardValues(latest)), {
          name: t('awards.form.name'),
          category: t('awards.form.category'),
          issuer: t('awards.form.issuer'),
          rank: t('awards.form.rank'),
          aliases: t('awards.form.aliases'),
          active: t('awards.form.active'),
          individualCoefficient: t('money.coefficients.individual'),
          collectiveCoefficient: t('money.coefficients.collective'),
          coefficientSource: t('money.coefficients.source'),
        })
      : [];
  const buttons = useKeptInView<HTMLDivElement>(guard.conflict ?? guard.restored, changed.length);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('awards.form.name')}
          placeholder={t('awards.form.namePlaceholder')}
          withAsterisk
          maxLength={LIMITS.shortText}
          data-autofocus
          {...form.getInputProps('name')}
        />
        <Radio.Group label={t('awards.form.category')} {...form.getInputProps('category')}>
          <Group mt="xs">
            {AWARD_CATEGORIES.map((category) => (
              <Radio key={category} value={category} label={t(`awards.categories.${category}`)} />
            ))}
          </Group>
        </Radio.Group>
        <TextInput
          label={t('awards.form.issuer')}
          placeholder={t('awards.form.issuerPlaceholder')}
          maxLength={LIMITS.line}
          {...form.getInputProps('issuer')}
        />
        <NumberInput
          label={t('awards.form.rank')}
          description={t('awards.form.rankHint')}
          min={0}
          max={1000}
          allowDecimal={false}
          allowNegative={false}
          // Out-of-range numbers get an error, not a silent change the person may miss.
          clampBehavior="none"
          // Only the box is narrow; the hint and the error keep the dialog's width.
          inputContainer={(input) => <Box maw={200}>{input}</Box>}
          {...form.getInputProps('rank')}
        />
        <TextInput
          label={t('awards.form.aliases')}
          description={t('awards.form.aliasesHint')}
          placeholder={t('awards.form.aliasesPlaceholder')}
          maxLength={LIMITS.line}
          {...form.getInputProps('aliases')}
        />
        <CoefficientFields form={form} />
        <Switch
          label={t('awards.form.active')}
          description={t('awards.form.activeHint')}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
        {submitError !== null && <ErrorAlert error={submitError} />}
        {latest && <RecordGuardAlert guard={guard} latest={changed} />}
        <Group justify="flex-end" ref={buttons}>
          <Button variant="default" onClick={onDone}>
            {t('awards.form.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting} disabled={blocked}>
            {editing.mode === 'edit' ? t('awards.form.save') : t('awards.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
