import { Button, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconFileExport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { WrittenFile } from '../../../shared/files';
import { useApiMutation } from '../api/hooks';
import { useErrorText } from '../components/ErrorAlert';
import { fileSize } from './fileSize';

/** Writes the conference as one .hoinghi file, then hands it on like any other export. */
export function ArchiveExportButton({
  conferenceId,
  onExported,
}: {
  conferenceId: number;
  onExported: (file: WrittenFile) => void;
}) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const exportArchive = useApiMutation('archive.export');

  const onExport = async () => {
    try {
      const file = await exportArchive.mutateAsync({ conferenceId });
      onExported(file);
      notifications.show({
        color: 'green',
        icon: <IconCheck size={16} />,
        message: t('archive.exported', {
          fileName: file.fileName,
          size: fileSize(file.size, i18n.language),
          path: file.path,
        }),
      });
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(error), autoClose: false });
    }
  };

  return (
    <Tooltip label={t('archive.exportHint')} multiline w={320}>
      <Button
        variant="light"
        leftSection={<IconFileExport size={16} />}
        loading={exportArchive.isPending}
        onClick={() => void onExport()}
      >
        {t('archive.export')}
      </Button>
    </Tooltip>
  );
}
