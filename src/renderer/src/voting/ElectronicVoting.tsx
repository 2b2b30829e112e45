import {
  Alert,
  Button,
  Card,
  Group,
  List,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPresentation, IconPrinter, IconWifi, IconWifiOff } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_VOTING_PORT, votingUrl, type EvotingStatus } from '../../../shared/evoting';
import type { WrittenFile } from '../../../shared/files';
import type { PollDetail } from '../../../shared/voting';
import { useApi } from '../api/ApiProvider';
import { projectorWindowUrl } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { useErrorText } from '../components/ErrorAlert';

/** How often the counter asks: often enough to look live, rare enough to cost nothing. */
const COUNTER_EVERY_MS = 2000;
/** With no phone after this long, the page explains what usually goes wrong. */
const HELP_AFTER_MS = 60_000;

/** The live counter, also shown full-screen for the hall. Never partial results: only how many voted. */
export function useEvotingStatus(pollId: number) {
  const api = useApi();
  return useQuery<EvotingStatus>({
    queryKey: ['evoting', 'evoting.status', { pollId }],
    queryFn: () => api.call('evoting.status', { pollId }),
    refetchInterval: COUNTER_EVERY_MS,
  });
}

function HelpPanel({ status, interfaceName }: { status: EvotingStatus; interfaceName: string }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 5000);
    return () => clearInterval(timer);
  }, []);
  const { listening } = status;
  if (!listening || status.lastPhoneAt || now - Date.parse(listening.openedAt) < HELP_AFTER_MS) return null;
  return (
    <Alert color="orange" title={t('voting.evoting.helpTitle')} role="status">
      <List size="sm">
        <List.Item>{t('voting.evoting.helpSameNetwork', { name: interfaceName })}</List.Item>
        <List.Item>{t('voting.evoting.helpFirewall')}</List.Item>
        <List.Item>{t('voting.evoting.helpAddress', { url: listening.url })}</List.Item>
      </List>
    </Alert>
  );
}

function SlipCheck({ pollId }: { pollId: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const [label, setLabel] = useState('');
  const [answer, setAnswer] = useState<string | null>(null);
  const check = async () => {
    const found = await api.call('evoting.checkSlip', { pollId, label });
    const time = found.usedAt
      ? new Date(found.usedAt).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' })
      : '';
    setAnswer(
      !found.found
        ? t('voting.evoting.slipUnknown', { label })
        : found.usedAt
          ? t('voting.evoting.slipUsed', { label, time })
          : t('voting.evoting.slipUnused', { label }),
    );
  };
  return (
    <Stack gap={4}>
      <Group align="flex-end">
        <TextInput
          label={t('voting.evoting.checkSlip')}
          value={label}
          onChange={(e) => setLabel(e.currentTarget.value)}
          w={260}
        />
        <Button variant="default" disabled={label.trim() === ''} onClick={() => void check()}>
          {t('voting.evoting.check')}
        </Button>
      </Group>
      {answer && <Text size="sm">{answer}</Text>}
    </Stack>
  );
}

/** "Bỏ phiếu điện tử" on the poll page: choose the network, print slips, open, watch, close. */
export function ElectronicVoting({
  poll,
  onFile,
}: {
  poll: PollDetail;
  onFile: (file: WrittenFile) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const interfaces = useApiQuery('evoting.interfaces', {});
  const status = useEvotingStatus(poll.id);
  const [address, setAddress] = useState('');
  const [port, setPort] = useState<number | ''>(DEFAULT_VOTING_PORT);
  const [copies, setCopies] = useState<number | ''>('');
  const [busy, setBusy] = useState(false);
  const addresses = interfaces.data ?? [];
  const listening = status.data?.listening ?? null;
  const chosen =
    listening?.address ??
    (address || (addresses.find((a) => !a.internal && a.family === 'IPv4') ?? addresses[0])?.address || '');
  const chosenPort = listening?.port ?? (port === '' ? DEFAULT_VOTING_PORT : port);
  const interfaceName = addresses.find((a) => a.address === chosen)?.name ?? '';

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await work();
      await queryClient.invalidateQueries({ queryKey: ['evoting'] });
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(error), autoClose: 10_000 });
    } finally {
      setBusy(false);
    }
  };
  const print = () =>
    run(async () =>
      onFile(
        await api.call('evoting.slipsPdf', {
          pollId: poll.id,
          address: chosen,
          port: chosenPort,
          ...(copies === '' ? {} : { copies }),
        }),
      ),
    );
  const open = () =>
    run(() => api.call('evoting.open', { pollId: poll.id, address: chosen, port: chosenPort }));
  const close = () => run(() => api.call('evoting.close', { pollId: poll.id }));
  // The counter on the projector: the desktop opens its window; a browser opens a tab of its own.
  const project = () =>
    run(async () => {
      await api.call('projector.show', {
        conferenceId: poll.conferenceId,
        screen: 'evoting',
        pollId: poll.id,
      });
      const { opened } = await api.call('projector.openWindow', {});
      if (!opened)
        window.open(projectorWindowUrl(window.location, window.sessionStorage), 'hoi-nghi-projector');
    });
  const s = status.data;

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={3}>{t('voting.evoting.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('voting.evoting.intro')}
        </Text>
        <Group align="flex-end">
          <NativeSelect
            label={t('voting.evoting.network')}
            description={t('voting.evoting.networkHint')}
            value={chosen}
            disabled={listening !== null}
            onChange={(e) => setAddress(e.currentTarget.value)}
            data={addresses.map((a) => ({
              value: a.address,
              label: `${a.name} – ${a.address}${a.internal ? ` (${t('voting.evoting.loopback')})` : ''}`,
            }))}
            w={340}
          />
          <NumberInput
            label={t('voting.evoting.port')}
            min={1024}
            max={65535}
            allowDecimal={false}
            value={chosenPort}
            disabled={listening !== null}
            onChange={(v) => setPort(typeof v === 'number' ? v : '')}
            w={120}
          />
        </Group>
        {poll.state === 'draft' || poll.state === 'voting' ? (
          <Group align="flex-end">
            <NumberInput
              label={t('voting.evoting.copies')}
              description={t('voting.evoting.copiesHint')}
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
              loading={busy}
              disabled={!chosen}
              onClick={() => void print()}
            >
              {t('voting.evoting.print')}
            </Button>
          </Group>
        ) : null}
        {poll.state === 'voting' && (
          <Group>
            {listening ? (
              <Button
                color="red"
                leftSection={<IconWifiOff size={16} />}
                loading={busy}
                onClick={() => void close()}
              >
                {t('voting.evoting.close')}
              </Button>
            ) : (
              <Button
                leftSection={<IconWifi size={16} />}
                loading={busy}
                disabled={!chosen || !s?.slips}
                onClick={() => void open()}
              >
                {t('voting.evoting.open')}
              </Button>
            )}
            <Button
              variant="default"
              leftSection={<IconPresentation size={16} />}
              onClick={() => void project()}
            >
              {t('voting.evoting.project')}
            </Button>
          </Group>
        )}
        {s && (
          <Stack gap={4} role="status" aria-live="polite">
            <Text fw={700} size="xl">
              {t('voting.evoting.counter', { used: s.used, slips: s.slips })}
            </Text>
            <Text size="sm">
              {t('voting.evoting.wrongCodes', { count: s.wrongCodes })}
              {s.blocked > 0 ? ` · ${t('voting.evoting.blocked', { count: s.blocked })}` : ''}
            </Text>
            <Text size="sm" c="dimmed">
              {listening
                ? t('voting.evoting.listening', { url: votingUrl(listening.address, listening.port) })
                : t('voting.evoting.closed')}
            </Text>
          </Stack>
        )}
        {listening && (
          <Text size="xs" c="dimmed">
            {t('voting.evoting.firewall')}
          </Text>
        )}
        {s && <HelpPanel status={s} interfaceName={interfaceName} />}
        {s && s.slips > 0 && <SlipCheck pollId={poll.id} />}
      </Stack>
    </Card>
  );
}
