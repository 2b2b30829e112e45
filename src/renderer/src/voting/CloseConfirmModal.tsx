import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { closeOutcome } from '../../../shared/poll-close';
import type { PollDetail } from '../../../shared/voting';

interface Props {
  poll: PollDetail;
  /** The rule as the page writes it: "Từ 70% số thành viên dự họp (≥ 70/100 …)". */
  ruleText: string;
  opened: boolean;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Closing fixes the result and changes nominees' statuses, so the person reads what will happen
 * first: computed from the result on screen with the same verdict-to-status rule the core applies.
 */
export function CloseConfirmModal({ poll, ruleText, opened, busy, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const outcome = closeOutcome(poll);
  if (!outcome) return null;
  const total = outcome.passed + outcome.failed + outcome.ties.length;
  const lines = [
    t('voting.poll.closeConfirm.result', {
      rule: ruleText,
      passed: outcome.passed,
      failed: outcome.failed,
      total,
    }),
  ];
  if (outcome.toApproved > 0) lines.push(t('voting.poll.closeConfirm.toApproved', { n: outcome.toApproved }));
  if (outcome.toRejected > 0) lines.push(t('voting.poll.closeConfirm.toRejected', { n: outcome.toRejected }));
  if (outcome.toApproved + outcome.toRejected === 0) lines.push(t('voting.poll.closeConfirm.noChange'));
  else if (outcome.unchanged > 0)
    lines.push(t('voting.poll.closeConfirm.unchanged', { n: outcome.unchanged }));
  if (outcome.ties.length > 0) {
    lines.push(
      t('voting.poll.closeConfirm.ties', { n: outcome.ties.length, names: outcome.ties.join(', ') }),
    );
  }
  lines.push(
    t('voting.poll.closeConfirm.attendance', {
      present: poll.attendance.present,
      total: poll.attendance.totalMembers,
    }),
  );
  const blocked = outcome.blocked;
  return (
    <Modal
      opened={opened}
      onClose={onCancel}
      title={t('voting.poll.closeConfirm.title', { title: poll.title })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('voting.poll.closeConfirm.close') }}
    >
      <Stack gap="sm">
        <List spacing={4} size="sm">
          {lines.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
        {blocked ? (
          <Alert color="red" py="xs">
            {t(
              blocked === 'quorum'
                ? 'voting.poll.closeConfirm.blockedQuorum'
                : 'voting.poll.closeConfirm.blockedCounts',
            )}
          </Alert>
        ) : (
          <Text size="sm" fw={600}>
            {t('voting.poll.closeConfirm.locked')}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={busy} data-autofocus>
            {t('voting.poll.closeConfirm.cancel')}
          </Button>
          <Button color="green" loading={busy} disabled={blocked !== null} onClick={onConfirm}>
            {t('voting.poll.closeConfirm.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
