import { Card, Grid, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StatTable } from '../../../shared/statistics';
import { StatBars } from './StatBars';
import { useStatFormat, type SectionKey } from './format';

// Number headers stay on one line; long unit names wrap in the first column instead.
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

function differenceColor(n: number): string | undefined {
  if (n > 0) return 'teal.8';
  if (n < 0) return 'red.8';
  return 'dimmed';
}

/** One table of the page (kind, award form, unit or status) with its bar chart beside it. */
export function StatSection({
  section,
  table,
  comparing,
}: {
  section: SectionKey;
  table: StatTable;
  comparing: boolean;
}) {
  const { t } = useTranslation();
  const format = useStatFormat();
  const title = t(`statistics.sections.${section}`);
  const lines = table.lines.map((line) => ({ ...line, label: format.label(section, line) }));
  const compareTotal = table.compareTotal ?? 0;

  const numberCell = (n: number) => <Table.Td ta="right">{format.count(n)}</Table.Td>;
  const differenceCell = (n: number) => (
    <Table.Td ta="right" c={differenceColor(n)}>
      {format.difference(n)}
    </Table.Td>
  );

  return (
    <Card withBorder component="section" aria-labelledby={`stat-${section}`}>
      <Title order={3} size="h4" mb="sm" id={`stat-${section}`}>
        {title}
      </Title>
      {lines.length === 0 ? (
        <Text c="dimmed">{t('statistics.noLines')}</Text>
      ) : (
        // Four columns need more room than two: the table gets the wider share when comparing.
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: comparing ? 7 : 6 }}>
            <Table aria-label={title} withTableBorder striped verticalSpacing={6}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t(`statistics.columns.${section}`)}</Table.Th>
                  {comparing ? (
                    <>
                      <Table.Th ta="right" style={NO_WRAP}>
                        {t('statistics.columns.thisConference')}
                      </Table.Th>
                      <Table.Th ta="right" style={NO_WRAP}>
                        {t('statistics.columns.compared')}
                      </Table.Th>
                      <Table.Th ta="right" style={NO_WRAP}>
                        {t('statistics.columns.difference')}
                      </Table.Th>
                    </>
                  ) : (
                    <Table.Th ta="right" style={NO_WRAP}>
                      {t('statistics.columns.count')}
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {lines.map((line) => (
                  <Table.Tr key={line.key}>
                    <Table.Th scope="row" fw={400}>
                      {line.label}
                    </Table.Th>
                    {numberCell(line.count)}
                    {comparing && numberCell(line.compareCount ?? 0)}
                    {comparing && differenceCell(line.count - (line.compareCount ?? 0))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr fw={700}>
                  <Table.Th scope="row">{t('statistics.total')}</Table.Th>
                  {numberCell(table.total)}
                  {comparing && numberCell(compareTotal)}
                  {comparing && differenceCell(table.total - compareTotal)}
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: comparing ? 5 : 6 }}>
            <StatBars lines={lines} comparing={comparing} format={format.count} />
          </Grid.Col>
        </Grid>
      )}
    </Card>
  );
}
