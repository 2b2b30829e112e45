import { Alert, Button, Group, Loader, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupRecord } from '../../../shared/backups';
import { useApiQuery } from '../api/hooks';
import { ErrorAlert } from '../components/ErrorAlert';
import { formatSize, formatTakenAt } from './format';

export type RestoreStep = 'view' | 'confirm';

interface Props {
  record: BackupRecord;
  step: RestoreStep;
  onClose: () => void;
  onRestore: (record: BackupRecord) => void;
}

/** What a backup holds, and the confirmation that names what a restore replaces. */
export function RestoreModal({ record, step: initialStep, onClose, onRestore }: Props) {
  const { t, i18n } = useTranslation();
  const [step, setStep] = useState(initialStep);
  const contents = useApiQuery('backups.inspect', { name: record.name });
  const current = useApiQuery('conferences.list', { search: '', includeArchived: true });
  const date = formatTakenAt(record.createdAt);

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={step === 'view' ? t('backups.contents.title') : t('backups.confirm.title')}
    >
      <Stack gap="sm">
        {contents.isLoading && <Loader aria-label={t('common.loading')} />}
        {contents.error && <ErrorAlert error={contents.error} />}
        {contents.data && step === 'view' && (
          <>
            <Text size="sm">
              {t('backups.contents.takenAt', { date, size: formatSize(record.size, i18n.language) })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('backups.contents.version', { version: contents.data.schemaVersion })}
            </Text>
            {contents.data.needsUpgrade && <Alert color="yellow">{t('backups.contents.needsUpgrade')}</Alert>}
            {contents.data.conferences.length === 0 ? (
              <Text size="sm">{t('backups.contents.noConferences')}</Text>
            ) : (
              <Table striped withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('backups.contents.conference')}</Table.Th>
                    <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {t('backups.contents.nominees')}
                    </Table.Th>
                    <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {t('backups.contents.polls')}
                    </Table.Th>
                    <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {t('backups.contents.decisions')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {contents.data.conferences.map((conference) => (
                    <Table.Tr key={conference.id}>
                      <Table.Td>{conference.title}</Table.Td>
                      <Table.Td ta="right">{conference.nominees.toLocaleString('vi-VN')}</Table.Td>
                      <Table.Td ta="right">{conference.polls}</Table.Td>
                      <Table.Td ta="right">{conference.decisions}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </>
        )}
        {contents.data && step === 'confirm' && (
          <>
            <Text>{t('backups.confirm.replace', { date, count: contents.data.conferences.length })}</Text>
            {current.data && (
              <Text size="sm">
                {t('backups.confirm.current', { count: current.data.length })}
                {current.data.length > 0 && `: ${current.data.map((c) => c.title).join('; ')}`}
              </Text>
            )}
            <Alert color="blue">{t('backups.confirm.safety')}</Alert>
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {step === 'view' ? t('backups.contents.close') : t('backups.confirm.cancel')}
          </Button>
          {contents.data &&
            (step === 'view' ? (
              <Button onClick={() => setStep('confirm')}>{t('backups.restore')}</Button>
            ) : (
              <Button
                color="red"
                onClick={() => {
                  onClose();
                  onRestore(record);
                }}
              >
                {t('backups.confirm.confirm')}
              </Button>
            ))}
        </Group>
      </Stack>
    </Modal>
  );
}
