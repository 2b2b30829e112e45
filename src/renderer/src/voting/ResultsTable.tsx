import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PollDetail } from '../../../shared/voting';

const VERDICT_COLOR = { passed: 'green', failed: 'gray', tie_at_quota: 'orange' } as const;

/** 37,50: percentages the Vietnamese way, two decimals (display only; passing is decided exactly). */
export const formatPercent = (value: number): string => value.toFixed(2).replace('.', ',');

/** The result per nominee: votes, share of the rule's denominator, verdict. `large` is for a projector. */
export function ResultsTable({ poll, large = false }: { poll: PollDetail; large?: boolean }) {
  const { t } = useTranslation();
  if (!poll.tally) return null;
  const byId = new Map(poll.nominees.map((n) => [n.nomineeId, n]));
  return (
    <Table
      aria-label={t('voting.poll.resultsLabel')}
      striped
      withTableBorder
      fz={large ? 28 : 'sm'}
      verticalSpacing={large ? 'md' : 'xs'}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th>STT</Table.Th>
          <Table.Th>{t('nominees.columns.name')}</Table.Th>
          <Table.Th>{t('nominees.columns.unit')}</Table.Th>
          <Table.Th ta="right">{t('voting.poll.agree')}</Table.Th>
          <Table.Th ta="right">{t('voting.poll.percent')}</Table.Th>
          <Table.Th>{t('voting.poll.verdict')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {poll.tally.results.map((r, i) => (
          <Table.Tr key={r.nomineeId}>
            <Table.Td>{i + 1}</Table.Td>
            <Table.Td fw={500}>{byId.get(r.nomineeId)?.fullName}</Table.Td>
            <Table.Td>{byId.get(r.nomineeId)?.unitName}</Table.Td>
            <Table.Td ta="right">{r.agree}</Table.Td>
            <Table.Td ta="right">{formatPercent(r.percent)}</Table.Td>
            <Table.Td>
              <Badge
                color={VERDICT_COLOR[r.verdict]}
                size={large ? 'xl' : 'md'}
                variant="light"
                style={large ? { fontSize: 24, height: 'auto', padding: '8px 16px' } : undefined}
              >
                {t(`voting.poll.verdicts.${r.verdict}`)}
              </Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
