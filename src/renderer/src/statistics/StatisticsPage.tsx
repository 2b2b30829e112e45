import { Box, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChartBar, IconCheck, IconFileSpreadsheet, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NomineeStatus } from '../../../shared/nominees';
import type { Statistics } from '../../../shared/statistics';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { SavedFilePanel, useSavedFile } from '../components/SavedFile';
import { EmptyPanel } from '../components/EmptyPanel';
import { ErrorAlert, useErrorText } from '../components/ErrorAlert';
import { useOpenConference } from '../conferences/useOpenConference';
import { CompareSelect } from './CompareSelect';
import { SECTION_KEYS } from './format';
import { BAR_COLOR, COMPARE_BAR_COLOR } from './StatBars';
import { StatSection } from './StatSection';
import { MoneyStatistics } from '../money/MoneyStatistics';

const countsProposals = (statuses: NomineeStatus[]) => statuses.includes('de_nghi');

function Swatch({ color, text }: { color: string; text: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Box w={14} h={14} style={{ background: color, borderRadius: 2, flexShrink: 0 }} aria-hidden="true" />
      <Text size="sm">{text}</Text>
    </Group>
  );
}

/** What the tables count, and which bar colour is which conference. */
function CountingNotes({ stats }: { stats: Statistics }) {
  const { t } = useTranslation();
  const compared = stats.compareCountedStatuses;
  return (
    <Stack gap={4}>
      {stats.compareTitle !== null && (
        <Group gap="lg" role="group" aria-label={t('statistics.legend')}>
          <Swatch color={BAR_COLOR} text={`${t('statistics.thisConference')}: ${stats.conferenceTitle}`} />
          <Swatch
            color={COMPARE_BAR_COLOR}
            text={`${t('statistics.comparedConference')}: ${stats.compareTitle}`}
          />
        </Group>
      )}
      <Text size="sm" c="dimmed">
        {countsProposals(stats.countedStatuses)
          ? t('statistics.countedProposed')
          : t('statistics.countedApproved')}{' '}
        {compared !== null &&
          (countsProposals(compared)
            ? t('statistics.comparedProposed')
            : t('statistics.comparedApproved'))}{' '}
        {t('statistics.statusNote')}
      </Text>
      <Text size="sm" c="dimmed">
        {t('statistics.unitNote')}
      </Text>
    </Stack>
  );
}

/** Counts of the open conference by kind, award form, unit and status, optionally beside another. */
export function StatisticsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { id, conference, isLoading } = useOpenConference();
  const [compare, setCompare] = useState<number | null>(null);
  // A choice made for another conference does not carry over to comparing one with itself.
  const compareWithId = compare !== null && compare !== id ? compare : null;
  const stats = useApiQuery(
    'statistics.get',
    { conferenceId: id ?? 0, compareWithId },
    { enabled: id !== null },
  );
  const exportXlsx = useApiMutation('exports.statistics');
  const saved = useSavedFile();

  if (isLoading) return <Loader aria-label={t('common.loading')} />;
  if (id === null || !conference) {
    return (
      <EmptyPanel
        icon={<IconChartBar size={32} />}
        title={t('statistics.noConferenceTitle')}
        description={t('statistics.noConferenceDescription')}
        actions={
          <Button component={Link} to="/">
            {t('statistics.goToList')}
          </Button>
        }
      />
    );
  }

  const onExport = async () => {
    try {
      const file = await exportXlsx.mutateAsync({ conferenceId: id, compareWithId });
      saved.deliver(file);
      notifications.show({
        color: 'green',
        icon: <IconCheck size={16} />,
        message: t('statistics.exported', { path: file.path }),
      });
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(error), autoClose: false });
    }
  };

  const data = stats.data;
  const empty = data ? SECTION_KEYS.every((key) => data[key].lines.length === 0) : false;
  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t('statistics.title')}</Title>
        <Text c="dimmed" size="sm">
          {conference.title}
        </Text>
      </div>
      <Group justify="space-between" align="flex-end">
        <CompareSelect conferenceId={id} value={compareWithId} onChange={setCompare} />
        <Button
          leftSection={<IconFileSpreadsheet size={16} />}
          loading={exportXlsx.isPending}
          disabled={!data || data.byStatus.total === 0}
          onClick={() => void onExport()}
        >
          {t('statistics.exportExcel')}
        </Button>
      </Group>
      <SavedFilePanel saved={saved} />
      {stats.error && <ErrorAlert error={stats.error} onRetry={() => void stats.refetch()} />}
      {stats.isLoading && <Loader aria-label={t('common.loading')} />}
      {data && empty && (
        <EmptyPanel
          icon={<IconUsers size={32} />}
          title={t('statistics.emptyTitle')}
          description={t('statistics.emptyDescription')}
          actions={
            <Button component={Link} to="/nominees">
              {t('statistics.goToNominees')}
            </Button>
          }
        />
      )}
      {data && !empty && (
        <>
          <CountingNotes stats={data} />
          {SECTION_KEYS.map((key) => (
            <StatSection key={key} section={key} table={data[key]} comparing={data.compareTitle !== null} />
          ))}
          <MoneyStatistics conferenceId={id} />
        </>
      )}
    </Stack>
  );
}
