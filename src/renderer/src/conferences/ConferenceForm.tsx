import { Button, Group, Radio, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { DateInput, TimeInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONFERENCE_KINDS, conferenceInput, LETTERHEADS, type Letterhead } from '../../../shared/conferences';
import { ApiError } from '../../../shared/api/errors';
import { LIMITS } from '../../../shared/fields';
import { ErrorAlert } from '../components/ErrorAlert';
import { RecordGuardAlert, type LatestValue, type RecordGuard } from '../components/RecordGuard';
import { KEPT_IN_VIEW_STYLE, useKeptInView } from '../components/useEditedRecord';
import { fieldErrors, zodIssues } from '../components/fieldErrors';
import {
  FORM_FIELD_BY_PATH,
  parseTypedDate,
  toConferenceInput,
  type ConferenceFormValues,
} from './formValues';

interface Props {
  initialValues: ConferenceFormValues;
  submitLabel: string;
  onSubmit: (values: ConferenceFormValues) => Promise<void>;
  onCancel: () => void;
  /** Editing a stored conference: a stale save reloads it and keeps what was typed. */
  guard?: RecordGuard;
  /** The fields whose latest value differs from what the form shows, for the conflict notice. */
  differences?: (values: ConferenceFormValues) => LatestValue[];
}

const fieldOf = (path: string) => FORM_FIELD_BY_PATH[path] ?? (path as keyof ConferenceFormValues);

export function ConferenceForm({
  initialValues,
  submitLabel,
  onSubmit,
  onCancel,
  guard,
  differences,
}: Props) {
  const { t } = useTranslation();
  const form = useForm<ConferenceFormValues>({
    mode: 'controlled',
    initialValues,
    // The same schema the core enforces, so errors show before anything is sent.
    validate: (values) => {
      const result = conferenceInput.safeParse(toConferenceInput(values));
      if (result.success) return {};
      return fieldErrors(zodIssues(result.error), t, fieldOf);
    },
  });

  const [submitError, setSubmitError] = useState<unknown>(null);

  const submit = form.onSubmit(async (values) => {
    if (guard?.blocked) return;
    setSubmitError(null);
    try {
      await onSubmit(values);
    } catch (error) {
      if (guard?.handle(error)) return;
      if (error instanceof ApiError && error.code === 'VALIDATION' && error.details?.fields) {
        form.setErrors(fieldErrors(error.details.fields, t, fieldOf));
        return;
      }
      setSubmitError(error);
    }
  });

  const latest = guard?.conflict && differences ? differences(form.values) : [];
  const buttons = useKeptInView<HTMLDivElement>(guard?.conflict ?? guard?.restored, latest.length);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={880}>
        <TextInput
          label={t('conference.fields.title')}
          withAsterisk
          maxLength={LIMITS.line}
          data-autofocus
          {...form.getInputProps('title')}
        />
        <Radio.Group label={t('conference.fields.kind')} {...form.getInputProps('kind')}>
          <Group mt="xs">
            {CONFERENCE_KINDS.map((kind) => (
              <Radio key={kind} value={kind} label={t(`conferences.kinds.${kind}`)} />
            ))}
          </Group>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextInput
            label={t('conference.fields.campaign')}
            placeholder={t('conference.fields.campaignHint')}
            maxLength={LIMITS.line}
            {...form.getInputProps('campaign')}
          />
          <TextInput
            label={t('conference.fields.organiser')}
            placeholder={t('conference.fields.organiserHint')}
            maxLength={LIMITS.line}
            {...form.getInputProps('organiser')}
          />
          <TextInput
            label={t('conference.fields.placeName')}
            description={t('conference.fields.placeNameHint')}
            maxLength={LIMITS.shortText}
            {...form.getInputProps('placeName')}
          />
          <TextInput
            label={t('conference.fields.venue')}
            maxLength={LIMITS.line}
            {...form.getInputProps('venue')}
          />
          <Select
            label={t('conference.fields.letterhead')}
            description={t('conference.fields.letterheadHint')}
            data={LETTERHEADS.map((value) => ({ value, label: t(`conference.letterheads.${value}`) }))}
            allowDeselect={false}
            value={form.values.letterhead}
            onChange={(value) => form.setFieldValue('letterhead', (value ?? 'auto') as Letterhead)}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <DateInput
            label={t('conference.fields.startDate')}
            placeholder={t('conference.fields.dateHint')}
            withAsterisk
            valueFormat="DD/MM/YYYY"
            dateParser={parseTypedDate}
            clearable
            {...form.getInputProps('startDate')}
          />
          <TimeInput label={t('conference.fields.startTime')} {...form.getInputProps('startTime')} />
          <DateInput
            label={t('conference.fields.endDate')}
            placeholder={t('conference.fields.dateHint')}
            valueFormat="DD/MM/YYYY"
            dateParser={parseTypedDate}
            clearable
            {...form.getInputProps('endDate')}
          />
          <TimeInput label={t('conference.fields.endTime')} {...form.getInputProps('endTime')} />
        </SimpleGrid>
        <Textarea
          label={t('conference.fields.notes')}
          autosize
          minRows={3}
          maxRows={10}
          maxLength={LIMITS.multiline}
          {...form.getInputProps('notes')}
        />
        {submitError !== null && <ErrorAlert error={submitError} />}
        {guard && <RecordGuardAlert guard={guard} latest={latest} />}
        <Group ref={buttons} style={KEPT_IN_VIEW_STYLE}>
          <Button type="submit" loading={form.submitting} disabled={guard?.blocked}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('conference.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
