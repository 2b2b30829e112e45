import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconExternalLink, IconFolderOpen } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WrittenFile } from '../../../shared/files';
import { useApi } from '../api/ApiProvider';
import { formatSize } from '../backups/format';
import { startDownload } from './download';
import { useErrorText } from './ErrorAlert';

/**
 * The last file a page wrote. In the browser it is downloaded once, by its handle; on the
 * desktop it stays where the core saved it and the panel opens it there.
 */
export function useSavedFile() {
  const api = useApi();
  const [file, setFile] = useState<WrittenFile | null>(null);
  const deliver = useCallback(
    (written: WrittenFile) => {
      if (api.fileUrl) startDownload(api.fileUrl(written.handle), written.fileName);
      setFile(written);
    },
    [api],
  );
  const dismiss = useCallback(() => setFile(null), []);
  return { file, deliver, dismiss };
}

export type SavedFileState = ReturnType<typeof useSavedFile>;

/** Where the file was saved, with "Mở tệp" and "Mở thư mục" on the desktop. */
export function SavedFilePanel({ saved, title }: { saved: SavedFileState; title?: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const errorText = useErrorText();
  const [busy, setBusy] = useState<'files.open' | 'files.reveal' | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  const { file } = saved;
  // The panel often sits below the button that wrote the file: bring each new file into view.
  useEffect(() => {
    if (file) panel.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [file]);
  if (!file) return null;

  const ask = async (method: 'files.open' | 'files.reveal') => {
    setBusy(method);
    try {
      const { opened, path } = await api.call(method, { handle: file.handle });
      if (!opened) notifications.show({ color: 'yellow', message: t('files.notOpened', { path }) });
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(error), autoClose: 10_000 });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Alert
      ref={panel}
      // Clear of the fixed header and status bar when scrolled into view.
      style={{ scrollMarginTop: 72, scrollMarginBottom: 52 }}
      color="green"
      role="status"
      title={title ?? t('files.title')}
      withCloseButton
      closeButtonLabel={t('files.close')}
      onClose={saved.dismiss}
    >
      <Stack gap={6}>
        <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
          {file.fileName}
        </Text>
        <Text size="sm" c="dimmed">
          {t('files.size', { size: formatSize(file.size, i18n.language) })}
        </Text>
        <Text size="sm" component="div">
          {t('files.savedIn')}:{' '}
          <Code style={{ whiteSpace: 'normal', overflowWrap: 'anywhere' }}>{file.path}</Code>
        </Text>
        {api.fileUrl ? (
          <Text size="sm">
            {t('files.downloaded')} {t('files.onceOnly')}
          </Text>
        ) : (
          <Group gap="xs">
            <Button
              size="xs"
              leftSection={<IconExternalLink size={14} />}
              loading={busy === 'files.open'}
              onClick={() => void ask('files.open')}
            >
              {t('files.open')}
            </Button>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconFolderOpen size={14} />}
              loading={busy === 'files.reveal'}
              onClick={() => void ask('files.reveal')}
            >
              {t('files.reveal')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
