import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PollDetail } from '../../../shared/voting';
import { useApiMutation } from '../api/hooks';
import { ErrorAlert } from '../components/ErrorAlert';
import { RecordGuardAlert, useRecordGuard } from '../components/RecordGuard';

/**
 * Asks why a closed poll is reopened. The reopening names the poll as it was when the dialog
 * opened: if another window reopened or recounted it meanwhile, it is refused, the poll reloads
 * and the reason typed stays for a deliberate second try.
 */
export function ReopenModal({
  poll,
  reload,
  onClose,
}: {
  poll: PollDetail;
  reload: () => Promise<PollDetail | undefined>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const reopen = useApiMutation('polls.reopen');
  const [reason, setReason] = useState('');
  const [revision, setRevision] = useState(poll.revision);
  const [error, setError] = useState<unknown>(null);
  const guard = useRecordGuard(
    useCallback(async () => {
      const fresh = await reload();
      if (fresh) setRevision(fresh.revision);
    }, [reload]),
  );
  const confirm = async () => {
    if (guard.blocked) return;
    setError(null);
    try {
      await reopen.mutateAsync({ id: poll.id, revision, reason });
      onClose();
    } catch (caught) {
      if (guard.handle(caught)) return;
      setError(caught);
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('voting.poll.reopen')}>
      <Stack>
        <TextInput
          label={t('voting.poll.reopenReason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          withAsterisk
          data-autofocus
        />
        <RecordGuardAlert guard={guard} />
        {error !== null && <ErrorAlert error={error} />}
        <Group justify="flex-end">
          <Button
            color="orange"
            disabled={reason.trim() === '' || guard.blocked}
            loading={reopen.isPending}
            onClick={() => void confirm()}
          >
            {t('voting.poll.reopenConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
