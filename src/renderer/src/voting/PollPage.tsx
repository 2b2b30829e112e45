import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Modal,
  NumberInput,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconFileTypeDocx, IconPresentation, IconPrinter } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PollDetail } from '../../../shared/voting';
import type { WrittenFile } from '../../../shared/files';
import { useApi } from '../api/ApiProvider';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { SavedFilePanel, useSavedFile } from '../components/SavedFile';
import { ErrorAlert, useErrorText } from '../components/ErrorAlert';
import { DossierWizard } from '../dossier/DossierWizard';
import { BallotEntry } from './BallotEntry';
import { BallotList } from './BallotList';
import { CloseConfirmModal } from './CloseConfirmModal';
import { CountsForm } from './CountsForm';
import { ElectronicVoting } from './ElectronicVoting';
import { ReopenModal } from './ReopenModal';
import { STATE_COLOR } from './PollsPage';
import { ResultsTable } from './ResultsTable';
import { ruleText } from './ruleText';

function QuorumLine({ poll }: { poll: PollDetail }) {
  const { t } = useTranslation();
  if (!poll.tally) return null;
  const values = { present: poll.attendance.present, total: poll.attendance.totalMembers };
  return (
    <Stack gap={4}>
      <Alert color={poll.tally.quorumMet ? 'green' : 'red'} py="xs" role="status">
        {poll.tally.quorumMet ? t('voting.poll.quorumMet', values) : t('voting.poll.quorumNotMet', values)}
      </Alert>
      {poll.tally.tieAtQuota && (
        <Alert color="orange" py="xs">
          {t('voting.poll.tieWarning')}
        </Alert>
      )}
    </Stack>
  );
}

/** One poll through its states: ballots, count entry, result, minutes, reopening. */
export function PollPage() {
  const { t } = useTranslation();
  const api = useApi();
  const errorText = useErrorText();
  const id = Number(useParams().id);
  const poll = useApiQuery('polls.get', { id });
  const setState = useApiMutation('polls.setState');
  const close = useApiMutation('polls.close');
  const [copies, setCopies] = useState<number | ''>('');
  const [reopening, setReopening] = useState(false);
  const [closing, setClosing] = useState(false);
  const [wizard, setWizard] = useState(false);
  const { refetch } = poll;
  const reload = useCallback(async () => (await refetch()).data, [refetch]);
  const [busy, setBusy] = useState(false);
  const [askingTellers, setAskingTellers] = useState(false);
  const council = useApiQuery(
    'council.list',
    { conferenceId: poll.data?.conferenceId ?? 0 },
    {
      enabled: poll.data !== undefined,
    },
  );
  const tellers = (council.data?.members ?? []).filter((m) => m.role === 'kiem_phieu').length;
  const saved = useSavedFile();
  const fail = (error: unknown) =>
    notifications.show({ color: 'red', message: errorText(error), autoClose: 10_000 });

  if (poll.error) return <ErrorAlert error={poll.error} />;
  if (!poll.data) return <Loader aria-label={t('common.loading')} />;
  const p = poll.data;

  const download = async (work: () => Promise<WrittenFile>) => {
    setBusy(true);
    try {
      saved.deliver(await work());
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };
  const ballots = () =>
    download(() => api.call('polls.ballotsPdf', { id, copies: copies === '' ? null : copies }));
  const writeMinutes = () => download(() => api.call('polls.minutesPdf', { id }));
  // The minutes are signed by the tellers: ask for them before printing blanks in their place.
  const minutes = () => {
    if (tellers > 0) void writeMinutes();
    else setAskingTellers(true);
  };

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/polls" size="sm">
        ← {t('voting.poll.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2}>{p.title}</Title>
          <Text size="sm" c="dimmed">
            {t('voting.poll.rule')}: {ruleText(p, (key) => t(key))}
          </Text>
        </Stack>
        <Badge color={STATE_COLOR[p.state]} size="lg" variant="light">
          {t(`voting.polls.states.${p.state}`)}
        </Badge>
      </Group>
      <SavedFilePanel saved={saved} />

      {p.state !== 'closed' && (
        <Card withBorder>
          <Group align="flex-end">
            <NumberInput
              label={t('voting.poll.copies')}
              description={t('voting.poll.copiesHint')}
              min={1}
              max={2000}
              allowDecimal={false}
              value={copies}
              onChange={(v) => setCopies(typeof v === 'number' ? v : '')}
              w={240}
            />
            <Button
              variant="light"
              leftSection={<IconPrinter size={16} />}
              onClick={() => void ballots()}
              loading={busy}
            >
              {t('voting.poll.printBallots')}
            </Button>
            {p.state === 'draft' && (
              <Button
                onClick={() =>
                  setState.mutateAsync({ id, revision: p.revision, state: 'voting' }).catch(fail)
                }
              >
                {t('voting.poll.startVoting')}
              </Button>
            )}
            {p.state === 'voting' && (
              <Button
                onClick={() =>
                  setState.mutateAsync({ id, revision: p.revision, state: 'counting' }).catch(fail)
                }
              >
                {t('voting.poll.startCounting')}
              </Button>
            )}
          </Group>
        </Card>
      )}

      {(p.state === 'draft' || p.state === 'voting') && <ElectronicVoting poll={p} onFile={saved.deliver} />}
      {(p.state === 'draft' || p.state === 'voting') && <BallotList poll={p} />}

      {p.state === 'counting' && (
        <Card withBorder>
          <Title order={3} size="h4" mb="sm">
            {t('voting.poll.countsTitle')}
          </Title>
          <Tabs defaultValue="totals" keepMounted={false}>
            <Tabs.List mb="sm">
              <Tabs.Tab value="totals">{t('voting.ballots.tabTotals')}</Tabs.Tab>
              <Tabs.Tab value="ballots">{t('voting.ballots.tabBallots')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="totals">
              <CountsForm key={p.id} poll={p} reload={reload} />
            </Tabs.Panel>
            <Tabs.Panel value="ballots">
              <BallotEntry poll={p} />
            </Tabs.Panel>
          </Tabs>
        </Card>
      )}

      {p.tally && (
        <Card withBorder>
          <Stack gap="sm">
            <Title order={3} size="h4">
              {t('voting.poll.results')}
            </Title>
            <QuorumLine poll={p} />
            <ResultsTable poll={p} />
            <Group>
              {p.state === 'counting' && (
                <Button color="green" onClick={() => setClosing(true)}>
                  {t('voting.poll.close')}
                </Button>
              )}
              <Button
                variant="light"
                leftSection={<IconDownload size={16} />}
                onClick={() => void minutes()}
                loading={busy}
              >
                {t('voting.poll.minutes')}
              </Button>
              <Button
                variant="light"
                leftSection={<IconPresentation size={16} />}
                component={Link}
                to={`/polls/${id}/screen`}
              >
                {t('voting.poll.screen')}
              </Button>
              {p.state === 'closed' && (
                <Button leftSection={<IconFileTypeDocx size={16} />} onClick={() => setWizard(true)}>
                  {t('dossier.wizard.open')}
                </Button>
              )}
              {p.state === 'closed' && (
                <Button variant="light" component={Link} to={`/dossier?poll=${id}`}>
                  {t('voting.poll.dossier')}
                </Button>
              )}
              {p.state === 'closed' && (
                <Button variant="subtle" color="orange" onClick={() => setReopening(true)}>
                  {t('voting.poll.reopen')}
                </Button>
              )}
            </Group>
          </Stack>
        </Card>
      )}

      {p.state === 'closed' && <DossierWizard pollId={id} opened={wizard} onClose={() => setWizard(false)} />}

      <Modal
        opened={askingTellers}
        onClose={() => setAskingTellers(false)}
        title={t('voting.poll.tellersTitle')}
      >
        <Stack gap="md">
          <Text size="sm">{t('voting.poll.tellersBody')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAskingTellers(false)}>
              {t('voting.poll.tellersCancel')}
            </Button>
            <Button
              variant="light"
              onClick={() => {
                setAskingTellers(false);
                void writeMinutes();
              }}
            >
              {t('voting.poll.tellersByHand')}
            </Button>
            <Button component={Link} to="/council">
              {t('voting.poll.tellersCouncil')}
            </Button>
          </Group>
        </Stack>
      </Modal>

      {p.state === 'counting' && (
        <CloseConfirmModal
          poll={p}
          ruleText={ruleText(p, (key) => t(key))}
          opened={closing}
          busy={close.isPending}
          onCancel={() => setClosing(false)}
          onConfirm={() =>
            // The result confirmed is what is closed: if the counts changed meanwhile,
            // the close is refused and the page shows the latest result.
            close
              .mutateAsync({ id, revision: p.revision })
              .then(() => notifications.show({ color: 'green', message: t('voting.poll.closed') }))
              .catch(fail)
              .finally(() => setClosing(false))
          }
        />
      )}
      {reopening && <ReopenModal poll={p} reload={reload} onClose={() => setReopening(false)} />}
    </Stack>
  );
}
