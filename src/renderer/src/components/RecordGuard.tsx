import { Alert, Button, List, Text } from '@mantine/core';
import { IconRefreshAlert } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/errors';
import { useDatabaseEpoch } from '../api/ApiProvider';
import { useErrorText } from './ErrorAlert';

/** The core refused a write based on an old copy of the record (its revision moved on). */
export const isStaleRecord = (error: unknown): error is ApiError =>
  error instanceof ApiError && error.code === 'CONFLICT' && error.details?.stale !== undefined;

export interface RecordGuard {
  /** A restore replaced the database after this form opened: nothing may be sent until reloaded. */
  restored: boolean;
  /** The last save was refused because the record had changed; the latest copy was reloaded. */
  conflict: ApiError | null;
  /** Saving is refused here until the person has seen the latest copy. */
  blocked: boolean;
  /** To call with a failed save: true when it was a stale record (and the latest is being reloaded). */
  handle(error: unknown): boolean;
  /** The person reloaded after a restore: saves go out again, on the record as it is now. */
  acknowledge(): void;
}

/**
 * Guards a form over one record (or a selection) against writing over newer data: a save based
 * on an old revision comes back as CONFLICT, and a restore in any window marks the form stale.
 * In both cases the form keeps what the person typed, and the record is reloaded with `reload`,
 * so the next save names the latest revision and is a deliberate choice.
 */
export function useRecordGuard(reload: () => unknown): RecordGuard {
  const epoch = useDatabaseEpoch();
  const [seenEpoch, setSeenEpoch] = useState(epoch);
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const restored = epoch !== seenEpoch;
  const handle = useCallback(
    (error: unknown) => {
      if (!isStaleRecord(error)) return false;
      setConflict(error);
      void reload();
      return true;
    },
    [reload],
  );
  const acknowledge = useCallback(() => {
    setSeenEpoch(epoch);
    setConflict(null);
    void reload();
  }, [epoch, reload]);
  return { restored, conflict, blocked: restored, handle, acknowledge };
}

export interface LatestValue {
  label: string;
  value: string;
}

/**
 * What the guard has to say, above the form's buttons: the record changed elsewhere (with the
 * fields whose latest value differs from what the form shows), or the database was restored.
 * A confirmation dialog (nothing typed to keep) says what to do next with `kept` and `restored`.
 */
export function RecordGuardAlert({
  guard,
  latest = [],
  kept,
  restored,
}: {
  guard: RecordGuard;
  latest?: LatestValue[];
  /** What is still on screen and what the buttons do now, where a form's wording does not fit. */
  kept?: string;
  /** The restore notice, where a form's wording does not fit (a confirmation dialog). */
  restored?: string;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  // A notice that appears below a long form must not go unseen.
  const shown = useRef<HTMLDivElement>(null);
  const showing = guard.restored ? 'restored' : guard.conflict ? 'conflict' : null;
  useEffect(() => {
    if (showing) shown.current?.scrollIntoView?.({ block: 'nearest' });
  }, [showing]);
  if (guard.restored) {
    return (
      <Alert
        ref={shown}
        color="orange"
        icon={<IconRefreshAlert />}
        title={t('recordGuard.restoredTitle')}
        role="alert"
      >
        <Text size="sm">{restored ?? t('recordGuard.restoredBody')}</Text>
        <Button mt="xs" size="xs" variant="light" color="orange" onClick={guard.acknowledge}>
          {t('recordGuard.reload')}
        </Button>
      </Alert>
    );
  }
  if (!guard.conflict) return null;
  return (
    <Alert
      ref={shown}
      color="orange"
      icon={<IconRefreshAlert />}
      title={t('recordGuard.conflictTitle')}
      role="alert"
    >
      <Text size="sm">{errorText(guard.conflict)}</Text>
      {latest.length > 0 && (
        <>
          <Text size="sm" mt="xs">
            {t('recordGuard.latest')}
          </Text>
          <List size="sm">
            {latest.map((entry) => (
              <List.Item key={entry.label}>
                {entry.label}: «{entry.value}»
              </List.Item>
            ))}
          </List>
        </>
      )}
      <Text size="sm" mt="xs">
        {kept ?? t('recordGuard.kept')}
      </Text>
    </Alert>
  );
}

/**
 * The fields whose value in the latest copy differs from what the form shows, for the conflict
 * notice: the person sees what the other window changed before deciding to save over it.
 */
export function latestDifferences<V extends object>(
  typed: V,
  latest: V | null,
  labels: Partial<Record<keyof V & string, string>>,
): LatestValue[] {
  if (!latest) return [];
  const out: LatestValue[] = [];
  for (const [key, label] of Object.entries(labels) as [keyof V & string, string][]) {
    const now: unknown = latest[key];
    if (JSON.stringify(now) !== JSON.stringify(typed[key])) {
      out.push({ label, value: now === null || now === undefined || now === '' ? '—' : String(now) });
    }
  }
  return out;
}
