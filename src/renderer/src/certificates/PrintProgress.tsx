import { Button, Card, Group, Progress, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { JobState } from './usePrintJob';

/** The running batch: pages drawn so far, and a way to stop it (nothing is written then). */
export function PrintProgress({ job, onCancel }: { job: JobState; onCancel: () => void }) {
  const { t } = useTranslation();
  const percent = job.total > 0 ? Math.round((100 * job.done) / job.total) : 0;
  const text =
    job.total > 0
      ? t('certificates.batch.progress', { done: job.done, total: job.total })
      : t('certificates.batch.starting');
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Text size="sm" aria-live="polite">
          {text}
        </Text>
        <Button
          size="xs"
          variant="default"
          color="red"
          leftSection={<IconX size={14} />}
          loading={job.cancelling}
          onClick={onCancel}
        >
          {t('certificates.batch.cancel')}
        </Button>
      </Group>
      <Progress
        // Before the first count arrives a full striped bar says "working" rather than "0 %".
        value={job.total > 0 ? percent : 100}
        animated={job.total === 0}
        striped={job.total === 0}
        aria-label={t('certificates.batch.progressLabel')}
      />
    </Card>
  );
}
