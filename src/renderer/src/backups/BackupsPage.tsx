import { Alert, Badge, Button, Card, Code, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupRecord } from '../../../shared/backups';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { ErrorAlert, useErrorText } from '../components/ErrorAlert';
import { FolderModal } from './FolderModal';
import { formatSize, formatTakenAt } from './format';
import { RestoreModal, type RestoreStep } from './RestoreModal';
import { ServerBackups } from './ServerBackups';
import { useRestore } from './useRestore';

/** #/backups: backups of the data, and restoring one. */
export function BackupsPage() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const list = useApiQuery('backups.list', {});
  const create = useApiMutation('backups.create');
  const restore = useRestore();
  const [folderOpen, setFolderOpen] = useState(false);
  const [chosen, setChosen] = useState<{ record: BackupRecord; step: RestoreStep } | null>(null);

  const backUpNow = async () => {
    try {
      const record = await create.mutateAsync({});
      notifications.show({ color: 'green', message: t('backups.created', { name: record.name }) });
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(error), autoClose: 10_000 });
    }
  };

  return (
    <Stack gap="md" maw={960}>
      <Title order={2}>{t('backups.title')}</Title>
      {list.data?.server ? null : (
        <Text size="sm" c="dimmed">
          {t('backups.intro')}
        </Text>
      )}
      {list.error && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.isLoading && <Loader aria-label={t('common.loading')} />}
      {list.data?.server && <ServerBackups server={list.data.server} />}
      {list.data && !list.data.server && (
        <>
          <Card withBorder>
            <Group justify="space-between" wrap="nowrap">
              <Stack gap={4} style={{ minWidth: 0 }}>
                <Text size="sm" fw={600}>
                  {t('backups.folder')}
                </Text>
                <Group gap="xs" wrap="nowrap">
                  <Code style={{ overflowWrap: 'anywhere' }}>{list.data.folder}</Code>
                  {list.data.isDefault && <Badge variant="light">{t('backups.defaultFolder')}</Badge>}
                </Group>
              </Stack>
              <Group wrap="nowrap">
                <Button variant="default" onClick={() => setFolderOpen(true)}>
                  {t('backups.changeFolder')}
                </Button>
                <Button onClick={() => void backUpNow()} loading={create.isPending}>
                  {t('backups.backupNow')}
                </Button>
              </Group>
            </Group>
            {create.isPending && (
              <Text size="sm" mt="xs" role="status">
                {t('backups.backingUp')}
              </Text>
            )}
          </Card>
          {list.data.fallback && (
            <Alert color="orange" role="alert" title={t('backups.fallbackTitle')}>
              {t('backups.fallback', {
                folder: list.data.fallback.folder,
                writtenTo: list.data.fallback.writtenTo,
                date: formatTakenAt(list.data.fallback.at),
              })}
            </Alert>
          )}
          {list.data.backups.length === 0 ? (
            <Text>{t('backups.empty')}</Text>
          ) : (
            <Table striped highlightOnHover withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('backups.columns.createdAt')}</Table.Th>
                  <Table.Th>{t('backups.columns.reason')}</Table.Th>
                  <Table.Th ta="right">{t('backups.columns.size')}</Table.Th>
                  <Table.Th>{t('backups.columns.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.backups.map((record) => (
                  <Table.Tr key={record.name} title={record.name}>
                    <Table.Td>{formatTakenAt(record.createdAt)}</Table.Td>
                    <Table.Td>{t(`backups.reasons.${record.reason}`)}</Table.Td>
                    <Table.Td ta="right">{formatSize(record.size, i18n.language)}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => setChosen({ record, step: 'view' })}
                        >
                          {t('backups.view')}
                        </Button>
                        <Button
                          size="xs"
                          variant="light"
                          color="red"
                          onClick={() => setChosen({ record, step: 'confirm' })}
                        >
                          {t('backups.restore')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {folderOpen && <FolderModal list={list.data} onClose={() => setFolderOpen(false)} />}
        </>
      )}
      {chosen && (
        <RestoreModal
          key={`${chosen.record.name}-${chosen.step}`}
          record={chosen.record}
          step={chosen.step}
          onClose={() => setChosen(null)}
          onRestore={(record) => void restore(record)}
        />
      )}
    </Stack>
  );
}
