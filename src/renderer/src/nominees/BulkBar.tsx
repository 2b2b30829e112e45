import { Button, Group, Modal, Paper, Select, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOMINEE_STATUSES, type NomineeRef, type NomineeStatus } from '../../../shared/nominees';
import { isStaleRecord } from '../components/RecordGuard';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { useErrorText } from '../components/ErrorAlert';

/** Actions on the selected nominees: award form, status, delete (confirmed, then undoable). */
export function BulkBar({
  items,
  onApplied,
  onClear,
}: {
  items: NomineeRef[];
  /** The selection after a change, with the revisions the change gave it. */
  onApplied: (items: NomineeRef[]) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const awards = useApiQuery('awards.list', { includeInactive: false });
  const bulk = useApiMutation('nominees.bulkUpdate');
  const remove = useApiMutation('nominees.delete');
  const restore = useApiMutation('nominees.restore');
  const [confirming, setConfirming] = useState(false);
  const fail = (error: unknown) => {
    // Some of the selection changed elsewhere: the list reloads, and the old selection goes.
    if (isStaleRecord(error)) {
      onClear();
      notifications.show({ color: 'orange', message: t('nominees.selectionStale') });
      return;
    }
    notifications.show({ color: 'red', message: errorText(error) });
  };

  const apply = async (set: { awardFormId?: number | null; status?: NomineeStatus }) => {
    try {
      const { updated, items: changed } = await bulk.mutateAsync({ items, set });
      onApplied(changed);
      notifications.show({ color: 'green', message: t('nominees.updated', { count: updated }) });
    } catch (error) {
      fail(error);
    }
  };

  const onDelete = async () => {
    setConfirming(false);
    const deletedIds = items.map((item) => item.id);
    try {
      const { deleted } = await remove.mutateAsync({ items });
      onClear();
      const id = `deleted-${Date.now()}`;
      notifications.show({
        id,
        autoClose: 10_000,
        message: (
          <Group gap="sm" wrap="nowrap">
            <Text size="sm">{t('nominees.deleted', { count: deleted })}</Text>
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => {
                notifications.hide(id);
                restore.mutateAsync({ ids: deletedIds }).catch(fail);
              }}
            >
              {t('nominees.undo')}
            </Button>
          </Group>
        ),
      });
    } catch (error) {
      fail(error);
    }
  };

  return (
    <Paper withBorder p="xs" bg="gray.0">
      <Group gap="sm">
        <Text fw={500} size="sm" aria-live="polite">
          {t('nominees.selected', { count: items.length })}
        </Text>
        <Select
          aria-label={t('nominees.setAwardForm')}
          placeholder={t('nominees.setAwardForm')}
          data={(awards.data ?? []).map((a) => ({ value: String(a.id), label: a.name }))}
          value={null}
          onChange={(v) => v && void apply({ awardFormId: Number(v) })}
          w={240}
          size="xs"
        />
        <Select
          aria-label={t('nominees.setStatus')}
          placeholder={t('nominees.setStatus')}
          data={NOMINEE_STATUSES.map((s) => ({ value: s, label: t(`nominees.statuses.${s}`) }))}
          value={null}
          onChange={(v) => v && void apply({ status: v as NomineeStatus })}
          w={200}
          size="xs"
        />
        <Button size="xs" color="red" variant="light" onClick={() => setConfirming(true)}>
          {t('nominees.delete')}
        </Button>
        <Button size="xs" variant="subtle" onClick={onClear}>
          {t('nominees.clearSelection')}
        </Button>
      </Group>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('nominees.deleteConfirmTitle', { count: items.length })}
      >
        <Text size="sm">{t('nominees.deleteConfirmBody')}</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setConfirming(false)}>
            {t('nominees.cancel')}
          </Button>
          <Button color="red" onClick={() => void onDelete()} data-autofocus>
            {t('nominees.confirm')}
          </Button>
        </Group>
      </Modal>
    </Paper>
  );
}
