import { Group, Progress, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppEvent } from '../../../shared/api/events';
import { useApi } from '../api/ApiProvider';
import { useApiQuery } from '../api/hooks';
import { OperatorStatus } from '../audit/OperatorStatus';

type JobEvent = Extract<AppEvent, { type: 'job.progress' }>;

/** The bottom line: background jobs with their progress, otherwise "ready" and the data file. */
export function StatusLine() {
  const { t } = useTranslation();
  const api = useApi();
  const info = useApiQuery('app.info', {});
  const [jobs, setJobs] = useState<Record<string, JobEvent>>({});

  useEffect(
    () =>
      api.subscribe((event) => {
        if (event.type !== 'job.progress') return;
        setJobs((current) => {
          const others = Object.fromEntries(Object.entries(current).filter(([id]) => id !== event.jobId));
          return event.finished ? others : { ...others, [event.jobId]: event };
        });
      }),
    [api],
  );

  const running = Object.values(jobs);
  return (
    <Group h="100%" px="md" gap="lg" role="status" aria-label={t('status.label')} wrap="nowrap">
      {running.length === 0 ? (
        <Text size="sm">{t('status.ready')}</Text>
      ) : (
        running.map((job) => (
          <Group key={job.jobId} gap="xs" wrap="nowrap">
            <Text size="sm">
              {t('status.job', { label: t(job.label), done: job.done, total: job.total })}
            </Text>
            <Progress w={160} value={job.total > 0 ? (100 * job.done) / job.total : 0} aria-hidden />
          </Group>
        ))
      )}
      <OperatorStatus />
      {info.data && (
        <Text size="xs" c="dimmed" ml="auto" truncate="start">
          {t('status.dataFile', { path: info.data.databasePath })}
        </Text>
      )}
    </Group>
  );
}
