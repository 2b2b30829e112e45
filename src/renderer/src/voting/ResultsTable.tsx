import { Badge, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { sectionsByKind } from '../../../shared/list-sections';
import type { PollDetail } from '../../../shared/voting';

const VERDICT_COLOR = { passed: 'green', failed: 'gray', tie_at_quota: 'orange' } as const;

/** 37,50: percentages the Vietnamese way, two decimals (display only; passing is decided exactly). */
export const formatPercent = (value: number): string => value.toFixed(2).replace('.', ',');

// Figures and verdicts never wrap or clip: "Không đạt" and "Đồng ý" must read whole at 1024 px.
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** The result per nominee in the list's sections and order: votes, share of the denominator, verdict. */
export function ResultsTable({ poll }: { poll: PollDetail }) {
  const { t } = useTranslation();
  if (!poll.tally) return null;
  const byId = new Map(poll.tally.results.map((r) => [r.nomineeId, r]));
  const rows: ReactNode[] = [];
  let stt = 0;
  for (const section of sectionsByKind(poll.nominees)) {
    rows.push(
      <Table.Tr key={section.kind}>
        <Table.Th colSpan={7} scope="colgroup">
          {section.title}
        </Table.Th>
      </Table.Tr>,
    );
    for (const nominee of section.members) {
      const r = byId.get(nominee.nomineeId);
      if (!r) continue;
      stt += 1;
      rows.push(
        <Table.Tr key={r.nomineeId}>
          <Table.Td>{stt}</Table.Td>
          <Table.Td fw={500}>{nominee.fullName}</Table.Td>
          <Table.Td>{nominee.unitName}</Table.Td>
          <Table.Td ta="right">{r.agree}</Table.Td>
          <Table.Td ta="right">{r.disagree}</Table.Td>
          <Table.Td ta="right">{formatPercent(r.percent)}</Table.Td>
          <Table.Td style={NO_WRAP}>
            <Badge
              color={VERDICT_COLOR[r.verdict]}
              variant="light"
              styles={{ root: { maxWidth: 'none', overflow: 'visible' }, label: { overflow: 'visible' } }}
            >
              {t(`voting.poll.verdicts.${r.verdict}`)}
            </Badge>
          </Table.Td>
        </Table.Tr>,
      );
    }
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table aria-label={t('voting.poll.resultsLabel')} striped withTableBorder fz="sm" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={48}>STT</Table.Th>
            <Table.Th>{t('nominees.columns.name')}</Table.Th>
            <Table.Th>{t('nominees.columns.unit')}</Table.Th>
            <Table.Th ta="right" style={NO_WRAP}>
              {t('voting.poll.agree')}
            </Table.Th>
            <Table.Th ta="right" style={NO_WRAP}>
              {t('voting.poll.disagree')}
            </Table.Th>
            <Table.Th ta="right" style={NO_WRAP}>
              {t('voting.poll.percent')}
            </Table.Th>
            <Table.Th style={NO_WRAP}>{t('voting.poll.verdict')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{rows}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
