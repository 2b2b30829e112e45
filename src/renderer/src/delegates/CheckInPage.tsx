import { Alert, Button, Group, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconUserCheck, IconUsers } from '@tabler/icons-react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  addressName,
  clockTime,
  foldQuery,
  looksLikeBadge,
  type CheckInInput,
  type Delegate,
} from '../../../shared/delegates';
import { useApi } from '../api/ApiProvider';
import { useApiQuery } from '../api/hooks';
import { EmptyPanel } from '../components/EmptyPanel';
import { useErrorText } from '../components/ErrorAlert';
import { ApiError } from '../../../shared/api/errors';
import { AttendanceLine, NoConference } from './parts';
import { RecentCheckIns } from './RecentCheckIns';
import { useOpenConference } from '../conferences/useOpenConference';

/** Light enough that results follow the typing; a scanner's Enter does not wait for it. */
const DEBOUNCE_MS = 80;

/** #/checkin: checking delegates in as they arrive. */
export function CheckInPage() {
  const { t } = useTranslation();
  const { id, isLoading } = useOpenConference();
  if (isLoading) return <Loader aria-label={t('common.loading')} />;
  if (id === null) return <NoConference />;
  return <CheckInDesk key={id} conferenceId={id} />;
}

function useDebounced(value: string, ms: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

function CheckInDesk({ conferenceId }: { conferenceId: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [selected, setSelected] = useState(0);
  const [last, setLast] = useState<Delegate | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const query = useDebounced(text.trim(), DEBOUNCE_MS);
  const searching = foldQuery(query) !== '' || looksLikeBadge(query);
  const results = useApiQuery('delegates.search', { conferenceId, query }, { enabled: searching });
  const items = searching ? (results.data?.items ?? []) : [];
  const attendance = useApiQuery('delegates.attendance', { conferenceId });
  const noDelegates = attendance.data?.total === 0;

  useEffect(() => input.current?.focus(), [noDelegates]);

  const checkIn = async (target: CheckInInput) => {
    setBusy(true);
    setError(null);
    try {
      const result = await api.call('delegates.checkIn', target);
      setLast(result.delegate);
      setText('');
    } catch (caught) {
      setLast(null);
      setError(caught);
      // The next scan or keystroke replaces what is there.
      input.current?.select();
    } finally {
      setBusy(false);
      input.current?.focus();
    }
  };

  const undo = async (delegate: Delegate) => {
    setError(null);
    try {
      await api.call('delegates.undoCheckIn', { id: delegate.id });
      setLast(null);
    } catch (caught) {
      setError(caught);
    }
    input.current?.focus();
  };

  const onEnter = async () => {
    const typed = text.trim();
    if (typed === '' || busy) return;
    // A scanner types the number and Enter at once: check in by badge without waiting for results.
    if (looksLikeBadge(typed)) return checkIn({ conferenceId, badge: typed });
    const current =
      query === typed && results.data
        ? results.data.items
        : (await api.call('delegates.search', { conferenceId, query: typed, limit: 20 })).items;
    const pick = current[Math.min(selected, current.length - 1)];
    if (pick) return checkIn({ conferenceId, id: pick.id });
    setError(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void onEnter();
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      setSelected((s) => Math.min(s + 1, Math.max(items.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setSelected((s) => Math.max(s - 1, 0));
    } else if (event.key === 'Escape') {
      setText('');
    }
  };

  // Nobody to check in yet: say so and lead to the list, instead of a search that finds nothing.
  if (noDelegates) {
    return (
      <Stack gap="md" maw={960}>
        <Title order={2}>{t('delegates.checkin.title')}</Title>
        <EmptyPanel
          icon={<IconUsers size={32} />}
          title={t('delegates.checkin.noDelegatesTitle')}
          description={t('delegates.checkin.noDelegatesDescription')}
          actions={
            <>
              <Button component={Link} to="/delegates">
                {t('delegates.checkin.goToDelegates')}
              </Button>
              <Button component={Link} to="/delegates/import" variant="light">
                {t('delegates.checkin.importDelegates')}
              </Button>
            </>
          }
        />
      </Stack>
    );
  }

  return (
    <Stack gap="md" maw={960}>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('delegates.checkin.title')}</Title>
        <AttendanceLine conferenceId={conferenceId} size="huge" />
      </Group>
      <TextInput
        ref={input}
        size="xl"
        label={t('delegates.checkin.box')}
        placeholder={t('delegates.checkin.placeholder')}
        description={t('delegates.checkin.hint')}
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setSelected(0);
        }}
        onKeyDown={onKeyDown}
        leftSection={busy ? <Loader size="sm" /> : <IconUserCheck />}
        autoComplete="off"
        spellCheck={false}
      />
      {last && (
        <Alert color="green" icon={<IconCircleCheck />} role="status" variant="light">
          <Group justify="space-between" wrap="nowrap">
            <Text size="xl" fw={700}>
              {t('delegates.checkin.success', {
                name: addressName(last),
                time: last.checkedInAt ? clockTime(last.checkedInAt) : '',
              })}
            </Text>
            <Button variant="white" color="green" onClick={() => void undo(last)}>
              {t('delegates.undo')}
            </Button>
          </Group>
        </Alert>
      )}
      {error !== null && <Refusal error={error} />}
      {searching && (
        <Paper withBorder p="xs" aria-label={t('delegates.checkin.results')} component="section">
          {results.isLoading && <Loader size="sm" aria-label={t('common.loading')} />}
          {results.data && items.length === 0 && (
            <Text c="dimmed" p="sm">
              {t('delegates.checkin.noResults', { query })}
            </Text>
          )}
          <Stack gap={4}>
            {items.map((d, i) => (
              <ResultRow
                key={d.id}
                delegate={d}
                selected={i === selected}
                onCheckIn={() => void checkIn({ conferenceId, id: d.id })}
              />
            ))}
          </Stack>
        </Paper>
      )}
      <RecentCheckIns conferenceId={conferenceId} onUndo={(d) => void undo(d)} />
    </Stack>
  );
}

function ResultRow({
  delegate,
  selected,
  onCheckIn,
}: {
  delegate: Delegate;
  selected: boolean;
  onCheckIn: () => void;
}) {
  const { t } = useTranslation();
  const name = addressName(delegate);
  const details = [
    delegate.title,
    delegate.unitName,
    delegate.badge && `${t('delegates.columns.badge')} ${delegate.badge}`,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Group
      justify="space-between"
      wrap="nowrap"
      p="xs"
      bg={selected ? 'red.0' : undefined}
      style={{ borderRadius: 6 }}
    >
      <div>
        <Text size="lg" fw={600}>
          {name}
        </Text>
        <Text size="sm" c="dimmed">
          {details}
        </Text>
      </div>
      {delegate.checkedInAt ? (
        <Text c="green.8" fw={600} style={{ whiteSpace: 'nowrap' }}>
          {t('delegates.checkin.alreadyIn', { time: clockTime(delegate.checkedInAt) })}
        </Text>
      ) : (
        <Button onClick={onCheckIn} aria-label={t('delegates.checkin.checkInNamed', { name })}>
          {t('delegates.checkin.checkIn')}
        </Button>
      )}
    </Group>
  );
}

/** Said plainly and large enough to read from the door: an unknown badge, someone already in. */
function Refusal({ error }: { error: unknown }) {
  const errorText = useErrorText();
  const already = error instanceof ApiError && error.code === 'CONFLICT';
  return (
    <Alert color={already ? 'orange' : 'red'} icon={<IconAlertTriangle />} role="alert" variant="light">
      <Text size="xl" fw={600}>
        {errorText(error)}
      </Text>
    </Alert>
  );
}
