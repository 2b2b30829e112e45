import { Loader, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Conference } from '../../../shared/conferences';
import { formatTableDate } from '../../../shared/dates';
import { useApi } from '../api/ApiProvider';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { ErrorAlert } from '../components/ErrorAlert';
import { latestDifferences, useRecordGuard } from '../components/RecordGuard';
import { useEditedRecord } from '../components/useEditedRecord';
import { ConferenceForm } from './ConferenceForm';
import { emptyFormValues, toConferenceInput, toFormValues, type ConferenceFormValues } from './formValues';

/** /conferences/new and /conferences/:id/edit. */
export function ConferenceFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const params = useParams();
  const id = params.id === undefined ? null : Number(params.id);
  const isEdit = id !== null;

  const settings = useApiQuery('settings.get', {});
  const existing = useApiQuery(
    'conferences.get',
    { id: id ?? 0 },
    { enabled: isEdit && Number.isInteger(id) },
  );
  const create = useApiMutation('conferences.create');

  const heading = (
    <Title order={2} mb="md">
      {isEdit ? t('conference.editTitle') : t('conference.createTitle')}
    </Title>
  );

  if (isEdit && existing.error)
    return (
      <Stack>
        {heading}
        <ErrorAlert error={existing.error} />
      </Stack>
    );
  if ((isEdit && !existing.data) || (!isEdit && settings.isLoading)) {
    return (
      <Stack>
        {heading}
        <Loader aria-label={t('common.loading')} />
      </Stack>
    );
  }

  if (isEdit && existing.data) {
    return (
      <Stack gap={0}>
        {heading}
        {/* Keyed by the conference only: a change made elsewhere must not reset what is typed. */}
        <EditConference key={existing.data.id} opened={existing.data} />
      </Stack>
    );
  }

  const submit = async (values: ConferenceFormValues) => {
    const created = await create.mutateAsync(toConferenceInput(values));
    notifications.show({ color: 'green', message: t('conference.created', { title: created.title }) });
    void navigate('/conference');
  };

  return (
    <Stack gap={0}>
      {heading}
      <ConferenceForm
        initialValues={emptyFormValues(settings.data?.placeName ?? '')}
        submitLabel={t('conference.create')}
        onSubmit={submit}
        onCancel={() => void navigate(-1)}
      />
    </Stack>
  );
}

/** What the conflict notice lists, as the person reads it. */
function shownValues(values: ConferenceFormValues, t: (key: string) => string) {
  const day = (date: string | null) => (date ? formatTableDate(date) : '');
  return {
    ...values,
    kind: t(`conferences.kinds.${values.kind}`),
    letterhead: t(`conference.letterheads.${values.letterhead}`),
    startDate: day(values.startDate),
    endDate: day(values.endDate),
  };
}

/**
 * The form over a stored conference. It saves on the copy it opened with (or last reloaded), so
 * a change made meanwhile in another window is refused rather than overwritten.
 */
function EditConference({ opened }: { opened: Conference }) {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const update = useApiMutation('conferences.update');
  const { id } = opened;
  const fetchLatest = useCallback(() => api.call('conferences.get', { id }), [api, id]);
  const { record: latest, reload } = useEditedRecord(opened, fetchLatest);
  const guard = useRecordGuard(reload);

  const submit = async (values: ConferenceFormValues) => {
    await update.mutateAsync({ id, revision: latest.revision, ...toConferenceInput(values) });
    notifications.show({ color: 'green', message: t('conference.saved') });
    void navigate('/conference');
  };

  const differences = (values: ConferenceFormValues) =>
    latestDifferences(shownValues(values, t), shownValues(toFormValues(latest), t), {
      title: t('conference.fields.title'),
      kind: t('conference.fields.kind'),
      campaign: t('conference.fields.campaign'),
      organiser: t('conference.fields.organiser'),
      placeName: t('conference.fields.placeName'),
      venue: t('conference.fields.venue'),
      letterhead: t('conference.fields.letterhead'),
      startDate: t('conference.fields.startDate'),
      startTime: t('conference.fields.startTime'),
      endDate: t('conference.fields.endDate'),
      endTime: t('conference.fields.endTime'),
      notes: t('conference.fields.notes'),
    });

  return (
    <ConferenceForm
      initialValues={toFormValues(opened)}
      submitLabel={t('conference.save')}
      onSubmit={submit}
      onCancel={() => void navigate(-1)}
      guard={guard}
      differences={differences}
    />
  );
}
