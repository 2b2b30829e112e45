import { Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconFileExport, IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportedFile, ExportFormat, ListOptions } from '../../../shared/exports';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { EmptyPanel } from '../components/EmptyPanel';
import { ErrorAlert, useErrorText } from '../components/ErrorAlert';
import { SavedFilePanel, useSavedFile } from '../components/SavedFile';
import { useOpenConference } from '../conferences/useOpenConference';
import { ListExportForm } from './ListExportForm';

/** The honoree list and the poll results of the open conference, as files. */
export function ExportPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { id, conference, isLoading } = useOpenConference();
  const defaults = useApiQuery('exports.listDefaults', { conferenceId: id ?? 0 }, { enabled: id !== null });
  const exportList = useApiMutation('exports.honoreeList');
  const exportResults = useApiMutation('exports.pollResults');
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const saved = useSavedFile();
  // The form starts from the options loaded once; later refetches must not reset what is typed.
  const [initial, setInitial] = useState<{ id: number; options: ListOptions } | null>(null);
  if (id !== null && defaults.data && initial?.id !== id) setInitial({ id, options: defaults.data });

  if (isLoading) return <Loader aria-label={t('common.loading')} />;
  if (id === null || !conference) {
    return (
      <EmptyPanel
        icon={<IconFileExport size={32} />}
        title={t('exports.noConferenceTitle')}
        description={t('exports.noConferenceDescription')}
      />
    );
  }

  const delivered = (file: ExportedFile, message: string) => {
    saved.deliver(file);
    notifications.show({ color: 'green', icon: <IconCheck size={16} />, message });
  };

  const onExport = async (format: ExportFormat, options: ListOptions, fileName: string) => {
    setBusy(format);
    try {
      const file = await exportList.mutateAsync({ conferenceId: id, format, options, fileName });
      delivered(file, t('exports.saved', { fileName: file.fileName, rows: file.rows, path: file.path }));
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(error), autoClose: false });
    } finally {
      setBusy(null);
    }
  };

  const onResults = async (format: ExportFormat) => {
    try {
      const file = await exportResults.mutateAsync({ conferenceId: id, format });
      delivered(file, t('exports.resultsSaved', { fileName: file.fileName, path: file.path }));
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(error), autoClose: false });
    }
  };

  return (
    <Stack gap="md" maw={1100}>
      <div>
        <Title order={2}>{t('exports.title')}</Title>
        <Text c="dimmed" size="sm">
          {conference.title}
        </Text>
      </div>
      <Text size="sm">{t('exports.intro')}</Text>
      {defaults.error && <ErrorAlert error={defaults.error} onRetry={() => void defaults.refetch()} />}
      {!initial && !defaults.error && <Loader aria-label={t('common.loading')} />}
      {initial && (
        <ListExportForm
          key={initial.id}
          initialValues={initial.options}
          busy={busy}
          onExport={(format, options, fileName) => void onExport(format, options, fileName)}
        />
      )}
      <SavedFilePanel saved={saved} />
      <Card withBorder>
        <Title order={3} size="h4">
          {t('exports.results')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('exports.resultsIntro')}
        </Text>
        <Group>
          <Button
            variant="light"
            leftSection={<IconFileSpreadsheet size={16} />}
            loading={exportResults.isPending && exportResults.variables.format === 'xlsx'}
            onClick={() => void onResults('xlsx')}
          >
            {t('exports.resultsExcel')}
          </Button>
          <Button
            variant="light"
            leftSection={<IconFileTypePdf size={16} />}
            loading={exportResults.isPending && exportResults.variables.format === 'pdf'}
            onClick={() => void onResults('pdf')}
          >
            {t('exports.resultsPdf')}
          </Button>
        </Group>
      </Card>
    </Stack>
  );
}
