import { Button, Checkbox, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PollDetail } from '../../../shared/voting';
import { useApiMutation } from '../api/hooks';
import { useErrorText } from '../components/ErrorAlert';

type Mark = 'agree' | 'disagree' | 'abstain';

/** One paper ballot at a time: its marks, or invalid. Totals follow on the server. */
export function BallotEntry({ poll }: { poll: PollDetail }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const add = useApiMutation('polls.addBallot');
  const [invalid, setInvalid] = useState(false);
  const [marks, setMarks] = useState<Record<number, Mark>>({});

  const submit = async () => {
    try {
      const chosen = Object.fromEntries(Object.entries(marks).filter(([, m]) => m !== 'abstain'));
      const detail = await add.mutateAsync({ id: poll.id, invalid, marks: invalid ? {} : chosen });
      notifications.show({
        color: 'green',
        message: t('voting.ballots.added', { count: detail.ballotsEntered }),
      });
      setMarks({});
      setInvalid(false);
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(error) });
    }
  };

  const options = [
    { value: 'agree', label: t('voting.poll.agree') },
    { value: 'disagree', label: t('voting.poll.disagree') },
    { value: 'abstain', label: t('voting.ballots.blank') },
  ];
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('voting.ballots.hint')} {t('voting.ballots.entered', { count: poll.ballotsEntered })}
      </Text>
      <Checkbox
        label={t('voting.ballots.invalidBallot')}
        checked={invalid}
        onChange={(e) => setInvalid(e.currentTarget.checked)}
      />
      {!invalid && (
        <Table withTableBorder verticalSpacing={2}>
          <Table.Tbody>
            {poll.nominees.map((n) => (
              <Table.Tr key={n.nomineeId}>
                <Table.Td>{n.fullName}</Table.Td>
                <Table.Td>
                  <SegmentedControl
                    size="xs"
                    aria-label={t('voting.ballots.markOf', { name: n.fullName })}
                    data={options}
                    value={marks[n.nomineeId] ?? 'abstain'}
                    onChange={(v) => setMarks((s) => ({ ...s, [n.nomineeId]: v as Mark }))}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group>
        <Button onClick={() => void submit()} loading={add.isPending}>
          {t('voting.ballots.add')}
        </Button>
      </Group>
    </Stack>
  );
}
