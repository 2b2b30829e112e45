import { Card, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PollDetail } from '../../../shared/voting';

/** Who is on the ballot, in the ballot's order: checked before it is printed and voted on. */
export function BallotList({ poll }: { poll: PollDetail }) {
  const { t } = useTranslation();
  const label = t('voting.poll.nomineesLabel');
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="sm">
        {label} ({poll.nominees.length})
      </Title>
      {poll.nominees.length === 0 ? (
        <Text c="dimmed">{t('voting.poll.noNominees')}</Text>
      ) : (
        <Table aria-label={label} striped withTableBorder verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={56}>{t('nominees.columns.index')}</Table.Th>
              <Table.Th>{t('nominees.columns.name')}</Table.Th>
              <Table.Th>{t('nominees.columns.unit')}</Table.Th>
              <Table.Th>{t('nominees.columns.awardForm')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {poll.nominees.map((nominee, i) => (
              <Table.Tr key={nominee.nomineeId}>
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td fw={500}>{nominee.fullName}</Table.Td>
                <Table.Td>{nominee.unitName}</Table.Td>
                <Table.Td>{nominee.awardFormName}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
