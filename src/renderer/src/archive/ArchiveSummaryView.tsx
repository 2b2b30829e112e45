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

const pad = (n: number) => String(n).padStart(2, '0');

/** "22/11/2026 09:24" in the computer's time zone, as tables write dates. */
const localTime = (iso: string) => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
  return `${day} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
};

/** What an archive holds, as read by archive.inspect: the conference and its counts. */
export function ArchiveSummaryView({ summary, fileName }: { summary: ArchiveSummary; fileName: string }) {
  const { t, i18n } = useTranslation();
  const number = (n: number) => n.toLocaleString(i18n.language === 'vi' ? 'vi-VN' : 'en-GB');
  // Nominees always show, even none; the other kinds only when the file holds some.
  const present = COUNT_KEYS.filter((key) => key === 'nominees' || summary.counts[key] > 0);
  const absent = COUNT_KEYS.filter((key) => !present.includes(key));
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
        <Field label={t('archive.exportedAt')} value={localTime(summary.exportedAt)} />
        <Field label={t('archive.appVersion')} value={summary.appVersion} />
        <Field label={t('archive.file')} value={`${fileName} (${fileSize(summary.bytes, i18n.language)})`} />
      </SimpleGrid>
      <Table withTableBorder aria-label={t('archive.contents')} verticalSpacing={4}>
        <Table.Tbody>
          {present.map((key) => (
            <Table.Tr key={key}>
              <Table.Td>{t(`archive.counts.${key}`)}</Table.Td>
              <Table.Td ta="right" w={90}>
                {number(summary.counts[key])}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {absent.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('archive.none', {
            kinds: absent.map((key) => t(`archive.counts.${key}`).toLocaleLowerCase()).join(', '),
          })}
        </Text>
      )}
    </Stack>
  );
}
