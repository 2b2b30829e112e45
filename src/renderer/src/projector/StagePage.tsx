import {
  Anchor,
  Box,
  Button,
  Group,
  Loader,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconChevronLeft, IconChevronRight, IconExternalLink, IconPresentation } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  DEFAULT_BATCH_SIZE,
  MAX_BATCH_SIZE,
  type ProjectorContent,
  type ProjectorScreen,
} from '../../../shared/projector';
import { pollScreenPageCount } from '../../../shared/poll-screen';
import { projectorWindowUrl } from '../api/client';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { NoConferencePanel } from '../components/NoConferencePanel';
import { ErrorAlert, useErrorText } from '../components/ErrorAlert';
import { useOpenConference } from '../conferences/useOpenConference';
import { ProjectorView } from './ProjectorView';
import { useNow } from './useNow';

/** #/stage: what the projector shows, driven from here. */
export function StagePage() {
  const { t } = useTranslation();
  const { id, isLoading } = useOpenConference();
  if (isLoading) return <Loader aria-label={t('common.loading')} />;
  if (id === null) {
    return (
      <NoConferencePanel
        icon={<IconPresentation size={32} />}
        description={t('projector.noConferenceDescription')}
      />
    );
  }
  return <Stage key={id} conferenceId={id} />;
}

function screenName(content: ProjectorContent, t: TFunction) {
  const name = t(`projector.stage.${content.setting.screen}`);
  if (content.setting.screen === 'poll' && content.poll) {
    const position = { page: content.setting.pollPage + 1, pages: pollScreenPageCount(content.poll) };
    return `${name} · ${t('projector.stage.pollPosition', position)}`;
  }
  if (content.setting.screen !== 'ceremony' || content.batchCount === 0) return name;
  return `${name} · ${t('projector.stage.position', { batch: content.setting.batchIndex + 1, count: content.batchCount })}`;
}

function Stage({ conferenceId }: { conferenceId: number }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const now = useNow();
  const state = useApiQuery('projector.state', { conferenceId });
  const polls = useApiQuery('polls.list', { conferenceId });
  const show = useApiMutation('projector.show');
  const next = useApiMutation('projector.next');
  const previous = useApiMutation('projector.previous');
  const openWindow = useApiMutation('projector.openWindow');
  const [batchSize, setBatchSize] = useState<number | string>('');
  const [pollId, setPollId] = useState<string | null>(null);

  const current = state.data;
  const size = typeof batchSize === 'number' ? batchSize : (current?.setting.batchSize ?? DEFAULT_BATCH_SIZE);
  const closedPolls = (polls.data ?? []).filter((p) => p.state === 'closed');
  // The poll on screen, else the latest closed one, so one click shows a result just closed.
  const shownPoll = closedPolls.find((p) => p.id === current?.setting.pollId) ?? closedPolls[0];
  const pickedPoll = pollId ?? (shownPoll ? String(shownPoll.id) : null);
  const failure = show.error ?? next.error ?? previous.error ?? openWindow.error;

  const showScreen = (screen: Exclude<ProjectorScreen, 'poll' | 'ceremony' | 'evoting'>) =>
    show.mutate({ conferenceId, screen });
  const showCeremony = () =>
    show.mutate({ conferenceId, screen: 'ceremony', batchSize: size, batchIndex: 0 });
  const step = (direction: 1 | -1) => (direction === 1 ? next : previous).mutate({ conferenceId });

  useHotkeys([
    ['ArrowRight', () => step(1)],
    ['PageDown', () => step(1)],
    ['ArrowLeft', () => step(-1)],
    ['PageUp', () => step(-1)],
  ]);

  const open = () =>
    openWindow.mutate(
      {},
      {
        onSuccess: ({ opened }) => {
          if (!opened) {
            const projector = window.open(
              projectorWindowUrl(window.location, window.sessionStorage),
              'hoi-nghi-projector',
            );
            if (!projector) {
              notifications.show({ color: 'red', message: t('projector.stage.popupBlocked') });
              return;
            }
          }
          notifications.show({ color: 'green', message: t('projector.stage.windowOpened') });
        },
        onError: (error) => notifications.show({ color: 'red', message: errorText(error) }),
      },
    );

  const active = (screen: ProjectorScreen) => (current?.setting.screen === screen ? 'filled' : 'default');

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2}>{t('projector.stage.title')}</Title>
          <Text c="dimmed" size="sm" maw={720}>
            {t('projector.stage.intro')}
          </Text>
        </Stack>
        <Group>
          <Anchor component={Link} to="/ceremony" size="sm">
            {t('projector.stage.ceremonyLink')}
          </Anchor>
          <Button leftSection={<IconExternalLink size={18} />} onClick={open} loading={openWindow.isPending}>
            {t('projector.stage.openWindow')}
          </Button>
        </Group>
      </Group>
      {state.error && <ErrorAlert error={state.error} onRetry={() => void state.refetch()} />}
      {failure && <ErrorAlert error={failure} />}

      <Group align="flex-start" gap="xl" wrap="wrap">
        <Stack gap="sm" style={{ flex: '1 1 380px' }}>
          <Title order={3} size="h4">
            {t('projector.stage.screens')}
          </Title>
          <Group gap="xs">
            <Button variant={active('blank')} onClick={() => showScreen('blank')}>
              {t('projector.stage.blank')}
            </Button>
            <Button variant={active('logo')} onClick={() => showScreen('logo')}>
              {t('projector.stage.logo')}
            </Button>
            <Button variant={active('agenda')} onClick={() => showScreen('agenda')}>
              {t('projector.stage.agenda')}
            </Button>
          </Group>
          <Group gap="xs" align="flex-end">
            <NumberInput
              label={t('projector.stage.batchSize')}
              description={t('projector.stage.batchSizeHint')}
              min={1}
              max={MAX_BATCH_SIZE}
              clampBehavior="strict"
              allowDecimal={false}
              value={typeof batchSize === 'number' ? batchSize : size}
              onChange={setBatchSize}
              w={180}
            />
            <Button variant={active('ceremony')} onClick={showCeremony}>
              {t('projector.stage.ceremony')}
            </Button>
          </Group>
          <Group gap="xs" align="flex-end">
            <Select
              label={t('projector.stage.pollPick')}
              placeholder={
                closedPolls.length === 0
                  ? t('projector.stage.noClosedPolls')
                  : t('projector.stage.pollPlaceholder')
              }
              data={closedPolls.map((p) => ({ value: String(p.id), label: p.title }))}
              value={pickedPoll}
              onChange={setPollId}
              disabled={closedPolls.length === 0}
              w={260}
            />
            <Button
              variant={active('poll')}
              disabled={pickedPoll === null}
              onClick={() =>
                pickedPoll !== null &&
                show.mutate({ conferenceId, screen: 'poll', pollId: Number(pickedPoll) })
              }
            >
              {t('projector.stage.poll')}
            </Button>
          </Group>
          <Group gap="xs" mt="sm">
            <Button
              size="lg"
              variant="light"
              leftSection={<IconChevronLeft />}
              rightSection={
                <Text span size="xs" opacity={0.7} aria-hidden>
                  ← PgUp
                </Text>
              }
              aria-label={t('projector.stage.previous')}
              aria-keyshortcuts="ArrowLeft PageUp"
              onClick={() => step(-1)}
            >
              {t('projector.stage.previous')}
            </Button>
            <Button
              size="lg"
              rightSection={
                <Group gap={6} wrap="nowrap">
                  <IconChevronRight />
                  <Text span size="xs" opacity={0.8} aria-hidden>
                    → PgDn
                  </Text>
                </Group>
              }
              aria-label={t('projector.stage.next')}
              aria-keyshortcuts="ArrowRight PageDown"
              onClick={() => step(1)}
            >
              {t('projector.stage.next')}
            </Button>
          </Group>
          {current && (
            <Text role="status" fw={500}>
              {t('projector.stage.onScreen', { what: screenName(current, t) })}
            </Text>
          )}
        </Stack>

        <Paper withBorder p="xs" style={{ flex: '0 1 480px', minWidth: 280 }}>
          <Text size="sm" c="dimmed" mb={4}>
            {t('projector.stage.preview')}
          </Text>
          <Box aria-hidden style={{ width: '100%', aspectRatio: '16 / 9', pointerEvents: 'none' }}>
            {current && <ProjectorView content={current} now={now} />}
          </Box>
        </Paper>
      </Group>
    </Stack>
  );
}
