import {
  Alert,
  Button,
  Card,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarTime, IconPlayerPlay, IconPlus, IconPrinter, IconRefresh } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { planSlots, type Agenda, type AgendaItem } from '../../../shared/agenda';
import type { Conference } from '../../../shared/conferences';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { SavedFilePanel, useSavedFile } from '../components/SavedFile';
import { NoConferencePanel } from '../components/NoConferencePanel';
import { ErrorAlert, useErrorText } from '../components/ErrorAlert';
import { useOpenConference } from '../conferences/useOpenConference';
import { AgendaTable } from './AgendaTable';
import { ConfirmModal } from './ConfirmModal';
import { DeleteItemModal } from './DeleteItemModal';
import { useAgendaFormat } from './format';
import { ItemModal } from './ItemModal';

/** #/agenda: the programme of the open conference. */
export function AgendaPage() {
  const { t } = useTranslation();
  const { id, conference, isLoading } = useOpenConference();
  if (isLoading) return <Loader aria-label={t('common.loading')} />;
  if (id === null || !conference) return <NoConference />;
  return <ConferenceAgenda key={id} conference={conference} />;
}

export function NoConference() {
  const { t } = useTranslation();
  return (
    <NoConferencePanel
      icon={<IconCalendarTime size={32} />}
      description={t('agenda.noConferenceDescription')}
    />
  );
}

/** The items in `order` with their planned times recomputed, so a move shows at once. */
function reordered(agenda: Agenda, order: number[] | null): AgendaItem[] {
  if (!order) return agenda.items;
  const byId = new Map(agenda.items.map((i) => [i.id, i]));
  const items = order.flatMap((id) => byId.get(id) ?? []);
  const slots = planSlots(
    agenda.startMinute,
    items.map((i) => i.durationMinutes),
  );
  return items.map((item, i) => ({
    ...item,
    position: i + 1,
    plannedStartMinute: slots[i]?.startMinute ?? 0,
    plannedEndMinute: slots[i]?.endMinute ?? 0,
  }));
}

function ConferenceAgenda({ conference }: { conference: Conference }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const format = useAgendaFormat();
  const navigate = useNavigate();
  const query = useApiQuery('agenda.list', { conferenceId: conference.id });
  const reorder = useApiMutation('agenda.reorder');
  const reset = useApiMutation('agenda.reset');
  const start = useApiMutation('agenda.start');
  const print = useApiMutation('agenda.programmePdf');
  const saved = useSavedFile();
  const [order, setOrder] = useState<number[] | null>(null);
  const [focusId, setFocusId] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [editing, setEditing] = useState<AgendaItem | null | undefined>(undefined);
  const [deleting, setDeleting] = useState<AgendaItem | null>(null);
  const [resetting, setResetting] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const { refetch } = query;
  // What a dialog reloads after a conflict: the item as stored now, from the whole programme.
  const reloadItem = useCallback(
    async (id: number) => (await refetch()).data?.items.find((item) => item.id === id) ?? null,
    [refetch],
  );

  if (query.error) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Loader aria-label={t('common.loading')} />;
  const agenda = query.data;
  const items = reordered(agenda, order);
  const conferenceId = conference.id;

  const move = (id: number, toIndex: number) => {
    const ids = items.map((i) => i.id);
    const from = ids.indexOf(id);
    if (from < 0 || toIndex < 0 || toIndex >= ids.length || from === toIndex) return;
    ids.splice(toIndex, 0, ...ids.splice(from, 1));
    setOrder(ids);
    setFocusId(id);
    const title = items[from]?.title ?? '';
    setAnnouncement(t('agenda.moved', { title, position: toIndex + 1, count: ids.length }));
    reorder.mutate(
      { conferenceId, ids },
      {
        // Only the latest move's answer replaces the order shown; earlier ones are already stale.
        onSettled: (_data, error) => {
          if (error) notifications.show({ color: 'red', message: errorText(error), autoClose: false });
          setOrder((shown) => (shown === ids || error ? null : shown));
        },
      },
    );
  };

  const startRun = async () => {
    setActionError(null);
    try {
      await start.mutateAsync({ conferenceId });
      void navigate('/agenda/run');
    } catch (error) {
      setActionError(error);
    }
  };

  const printProgramme = async () => {
    setActionError(null);
    try {
      const file = await print.mutateAsync({ conferenceId });
      saved.deliver(file);
      notifications.show({ color: 'green', message: t('agenda.printed', { fileName: file.fileName }) });
    } catch (error) {
      setActionError(error);
    }
  };

  const confirmReset = async () => {
    try {
      await reset.mutateAsync({ conferenceId });
      notifications.show({ color: 'green', message: t('agenda.resetDone') });
      setResetting(false);
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(error), autoClose: false });
    }
  };

  const runState = agenda.run.state;
  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t('agenda.title')}</Title>
        <Text c="dimmed" size="sm">
          {conference.title}
        </Text>
      </div>
      {agenda.startAssumed && (
        <Alert color="yellow" title={t('agenda.startAssumedTitle')}>
          <Text size="sm">{t('agenda.startAssumed', { time: format.clock(agenda.startMinute) })}</Text>
          <Button
            component={Link}
            to={`/conferences/${conference.id}/edit`}
            variant="subtle"
            size="compact-sm"
            mt={4}
          >
            {t('agenda.editConference')}
          </Button>
        </Alert>
      )}
      <Card withBorder aria-label={t('agenda.summary.label')} component="section">
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <Figure label={t('agenda.summary.items')} value={String(agenda.items.length)} />
          <Figure
            label={t('agenda.summary.start')}
            value={
              agenda.startAssumed
                ? `${format.clock(agenda.startMinute)} (${t('agenda.summary.assumed')})`
                : format.clock(agenda.startMinute)
            }
          />
          <Figure label={t('agenda.summary.total')} value={format.duration(agenda.totalMinutes)} />
          <Figure label={t('agenda.summary.end')} value={format.clock(agenda.endMinute)} />
        </SimpleGrid>
      </Card>
      <Group justify="space-between">
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing(null)}>
          {t('agenda.add')}
        </Button>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconPrinter size={16} />}
            loading={print.isPending}
            onClick={() => void printProgramme()}
          >
            {t('agenda.print')}
          </Button>
          {runState === 'idle' ? (
            <Button
              color="green"
              leftSection={<IconPlayerPlay size={16} />}
              loading={start.isPending}
              onClick={() => void startRun()}
            >
              {t('agenda.startRun')}
            </Button>
          ) : (
            <Button
              color="green"
              component={Link}
              to="/agenda/run"
              leftSection={<IconPlayerPlay size={16} />}
            >
              {runState === 'running' ? t('agenda.continueRun') : t('agenda.viewRun')}
            </Button>
          )}
          {runState !== 'idle' && (
            <Button
              variant="default"
              color="red"
              leftSection={<IconRefresh size={16} />}
              onClick={() => setResetting(true)}
            >
              {t('agenda.reset')}
            </Button>
          )}
        </Group>
      </Group>
      <SavedFilePanel saved={saved} />
      {actionError !== null && <ErrorAlert error={actionError} />}
      {items.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('agenda.empty')}
        </Text>
      ) : (
        <>
          <Text size="xs" c="dimmed">
            {t('agenda.table.hint')}
          </Text>
          <AgendaTable
            items={items}
            focusId={focusId}
            onMove={move}
            onEdit={(item) => setEditing(item)}
            onDelete={(item) => setDeleting(item)}
          />
        </>
      )}
      <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>
      <ItemModal
        conferenceId={conferenceId}
        editing={editing}
        reloadItem={reloadItem}
        onClose={() => setEditing(undefined)}
      />
      <DeleteItemModal deleting={deleting} reloadItem={reloadItem} onClose={() => setDeleting(null)} />
      <ConfirmModal
        opened={resetting}
        title={t('agenda.resetDialog.title')}
        body={t('agenda.resetDialog.body')}
        cancelLabel={t('agenda.resetDialog.cancel')}
        confirmLabel={t('agenda.resetDialog.confirm')}
        closeLabel={t('agenda.resetDialog.close')}
        busy={reset.isPending}
        onConfirm={() => void confirmReset()}
        onClose={() => setResetting(false)}
      />
    </Stack>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg">
        {value}
      </Text>
    </div>
  );
}
