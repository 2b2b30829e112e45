import { Alert, Button, Group, List, Modal, ScrollArea, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { batchCheckRecord } from '../../../shared/certificates';

export type BatchCheck = z.infer<typeof batchCheckRecord>;

const SHOWN = 30;

function Problems({ check }: { check: BatchCheck }) {
  const { t } = useTranslation();
  const rest = check.problems.length - SHOWN;
  return (
    <>
      {/* A whole batch can share one problem; the list scrolls rather than push the table away. */}
      <ScrollArea.Autosize mah={220} type="auto">
        <List size="sm" spacing={2}>
          {check.problems.slice(0, SHOWN).map((p, index) => (
            // The core's message already names the honoree.
            <List.Item key={`${p.awardId}-${p.problem}-${index}`}>{p.message}</List.Item>
          ))}
        </List>
      </ScrollArea.Autosize>
      {rest > 0 && (
        <Text size="sm" mt={4}>
          {t('certificates.batch.moreProblems', { count: rest })}
        </Text>
      )}
    </>
  );
}

/** The pre-flight result: how many certificates, and every problem the core found. */
export function CheckResult({ check }: { check: BatchCheck }) {
  const { t } = useTranslation();
  if (check.problems.length === 0) {
    return (
      <Alert color="green" icon={<IconCheck />} role="status" title={t('certificates.batch.checkOkTitle')}>
        {t('certificates.batch.checkOk', { count: check.count })}
      </Alert>
    );
  }
  return (
    <Alert
      color="orange"
      icon={<IconAlertTriangle />}
      role="alert"
      title={t('certificates.batch.problemsTitle', { count: check.problems.length, total: check.count })}
    >
      <Problems check={check} />
    </Alert>
  );
}

/** Printing with problems is allowed, but only once the user has seen them. */
export function ProblemsModal({
  check,
  onClose,
  onConfirm,
}: {
  check: BatchCheck | null;
  onClose: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={check !== null} onClose={onClose} size="lg" title={t('certificates.batch.confirmTitle')}>
      {check && (
        <>
          <Text size="sm" mb="sm">
            {t('certificates.batch.confirmText', { count: check.problems.length, total: check.count })}
          </Text>
          <Problems check={check} />
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={onClose}>
              {t('certificates.cancel')}
            </Button>
            <Button color="orange" onClick={onConfirm}>
              {t('certificates.batch.printAnyway')}
            </Button>
          </Group>
        </>
      )}
    </Modal>
  );
}
