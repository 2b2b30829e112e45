import { Alert, Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconBuildingCommunity, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatTableDate } from '../../../shared/dates';
import { ArchiveExportButton } from '../archive/ArchiveExportButton';
import { EmptyPanel } from '../components/EmptyPanel';
import { ErrorAlert } from '../components/ErrorAlert';
import { SavedFilePanel, useSavedFile } from '../components/SavedFile';
import { useOpenConference } from './useOpenConference';

function Field({ label, value }: { label: string; value: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ whiteSpace: 'pre-wrap' }}>
        {value || t('conference.empty')}
      </Text>
    </Stack>
  );
}

/** The open conference: the context every later page works in. */
export function ConferenceOverviewPage() {
  const { t } = useTranslation();
  const { conference, isLoading, error } = useOpenConference();
  const saved = useSavedFile();

  if (error) return <ErrorAlert error={error} />;
  if (isLoading) return <Loader aria-label={t('common.loading')} />;
  if (!conference) {
    return (
      <EmptyPanel
        icon={<IconBuildingCommunity size={32} />}
        title={t('conference.noneOpenTitle')}
        description={t('conference.noneOpenDescription')}
        actions={
          <Button component={Link} to="/">
            {t('conference.goToList')}
          </Button>
        }
      />
    );
  }

  const time = conference.endsAt
    ? `${formatTableDate(conference.startsAt)} – ${formatTableDate(conference.endsAt)}`
    : formatTableDate(conference.startsAt);

  return (
    <Stack gap="md" maw={960}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {t('conference.overviewTitle')}
          </Text>
          <Title order={2}>{conference.title}</Title>
          <Group gap="xs">
            <Badge variant="light">{t(`conferences.kinds.${conference.kind}`)}</Badge>
            {conference.archivedAt && <Badge color="gray">{t('conferences.archived')}</Badge>}
          </Group>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <ArchiveExportButton conferenceId={conference.id} onExported={saved.deliver} />
          <Button
            component={Link}
            to={`/conferences/${conference.id}/edit`}
            leftSection={<IconPencil size={16} />}
          >
            {t('conference.edit')}
          </Button>
        </Group>
      </Group>
      <SavedFilePanel saved={saved} />
      {conference.archivedAt && <Alert color="gray">{t('conference.archivedBanner')}</Alert>}
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, md: 2 }} component="dl" m={0} spacing="lg">
          <Field label={t('conference.fields.campaign')} value={conference.campaign} />
          <Field label={t('conference.fields.organiser')} value={conference.organiser} />
          <Field label={t('conferences.columns.time')} value={time} />
          <Field label={t('conference.fields.placeName')} value={conference.placeName} />
          <Field label={t('conference.fields.venue')} value={conference.venue} />
          <Field
            label={t('conference.fields.letterhead')}
            value={t(`conference.letterheads.${conference.letterhead}`)}
          />
        </SimpleGrid>
      </Card>
      <Card withBorder component="dl" m={0}>
        <Field label={t('conference.fields.notes')} value={conference.notes} />
      </Card>
    </Stack>
  );
}
