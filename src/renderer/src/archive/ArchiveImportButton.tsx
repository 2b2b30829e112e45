import { Alert, Button, FileButton, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck, IconFileImport, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  ARCHIVE_EXTENSION,
  MAX_ARCHIVE_BYTES,
  type ArchiveImportResult,
  type ArchiveSummary,
} from '../../../shared/archive';
import { useApi } from '../api/ApiProvider';
import { useApiMutation } from '../api/hooks';
import { useErrorText } from '../components/ErrorAlert';
import { readAsBase64 } from '../imports/readFile';
import { ArchiveSummaryView } from './ArchiveSummaryView';
import { fileSize } from './fileSize';

type Step =
  | { kind: 'closed' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'failed'; fileName: string; message: string }
  | { kind: 'ready'; fileName: string; contentBase64: string; summary: ArchiveSummary }
  | { kind: 'done'; result: ArchiveImportResult };

/**
 * Pick a .hoinghi file, see what it holds (the core checks it first), then add it as a new
 * conference. Nothing is written before "Nhập".
 */
export function ArchiveImportButton() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const importArchive = useApiMutation('archive.import');
  const openConference = useApiMutation('conferences.open');
  const [step, setStep] = useState<Step>({ kind: 'closed' });

  const onFile = async (file: File | null) => {
    if (!file) return;
    const fileName = file.name;
    if (!fileName.toLowerCase().endsWith(`.${ARCHIVE_EXTENSION}`)) {
      setStep({ kind: 'failed', fileName, message: t('archive.wrongExtension', { fileName }) });
      return;
    }
    if (file.size > MAX_ARCHIVE_BYTES) {
      const message = t('archive.tooLarge', {
        size: fileSize(file.size, i18n.language),
        max: fileSize(MAX_ARCHIVE_BYTES, i18n.language),
      });
      setStep({ kind: 'failed', fileName, message });
      return;
    }
    setStep({ kind: 'reading', fileName });
    try {
      const contentBase64 = await readAsBase64(file);
      const summary = await api.call('archive.inspect', { fileName, contentBase64 });
      setStep({ kind: 'ready', fileName, contentBase64, summary });
    } catch (error) {
      setStep({ kind: 'failed', fileName, message: errorText(error) });
    }
  };

  const onImport = async (fileName: string, contentBase64: string) => {
    try {
      const result = await importArchive.mutateAsync({ fileName, contentBase64 });
      setStep({ kind: 'done', result });
      notifications.show({
        color: 'green',
        icon: <IconCheck size={16} />,
        message: t('archive.imported', { title: result.title, nominees: result.counts.nominees }),
      });
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(error), autoClose: false });
    }
  };

  const onOpen = async (conferenceId: number) => {
    try {
      await openConference.mutateAsync({ id: conferenceId });
      setStep({ kind: 'closed' });
      void navigate('/conference');
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(error) });
    }
  };

  const close = () => {
    if (!importArchive.isPending) setStep({ kind: 'closed' });
  };

  return (
    <>
      <FileButton onChange={(file) => void onFile(file)} accept={`.${ARCHIVE_EXTENSION}`}>
        {(props) => (
          <Button {...props} variant="light" leftSection={<IconFileImport size={16} />}>
            {t('archive.import')}
          </Button>
        )}
      </FileButton>
      <Modal opened={step.kind !== 'closed'} onClose={close} title={t('archive.dialogTitle')} size="lg">
        {step.kind === 'reading' && (
          <Group gap="xs">
            <Loader size="sm" />
            <Text>{t('archive.reading')}</Text>
          </Group>
        )}
        {step.kind === 'failed' && (
          <Stack>
            <Text size="sm" c="dimmed">
              {step.fileName}
            </Text>
            <Alert color="red" icon={<IconAlertTriangle size={16} />} role="alert">
              {step.message}
            </Alert>
            <Group justify="flex-end">
              <Button onClick={close}>{t('archive.close')}</Button>
            </Group>
          </Stack>
        )}
        {step.kind === 'ready' && (
          <Stack>
            <ArchiveSummaryView summary={step.summary} fileName={step.fileName} />
            <Alert icon={<IconInfoCircle size={16} />} color="blue" variant="light">
              {t('archive.willAdd')}
            </Alert>
            <Group justify="flex-end">
              <Button variant="default" onClick={close} disabled={importArchive.isPending}>
                {t('archive.cancel')}
              </Button>
              <Button
                data-autofocus
                leftSection={<IconFileImport size={16} />}
                loading={importArchive.isPending}
                onClick={() => void onImport(step.fileName, step.contentBase64)}
              >
                {t('archive.confirm')}
              </Button>
            </Group>
          </Stack>
        )}
        {step.kind === 'done' && (
          <Stack>
            <Alert color="green" icon={<IconCheck size={16} />}>
              {t('archive.imported', { title: step.result.title, nominees: step.result.counts.nominees })}
            </Alert>
            {step.result.registersCreated.length > 0 && (
              <Text size="sm">
                {t('archive.registersCreated', { names: step.result.registersCreated.join('”, “') })}
              </Text>
            )}
            {step.result.registersUsed.length > 0 && (
              <Text size="sm">
                {t('archive.registersUsed', { names: step.result.registersUsed.join('”, “') })}
              </Text>
            )}
            <Text size="sm" c="dimmed">
              {t('archive.created', {
                units: step.result.unitsCreated,
                forms: step.result.awardFormsCreated,
                templates: step.result.templatesCreated,
              })}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('archive.close')}
              </Button>
              <Button
                data-autofocus
                loading={openConference.isPending}
                onClick={() => void onOpen(step.result.conferenceId)}
              >
                {t('archive.open')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
