import { Badge, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PollState } from '../../../shared/voting';
import { useApiQuery } from '../api/hooks';
import { ErrorAlert } from '../components/ErrorAlert';
import { useOpenConference } from '../conferences/useOpenConference';
import { CreatePollModal } from './CreatePollModal';
import { RulesSection } from './RulesSection';

export const STATE_COLOR: Record<PollState, string> = {
  draft: 'gray',
  voting: 'blue',
  counting: 'orange',
  closed: 'green',
};

/** The open conference's polls, and a way to start one. */
export function PollsPage() {
  const { t } = useTranslation();
  const { id } = useOpenConference();
  const polls = useApiQuery('polls.list', { conferenceId: id ?? 0 }, { enabled: id !== null });
  const [creating, setCreating] = useState(false);
  if (id === null) return <Text>{t('nominees.noConferenceDescription')}</Text>;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('voting.polls.title')}</Title>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
          {t('voting.polls.create')}
        </Button>
      </Group>
      {polls.error && <ErrorAlert error={polls.error} />}
      {polls.isLoading && <Loader aria-label={t('common.loading')} />}
      {polls.data?.length === 0 && <Text c="dimmed">{t('voting.polls.empty')}</Text>}
      {polls.data && polls.data.length > 0 && (
        <Table aria-label={t('voting.polls.tableLabel')} striped withTableBorder verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('voting.polls.columns.title')}</Table.Th>
              <Table.Th>{t('voting.polls.columns.rule')}</Table.Th>
              <Table.Th>{t('voting.polls.columns.nominees')}</Table.Th>
              <Table.Th>{t('voting.polls.columns.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {polls.data.map((poll) => (
              <Table.Tr key={poll.id}>
                <Table.Td>
                  <Link to={`/polls/${poll.id}`} aria-label={t('voting.polls.open', { title: poll.title })}>
                    {poll.title}
                  </Link>
                </Table.Td>
                <Table.Td>{poll.ruleName}</Table.Td>
                <Table.Td>{poll.nomineeCount}</Table.Td>
                <Table.Td>
                  <Badge color={STATE_COLOR[poll.state]} variant="light">
                    {t(`voting.polls.states.${poll.state}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <RulesSection />
      {creating && <CreatePollModal conferenceId={id} onClose={() => setCreating(false)} />}
    </Stack>
  );
}
