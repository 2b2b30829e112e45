import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../shared/agenda';
import { useApiMutation } from '../api/hooks';
import { ErrorAlert } from '../components/ErrorAlert';
import { latestDifferences, RecordGuardAlert } from '../components/RecordGuard';
import { useRevisedRecord } from '../components/useRevisedRecord';

interface Props {
  /** The item to delete, as the row showed it when the dialog opened; null when closed. */
  deleting: AgendaItem | null;
  reloadItem: (id: number) => Promise<AgendaItem | null>;
  onClose: () => void;
}

/** Asks before deleting an item; an item changed elsewhere meanwhile is shown before it goes. */
export function DeleteItemModal({ deleting, reloadItem, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={deleting !== null}
      onClose={onClose}
      title={t('agenda.deleteDialog.title', { title: deleting?.title ?? '' })}
      closeButtonProps={{ 'aria-label': t('agenda.deleteDialog.close') }}
    >
      {deleting && <DeleteItem key={deleting.id} item={deleting} reloadItem={reloadItem} onDone={onClose} />}
    </Modal>
  );
}

const described = (item: AgendaItem) => ({
  title: item.title,
  presenter: item.presenter,
  durationMinutes: String(item.durationMinutes),
});

function DeleteItem({
  item,
  reloadItem,
  onDone,
}: {
  item: AgendaItem;
  reloadItem: (id: number) => Promise<AgendaItem | null>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const remove = useApiMutation('agenda.delete');
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(() => reloadItem(item.id), [item.id, reloadItem]);
  const { guard, revision, latest } = useRevisedRecord(item, reload);

  const confirm = async () => {
    if (guard.blocked) return;
    setError(null);
    try {
      await remove.mutateAsync({ id: item.id, revision });
      notifications.show({ color: 'green', message: t('agenda.deleted', { title: item.title }) });
      onDone();
    } catch (caught) {
      if (guard.handle(caught)) return;
      setError(caught);
    }
  };

  const changed = latestDifferences(described(item), latest ? described(latest) : null, {
    title: t('agenda.form.title'),
    presenter: t('agenda.form.presenter'),
    durationMinutes: t('agenda.form.duration'),
  });
  return (
    <Stack gap="md">
      <Text size="sm">{t('agenda.deleteDialog.body')}</Text>
      <RecordGuardAlert
        guard={guard}
        latest={changed}
        kept={t('agenda.deleteDialog.stale')}
        restored={t('agenda.deleteDialog.restored')}
      />
      {error !== null && <ErrorAlert error={error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone} data-autofocus>
          {t('agenda.deleteDialog.cancel')}
        </Button>
        <Button
          color="red"
          loading={remove.isPending}
          disabled={guard.blocked}
          onClick={() => void confirm()}
        >
          {t('agenda.deleteDialog.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}
