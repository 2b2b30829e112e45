import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BackupRecord } from '../../../shared/backups';
import { useApi } from '../api/ApiProvider';
import { useErrorText } from '../components/ErrorAlert';
import { formatTakenAt } from './format';

/**
 * Restores a backup and offers "Hoàn tác" in the notification. The call goes through the client,
 * not a mutation hook, so the undo still works after the page that started it has gone.
 */
export function useRestore(): (record: BackupRecord) => Promise<void> {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const errorText = useErrorText();

  const run = async (name: string, id: string): Promise<string | null> => {
    notifications.update({
      id,
      loading: true,
      autoClose: false,
      withCloseButton: false,
      message: t('backups.restoring'),
    });
    try {
      const result = await api.call('backups.restore', { name });
      void queryClient.invalidateQueries();
      return result.undoName;
    } catch (error) {
      notifications.update({
        id,
        loading: false,
        color: 'red',
        autoClose: 10_000,
        withCloseButton: true,
        message: errorText(error),
      });
      return null;
    }
  };

  const undo = async (undoName: string, id: string) => {
    if ((await run(undoName, id)) === null) return;
    notifications.update({
      id,
      loading: false,
      color: 'green',
      autoClose: 6_000,
      withCloseButton: true,
      message: t('backups.undone'),
    });
  };

  return async (record) => {
    const id = notifications.show({ loading: true, autoClose: false, message: t('backups.restoring') });
    const undoName = await run(record.name, id);
    if (undoName === null) return;
    notifications.update({
      id,
      loading: false,
      color: 'green',
      autoClose: 30_000,
      withCloseButton: true,
      message: (
        <Stack gap={6} align="flex-start">
          <Text size="sm">{t('backups.restored', { date: formatTakenAt(record.createdAt) })}</Text>
          <Button size="xs" variant="light" onClick={() => void undo(undoName, id)}>
            {t('backups.undo')}
          </Button>
        </Stack>
      ),
    });
  };
}
