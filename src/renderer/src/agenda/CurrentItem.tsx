import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  formatTimer,
  itemClock,
  presenterLine,
  SCHEDULE_TOLERANCE_MINUTES,
  startDelayMinutes,
  type AgendaItem,
  type TimerState,
} from '../../../shared/agenda';
import { useAgendaFormat } from './format';

/** Colour and words together, so the state never rests on colour alone. */
const LOOK: Record<TimerState, { color: string; border: string; text: string }> = {
  ok: { color: 'green', border: 'var(--mantine-color-green-6)', text: 'var(--mantine-color-text)' },
  near_end: {
    color: 'orange',
    border: 'var(--mantine-color-orange-5)',
    text: 'var(--mantine-color-orange-9)',
  },
  overrun: { color: 'red', border: 'var(--mantine-color-red-7)', text: 'var(--mantine-color-red-8)' },
};

interface Props {
  item: AgendaItem;
  position: number;
  count: number;
  nextTitle: string | null;
  now: Date;
}

/** The item being held, big enough to read from the desk, with its elapsed and remaining time. */
export function CurrentItem({ item, position, count, nextTitle, now }: Props) {
  const { t } = useTranslation();
  const format = useAgendaFormat();
  const clock = itemClock(item.durationMinutes, item.actualStart ?? now.toISOString(), now);
  const look = LOOK[clock.state];
  const overrun = clock.state === 'overrun';
  const started = new Date(item.actualStart ?? now.toISOString());
  const delay = startDelayMinutes(item.plannedStartMinute, started.getHours() * 60 + started.getMinutes());
  const onSchedule = Math.abs(delay) <= SCHEDULE_TOLERANCE_MINUTES;
  // "Đúng giờ" only when the item both started on time and keeps to its length.
  const stateText =
    clock.state === 'ok' && !onSchedule
      ? t('agenda.run.withinLength')
      : t(`agenda.run.states.${clock.state}`);
  return (
    <Card
      withBorder
      padding="lg"
      component="section"
      aria-label={t('agenda.run.currentLabel')}
      data-timer-state={clock.state}
      style={{
        borderColor: look.border,
        borderWidth: 3,
        background: `var(--mantine-color-${look.color}-light)`,
      }}
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="xs">
            <Badge size="lg" variant="filled" color="dark">
              {t('agenda.run.position', { position, count })}
            </Badge>
            <Badge size="lg" variant="light">
              {t(`agenda.kinds.${item.kind}`)}
            </Badge>
          </Group>
          <Group gap="xs">
            {!onSchedule && (
              <Badge size="xl" color={delay > 0 ? 'orange' : 'blue'} variant="light">
                {t(delay > 0 ? 'agenda.run.late' : 'agenda.run.early', {
                  duration: format.duration(Math.abs(delay)),
                })}
              </Badge>
            )}
            <Badge size="xl" color={look.color} variant="filled" aria-live="polite">
              {stateText}
            </Badge>
          </Group>
        </Group>
        <Title order={3} fz={32} lh={1.2}>
          {item.title}
        </Title>
        {(item.presenter || item.presenterTitle) && (
          <Text size="xl">{presenterLine(item.presenter, item.presenterTitle)}</Text>
        )}
        <Group gap={48} align="flex-end">
          <Timer label={t('agenda.run.elapsed')} value={formatTimer(clock.elapsedSeconds)} color="inherit" />
          <Timer
            label={overrun ? t('agenda.run.over') : t('agenda.run.remaining')}
            value={overrun ? `+${formatTimer(-clock.remainingSeconds)}` : formatTimer(clock.remainingSeconds)}
            color={look.text}
          />
          <Text size="sm" c="dimmed" pb={12}>
            {t('agenda.run.planned', { duration: format.duration(item.durationMinutes) })} ·{' '}
            {format.span(item.plannedStartMinute, item.plannedEndMinute)}
          </Text>
        </Group>
        {item.notes && (
          <Card withBorder padding="sm" bg="var(--mantine-color-body)">
            <Text size="xs" c="dimmed">
              {t('agenda.run.notes')}
            </Text>
            <Text size="md" style={{ whiteSpace: 'pre-wrap' }}>
              {item.notes}
            </Text>
          </Card>
        )}
        <Text size="sm" c="dimmed">
          {nextTitle ? t('agenda.run.nextUp', { title: nextTitle }) : t('agenda.run.lastItem')}
        </Text>
      </Stack>
    </Card>
  );
}

function Timer({ label, value, color }: { label: string; value: string; color: string }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text
        fz={56}
        fw={700}
        lh={1}
        style={{ color, fontVariantNumeric: 'tabular-nums' }}
        role="timer"
        aria-label={`${label}: ${value}`}
      >
        {value}
      </Text>
    </div>
  );
}
