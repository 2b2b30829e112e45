import { Button, FileButton, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** Choose or drop one Excel file. */
export function FilePicker({ busy, onFile }: { busy: boolean; onFile: (file: File) => void }) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <Paper
      withBorder
      p="xl"
      bg={over ? 'red.0' : undefined}
      style={{ borderStyle: 'dashed' }}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <Stack align="center" gap="xs">
        <IconFileSpreadsheet size={40} stroke={1.5} />
        {busy ? (
          <Group gap="xs">
            <Loader size="sm" />
            <Text>{t('imports.reading')}</Text>
          </Group>
        ) : (
          <>
            <FileButton
              onChange={(file) => file && onFile(file)}
              accept=".xlsx,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            >
              {(props) => <Button {...props}>{t('imports.chooseFile')}</Button>}
            </FileButton>
            <Text size="sm" c="dimmed">
              {t('imports.dropHint')}
            </Text>
          </>
        )}
      </Stack>
    </Paper>
  );
}
