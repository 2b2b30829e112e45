import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { compareItem, type Agenda, type AgendaItem } from '../../../shared/agenda';
import { useAgendaFormat } from './format';

/** Every item with its planned and actual times; the current row stands out. */
export function RunTable({ agenda }: { agenda: Agenda }) {
  const { t } = useTranslation();
  const format = useAgendaFormat();

  const actual = (item: AgendaItem): string => {
    if (item.actualStart === null) return t('agenda.run.notHeld');
    const start = format.instant(item.actualStart);
    if (item.actualEnd === null) return `${start} – … (${t('agenda.run.running')})`;
    const minutes = compareItem(item)?.actualMinutes ?? 0;
    return `${start} – ${format.instant(item.actualEnd)} · ${format.duration(minutes)}`;
  };

  const difference = (item: AgendaItem): { text: string; color?: string } => {
    // The current item's difference is its timer above; only ended items are compared.
    const compared = compareItem(item);
    if (!compared) return { text: '' };
    const over = compared.overMinutes;
    if (over === 0) return { text: t('agenda.run.onTime') };
    return over > 0
      ? { text: t('agenda.run.overBy', { count: over }), color: 'red.8' }
      : { text: t('agenda.run.underBy', { count: -over }), color: 'green.8' };
  };

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table aria-label={t('agenda.run.tableLabel')} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={48}>{t('agenda.run.columns.order')}</Table.Th>
            <Table.Th>{t('agenda.run.columns.item')}</Table.Th>
            <Table.Th>{t('agenda.run.columns.planned')}</Table.Th>
            <Table.Th>{t('agenda.run.columns.actual')}</Table.Th>
            <Table.Th>{t('agenda.run.columns.difference')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {agenda.items.map((item, index) => {
            const current = item.status === 'current';
            const diff = difference(item);
            return (
              <Table.Tr
                key={item.id}
                aria-current={current ? 'step' : undefined}
                fw={current ? 700 : undefined}
                bg={current ? 'var(--mantine-color-yellow-light)' : undefined}
                style={current ? { boxShadow: 'inset 4px 0 0 var(--mantine-color-yellow-6)' } : undefined}
              >
                <Table.Td>{index + 1}</Table.Td>
                <Table.Td>
                  <Text inherit>{item.title}</Text>
                  <Text size="xs" c="dimmed">
                    {[item.presenter, item.presenterTitle].filter(Boolean).join(' — ')}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {format.span(item.plannedStartMinute, item.plannedEndMinute)} ·{' '}
                  {format.duration(item.durationMinutes)}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{actual(item)}</Table.Td>
                <Table.Td c={diff.color}>{diff.text}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** "Thực tế 07:32 – 09:41 (2 giờ 9 phút); dự kiến 07:30 – 09:30 (2 giờ)." once the run is over. */
export function RunSpan({ agenda }: { agenda: Agenda }) {
  const { t } = useTranslation();
  const format = useAgendaFormat();
  const held = agenda.items.filter((i) => i.actualStart !== null && i.actualEnd !== null);
  const first = held[0]?.actualStart;
  const last = held.at(-1)?.actualEnd;
  if (!first || !last) return null;
  const minutes = Math.round((Date.parse(last) - Date.parse(first)) / 60_000);
  return (
    <Text size="sm" fw={600}>
      {t('agenda.run.span', {
        actual: `${format.instant(first)} – ${format.instant(last)}`,
        actualDuration: format.duration(minutes),
        planned: format.span(agenda.startMinute, agenda.endMinute),
        plannedDuration: format.duration(agenda.totalMinutes),
      })}
    </Text>
  );
}
