import {
  ActionIcon,
  Button,
  Card,
  Code,
  CopyButton,
  Group,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconCopy, IconFolderOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../api/hooks';
import { useErrorText } from '../components/ErrorAlert';

/** "Mở thư mục nhật ký": the desktop app opens it; the browser can only show where it is. */
export function LogFilesCard() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const openFolder = useApiMutation('logs.openFolder');
  const [path, setPath] = useState<string | null>(null);

  const open = async () => {
    try {
      const result = await openFolder.mutateAsync({});
      setPath(result.path);
      notifications.show({
        color: result.opened ? 'green' : 'blue',
        message: result.opened ? t('audit.logsOpened') : t('audit.logsNotOpened'),
      });
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(error) });
    }
  };

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('audit.logs')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('audit.logsDescription')}
        </Text>
        <Group>
          <Button
            variant="light"
            leftSection={<IconFolderOpen size={18} />}
            onClick={() => void open()}
            loading={openFolder.isPending}
          >
            {t('audit.openLogs')}
          </Button>
        </Group>
        {path !== null && (
          <Group gap="xs" wrap="nowrap">
            <Text size="sm">{t('audit.logsPath')}:</Text>
            <Code>{path}</Code>
            <CopyButton value={path}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? t('audit.copied') : t('audit.copyPath')}>
                  <ActionIcon variant="subtle" aria-label={t('audit.copyPath')} onClick={copy}>
                    {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
