import { Alert, Button, Group, List, NumberInput, SimpleGrid, Stack, Table } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/errors';
import { sectionsByKind } from '../../../shared/list-sections';
import type { PollDetail } from '../../../shared/voting';
import { useApiMutation } from '../api/hooks';
import { ErrorAlert } from '../components/ErrorAlert';
import { latestDifferences, RecordGuardAlert, useRecordGuard } from '../components/RecordGuard';

type Totals = { ballotsIssued: number; ballotsReturned: number; valid: number; invalid: number };
type Votes = Record<number, { agree: number; disagree: number; abstain: number }>;

const num = (v: string | number): number => (typeof v === 'number' ? v : Number.parseInt(v || '0', 10) || 0);

const totalsOf = (poll: PollDetail): Totals =>
  poll.counts ?? { ballotsIssued: poll.attendance.present, ballotsReturned: 0, valid: 0, invalid: 0 };
const votesOf = (poll: PollDetail): Votes =>
  Object.fromEntries(
    poll.nominees.map((n) => [
      n.nomineeId,
      { agree: n.agree ?? 0, disagree: n.disagree ?? 0, abstain: n.abstain ?? 0 },
    ]),
  );

/**
 * The tellers' totals: ballots, then each nominee's agree / disagree / abstain. `poll` is the
 * poll as it now is; the form keeps the revision its figures were based on. Untouched, it follows
 * the poll (a ballot added in another window); once typed into, it keeps what was typed, and a
 * save over counts changed meanwhile is refused and shows the latest figures.
 */
export function CountsForm({
  poll,
  reload,
}: {
  poll: PollDetail;
  reload: () => Promise<PollDetail | undefined>;
}) {
  const { t } = useTranslation();
  const save = useApiMutation('polls.saveCounts');
  const [totals, setTotals] = useState<Totals>(() => totalsOf(poll));
  const [votes, setVotes] = useState<Votes>(() => votesOf(poll));
  const [revision, setRevision] = useState(poll.revision);
  const [typed, setTyped] = useState(false);
  const [problems, setProblems] = useState<{ key: string; values: Record<string, number> }[]>([]);
  const [error, setError] = useState<unknown>(null);
  const guard = useRecordGuard(
    useCallback(async () => {
      const fresh = await reload();
      if (fresh) setRevision(fresh.revision);
    }, [reload]),
  );
  // Untouched, the form follows the poll (React's "adjust state while rendering" pattern).
  if (!typed && poll.revision !== revision) {
    setTotals(totalsOf(poll));
    setVotes(votesOf(poll));
    setRevision(poll.revision);
  }

  const field = (key: keyof Totals, label: string) => (
    <NumberInput
      label={label}
      min={0}
      allowDecimal={false}
      allowNegative={false}
      value={totals[key]}
      onChange={(v) => {
        setTyped(true);
        setTotals((s) => ({ ...s, [key]: num(v) }));
      }}
    />
  );
  const vote = (id: number, key: 'agree' | 'disagree' | 'abstain', label: string) => (
    <NumberInput
      aria-label={label}
      size="xs"
      min={0}
      allowDecimal={false}
      allowNegative={false}
      value={votes[id]?.[key] ?? 0}
      onChange={(v) => {
        setTyped(true);
        setVotes((s) => ({ ...s, [id]: { agree: 0, disagree: 0, abstain: 0, ...s[id], [key]: num(v) } }));
      }}
      w={110}
    />
  );

  const submit = async () => {
    if (guard.blocked) return;
    setError(null);
    setProblems([]);
    try {
      const saved = await save.mutateAsync({
        id: poll.id,
        revision,
        counts: {
          ...totals,
          votes: poll.nominees.map((n) => ({
            nomineeId: n.nomineeId,
            ...(votes[n.nomineeId] ?? { agree: 0, disagree: 0, abstain: 0 }),
          })),
        },
      });
      setRevision(saved.revision);
      setTyped(false);
      // The form stays open on the saved counts: a notice about an earlier refusal no longer applies.
      if (guard.conflict) guard.acknowledge();
      notifications.show({ color: 'green', message: t('voting.poll.saved') });
    } catch (caught) {
      if (guard.handle(caught)) return;
      const list =
        caught instanceof ApiError ? (caught.details?.problems as typeof problems | undefined) : undefined;
      if (list?.length) setProblems(list);
      else setError(caught);
    }
  };

  // Each figure on its own line of the notice, so the teller sees which ones the other window changed.
  const flat = (s: Totals, v: Votes) => ({
    ...s,
    ...Object.fromEntries(
      poll.nominees.flatMap((n) =>
        (['agree', 'disagree', 'abstain'] as const).map((k) => [
          `${n.nomineeId}.${k}`,
          v[n.nomineeId]?.[k] ?? 0,
        ]),
      ),
    ),
  });
  const differences = latestDifferences(flat(totals, votes), flat(totalsOf(poll), votesOf(poll)), {
    ballotsIssued: t('voting.poll.issued'),
    ballotsReturned: t('voting.poll.returned'),
    valid: t('voting.poll.valid'),
    invalid: t('voting.poll.invalid'),
    ...Object.fromEntries(
      poll.nominees.flatMap((n) =>
        (['agree', 'disagree', 'abstain'] as const).map((k) => [
          `${n.nomineeId}.${k}`,
          t(`voting.poll.${k}Of`, { name: n.fullName }),
        ]),
      ),
    ),
  });

  // Numbered through the sections, as the ballots and the minutes number them.
  const stt = new Map(
    sectionsByKind(poll.nominees)
      .flatMap((section) => section.members)
      .map((n, i) => [n.nomineeId, i + 1]),
  );

  return (
    <Stack gap="sm">
      <SimpleGrid cols={4}>
        {field('ballotsIssued', t('voting.poll.issued'))}
        {field('ballotsReturned', t('voting.poll.returned'))}
        {field('valid', t('voting.poll.valid'))}
        {field('invalid', t('voting.poll.invalid'))}
      </SimpleGrid>
      <Table withTableBorder verticalSpacing={4} aria-label={t('voting.poll.countsTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={48}>STT</Table.Th>
            <Table.Th>{t('nominees.columns.name')}</Table.Th>
            <Table.Th>{t('voting.poll.agree')}</Table.Th>
            <Table.Th>{t('voting.poll.disagree')}</Table.Th>
            <Table.Th>{t('voting.poll.abstain')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sectionsByKind(poll.nominees).flatMap((section) => [
            <Table.Tr key={section.kind}>
              <Table.Th colSpan={5} scope="colgroup">
                {section.title}
              </Table.Th>
            </Table.Tr>,
            ...section.members.map((n) => (
              <Table.Tr key={n.nomineeId}>
                <Table.Td>{stt.get(n.nomineeId)}</Table.Td>
                <Table.Td>{n.fullName}</Table.Td>
                <Table.Td>
                  {vote(n.nomineeId, 'agree', t('voting.poll.agreeOf', { name: n.fullName }))}
                </Table.Td>
                <Table.Td>
                  {vote(n.nomineeId, 'disagree', t('voting.poll.disagreeOf', { name: n.fullName }))}
                </Table.Td>
                <Table.Td>
                  {vote(n.nomineeId, 'abstain', t('voting.poll.abstainOf', { name: n.fullName }))}
                </Table.Td>
              </Table.Tr>
            )),
          ])}
        </Table.Tbody>
      </Table>
      {problems.length > 0 && (
        <Alert color="red" title={t('voting.poll.problemsTitle')} role="alert">
          <List size="sm">
            {problems.map((p, i) => (
              <List.Item key={i}>{t(`voting.poll.problems.${p.key}`, p.values)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <RecordGuardAlert guard={guard} latest={differences} />
      {error !== null && <ErrorAlert error={error} />}
      <Group>
        <Button onClick={() => void submit()} loading={save.isPending} disabled={guard.blocked}>
          {t('voting.poll.saveCounts')}
        </Button>
      </Group>
    </Stack>
  );
}
