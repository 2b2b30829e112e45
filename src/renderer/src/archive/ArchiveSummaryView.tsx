import { SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ArchiveCounts, ArchiveSummary } from '../../../shared/archive';
import { formatTableDate } from '../../../shared/dates';
import { fileSize } from './fileSize';

const COUNT_KEYS: (keyof ArchiveCounts)[] = [
  'nominees',
  'councilMembers',
  'polls',
  'ballots',
  'decisions',
  'awards',
  'prints',
  'templates',
  'agendaItems',
  'delegates',
];

function Field({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0}>
        {value}
      </Text>
    </Stack>
  );
}

const localTime = (iso: string, language: string) => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'short',
  });
};

/** What an archive holds, as read by archive.inspect: the conference and its counts. */
export function ArchiveSummaryView({ summary, fileName }: { summary: ArchiveSummary; fileName: string }) {
  const { t, i18n } = useTranslation();
  const number = (n: number) => n.toLocaleString(i18n.language === 'vi' ? 'vi-VN' : 'en-GB');
  const time = summary.endsAt
    ? `${formatTableDate(summary.startsAt)} – ${formatTableDate(summary.endsAt)}`
    : formatTableDate(summary.startsAt);
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {summary.title}
      </Title>
      <SimpleGrid cols={2} component="dl" m={0} spacing="xs">
        <Field label={t('archive.time')} value={time} />
        <Field label={t('archive.organiser')} value={summary.organiser || t('conference.empty')} />
        <Field label={t('archive.exportedAt')} value={localTime(summary.exportedAt, i18n.language)} />
        <Field label={t('archive.appVersion')} value={summary.appVersion} />
        <Field label={t('archive.file')} value={`${fileName} (${fileSize(summary.bytes, i18n.language)})`} />
      </SimpleGrid>
      <Table withTableBorder aria-label={t('archive.contents')} verticalSpacing={4}>
        <Table.Tbody>
          {COUNT_KEYS.map((key) => (
            <Table.Tr key={key} c={summary.counts[key] === 0 ? 'dimmed' : undefined}>
              <Table.Td>{t(`archive.counts.${key}`)}</Table.Td>
              <Table.Td ta="right" w={90}>
                {number(summary.counts[key])}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
