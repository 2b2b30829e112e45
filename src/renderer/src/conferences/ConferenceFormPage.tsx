import { Loader, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { ErrorAlert } from '../components/ErrorAlert';
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
  const update = useApiMutation('conferences.update');

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

  const initialValues =
    isEdit && existing.data ? toFormValues(existing.data) : emptyFormValues(settings.data?.placeName ?? '');

  const submit = async (values: ConferenceFormValues) => {
    const input = toConferenceInput(values);
    if (isEdit && id !== null) {
      await update.mutateAsync({ id, ...input });
      notifications.show({ color: 'green', message: t('conference.saved') });
    } else {
      const created = await create.mutateAsync(input);
      notifications.show({ color: 'green', message: t('conference.created', { title: created.title }) });
    }
    void navigate('/conference');
  };

  return (
    <Stack gap={0}>
      {heading}
      <ConferenceForm
        key={existing.data?.updatedAt ?? 'new'}
        initialValues={initialValues}
        submitLabel={isEdit ? t('conference.save') : t('conference.create')}
        onSubmit={submit}
        onCancel={() => void navigate(-1)}
      />
    </Stack>
  );
}
