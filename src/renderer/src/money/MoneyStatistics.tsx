import { Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDong } from '../../../shared/money/amount';
import type { AmountLine } from '../../../shared/money/records';
import { useApiQuery } from '../api/hooks';
import { ErrorAlert } from '../components/ErrorAlert';

const NUMBER = { fontVariantNumeric: 'tabular-nums' } as const;

function AmountTable({ label, first, lines }: { label: string; first: string; lines: AmountLine[] }) {
  const { t } = useTranslation();
  return (
    <Table aria-label={label} striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{first}</Table.Th>
          <Table.Th ta="right">{t('money.statistics.awards')}</Table.Th>
          <Table.Th ta="right">{t('money.statistics.amount')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((line) => (
          <Table.Tr key={line.label}>
            <Table.Td>{line.label}</Table.Td>
            <Table.Td ta="right" style={NUMBER}>
              {line.awards}
            </Table.Td>
            <Table.Td ta="right" style={NUMBER}>
              {formatDong(line.amount)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The reward money the conference's decisions were issued with, per award form and per unit. */
export function MoneyStatistics({ conferenceId }: { conferenceId: number }) {
  const { t } = useTranslation();
  const stats = useApiQuery('statistics.amounts', { conferenceId });
  const data = stats.data;
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('money.statistics.title')}
        </Title>
        {stats.error && <ErrorAlert error={stats.error} onRetry={() => void stats.refetch()} />}
        {data && data.awards === 0 && (
          <Text size="sm" c="dimmed">
            {t('money.statistics.none')}
          </Text>
        )}
        {data && data.awards > 0 && (
          <>
            <Text size="sm">
              {t('money.statistics.total', { count: data.awards, total: formatDong(data.total) })}
            </Text>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <AmountTable
                label={t('money.statistics.byForm')}
                first={t('money.statistics.form')}
                lines={data.byAwardForm}
              />
              <AmountTable
                label={t('money.statistics.byUnit')}
                first={t('money.statistics.unit')}
                lines={data.byUnit}
              />
            </SimpleGrid>
          </>
        )}
      </Stack>
    </Card>
  );
}
