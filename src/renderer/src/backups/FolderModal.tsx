import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupList } from '../../../shared/backups';
import { useApiMutation } from '../api/hooks';
import { ErrorAlert } from '../components/ErrorAlert';

/** Picks the backups folder: typed (any shell) or from the system picker (desktop). */
export function FolderModal({ list, onClose }: { list: BackupList; onClose: () => void }) {
  const { t } = useTranslation();
  const [path, setPath] = useState(list.isDefault ? '' : list.folder);
  const setFolder = useApiMutation('backups.setFolder');
  const choose = useApiMutation('backups.chooseFolder');

  const save = async (folder: string) => {
    try {
      await setFolder.mutateAsync({ folder });
      notifications.show({ color: 'green', message: t('backups.folderModal.saved') });
      onClose();
    } catch {
      // Shown by the alert below; the folder stays as it was.
    }
  };

  const browse = async () => {
    try {
      const { folder } = await choose.mutateAsync({});
      if (folder) setPath(folder);
    } catch {
      // Shown by the alert below.
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('backups.folderModal.title')} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save(path.trim());
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('backups.folderModal.hint')}</Text>
          <Group align="flex-end" wrap="nowrap">
            <TextInput
              data-autofocus
              style={{ flex: 1 }}
              label={t('backups.folderModal.path')}
              placeholder={t('backups.folderModal.placeholder')}
              value={path}
              onChange={(event) => setPath(event.currentTarget.value)}
            />
            {list.canChooseFolder && (
              <Button variant="default" onClick={() => void browse()} loading={choose.isPending}>
                {t('backups.folderModal.browse')}
              </Button>
            )}
          </Group>
          {setFolder.error && <ErrorAlert error={setFolder.error} />}
          {choose.error && <ErrorAlert error={choose.error} />}
          <Group justify="space-between">
            <Button variant="subtle" onClick={() => void save('')} disabled={list.isDefault}>
              {t('backups.folderModal.useDefault')}
            </Button>
            <Group>
              <Button variant="default" onClick={onClose}>
                {t('backups.folderModal.cancel')}
              </Button>
              <Button type="submit" loading={setFolder.isPending} disabled={path.trim() === ''}>
                {t('backups.folderModal.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
