import { Alert, Button, Group, Kbd, Loader, Stack, Text, Title } from '@mantine/core';
import {
  IconArrowBackUp,
  IconChevronLeft,
  IconChevronRight,
  IconPlayerPlay,
  IconPlayerStop,
} from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Conference } from '../../../shared/conferences';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { ErrorAlert } from '../components/ErrorAlert';
import { useOpenConference } from '../conferences/useOpenConference';
import { NoConference } from './AgendaPage';
import { CurrentItem } from './CurrentItem';
import { RunSpan, RunTable } from './RunTable';
import { useNow } from './useNow';

type Step = 'agenda.start' | 'agenda.next' | 'agenda.previous' | 'agenda.finish';

/** #/agenda/run: run mode, item by item with a timer. */
export function RunPage() {
  const { t } = useTranslation();
  const { id, conference, isLoading } = useOpenConference();
  if (isLoading) return <Loader aria-label={t('common.loading')} />;
  if (id === null || !conference) return <NoConference />;
  return <ConferenceRun key={id} conference={conference} />;
}

/** Keys typed into a field or a dialog are not shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.closest('[role="dialog"]') !== null
  );
}

function ConferenceRun({ conference }: { conference: Conference }) {
  const { t } = useTranslation();
  const conferenceId = conference.id;
  const query = useApiQuery('agenda.list', { conferenceId });
  const start = useApiMutation('agenda.start');
  const next = useApiMutation('agenda.next');
  const previous = useApiMutation('agenda.previous');
  const finish = useApiMutation('agenda.finish');
  const [stepError, setStepError] = useState<unknown>(null);
  const running = query.data?.run.state === 'running';
  const now = useNow(running);
  const busy = start.isPending || next.isPending || previous.isPending || finish.isPending;

  const mutations = {
    'agenda.start': start,
    'agenda.next': next,
    'agenda.previous': previous,
    'agenda.finish': finish,
  };
  const step = async (method: Step) => {
    setStepError(null);
    try {
      await mutations[method].mutateAsync({ conferenceId });
    } catch (error) {
      setStepError(error);
    }
  };

  // The listener is added once; it reads the latest state through the ref.
  // At the first item ← does nothing, as its button is disabled there.
  const atFirst = query.data !== undefined && query.data.run.currentId === query.data.items[0]?.id;
  const latest = useRef({ step, busy, atFirst, state: query.data?.run.state });
  useEffect(() => {
    latest.current = { step, busy, atFirst, state: query.data?.run.state };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || isTyping(event.target)) return;
      const { busy: pending, state, step: go, atFirst: first } = latest.current;
      if (pending || state === undefined) return;
      if ((event.key === 'ArrowRight' || event.key === 'PageDown') && state === 'running') {
        event.preventDefault();
        void go('agenda.next');
      } else if ((event.key === 'ArrowLeft' || event.key === 'PageUp') && state !== 'idle' && !first) {
        event.preventDefault();
        void go('agenda.previous');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (query.error) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Loader aria-label={t('common.loading')} />;
  const agenda = query.data;
  const index = agenda.items.findIndex((i) => i.id === agenda.run.currentId);
  const current = agenda.items[index];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{t('agenda.run.title')}</Title>
          <Text c="dimmed" size="sm">
            {conference.title}
          </Text>
        </div>
        <Button component={Link} to="/agenda" variant="subtle" leftSection={<IconArrowBackUp size={16} />}>
          {t('agenda.run.back')}
        </Button>
      </Group>

      {agenda.items.length === 0 && <Alert color="yellow">{t('agenda.run.empty')}</Alert>}
      {agenda.items.length > 0 && agenda.run.state === 'idle' && (
        <Alert color="blue">
          <Group justify="space-between">
            <Text size="sm">{t('agenda.run.idle')}</Text>
            <Button
              color="green"
              leftSection={<IconPlayerPlay size={16} />}
              loading={start.isPending}
              onClick={() => void step('agenda.start')}
            >
              {t('agenda.run.start')}
            </Button>
          </Group>
        </Alert>
      )}
      {agenda.run.state === 'finished' && (
        <Alert color="green">
          <Group justify="space-between">
            <div>
              <Text size="sm">{t('agenda.run.finished')}</Text>
              <RunSpan agenda={agenda} />
            </div>
            <Button variant="default" disabled={busy} onClick={() => void step('agenda.previous')}>
              {t('agenda.run.reopen')}
            </Button>
          </Group>
        </Alert>
      )}
      {stepError !== null && <ErrorAlert error={stepError} />}

      {current && (
        <>
          <CurrentItem
            item={current}
            position={index + 1}
            count={agenda.items.length}
            nextTitle={agenda.items[index + 1]?.title ?? null}
            now={now}
          />
          <Group justify="space-between">
            <Button
              size="lg"
              variant="default"
              leftSection={<IconChevronLeft size={20} />}
              disabled={busy || index === 0}
              aria-keyshortcuts="ArrowLeft PageUp"
              onClick={() => void step('agenda.previous')}
            >
              {t('agenda.run.previous')}
            </Button>
            <Group gap="xs">
              <Button
                size="lg"
                variant="light"
                color="red"
                leftSection={<IconPlayerStop size={20} />}
                disabled={busy}
                onClick={() => void step('agenda.finish')}
              >
                {t('agenda.run.finish')}
              </Button>
              <Button
                size="lg"
                rightSection={<IconChevronRight size={20} />}
                disabled={busy}
                aria-keyshortcuts="ArrowRight PageDown"
                onClick={() => void step('agenda.next')}
              >
                {t('agenda.run.next')}
              </Button>
            </Group>
          </Group>
          <Text size="xs" c="dimmed">
            {t('agenda.run.keys')} <Kbd>→</Kbd> / <Kbd>Page Down</Kbd> {t('agenda.run.keysNext')} ·{' '}
            <Kbd>←</Kbd> / <Kbd>Page Up</Kbd> {t('agenda.run.keysPrevious')}
          </Text>
        </>
      )}

      {agenda.items.length > 0 && <RunTable agenda={agenda} />}
    </Stack>
  );
}
