import { Badge, Button, Card, FileButton, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconRestore, IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MAX_DOCUMENT_TEMPLATE_BYTES, type DocumentTemplate } from '../../../shared/dossier';
import type { WrittenFile } from '../../../shared/files';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { ErrorAlert, useErrorText } from '../components/ErrorAlert';
import { readAsBase64 } from '../imports/readFile';

const MB = 1024 * 1024;

/** The four templates of the conference: download the one in use, load an edited one, reset. */
export function DossierTemplates({
  conferenceId,
  onFile,
}: {
  conferenceId: number;
  onFile: (file: WrittenFile) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const templates = useApiQuery('dossier.list', { conferenceId });
  const download = useApiMutation('dossier.templateFile');
  const upload = useApiMutation('dossier.uploadTemplate');
  const reset = useApiMutation('dossier.resetTemplate');
  const fail = (error: unknown) =>
    notifications.show({ color: 'red', message: errorText(error), autoClose: 10_000 });
  const name = (template: DocumentTemplate) => t(`dossier.documents.${template.kind}`);

  const onUpload = async (template: DocumentTemplate, file: File | null) => {
    if (!file) return;
    // Refused before reading: a wrong file must not be copied into memory first.
    if (file.size > MAX_DOCUMENT_TEMPLATE_BYTES) {
      notifications.show({
        color: 'red',
        message: t('dossier.fileTooLarge', { mb: MAX_DOCUMENT_TEMPLATE_BYTES / MB }),
        autoClose: 10_000,
      });
      return;
    }
    try {
      await upload.mutateAsync({
        conferenceId,
        kind: template.kind,
        revision: template.revision,
        contentBase64: await readAsBase64(file),
      });
      notifications.show({ color: 'green', message: t('dossier.uploaded', { name: name(template) }) });
    } catch (error) {
      fail(error);
    }
  };

  const onReset = async (template: DocumentTemplate) => {
    if (template.revision === null) return;
    try {
      await reset.mutateAsync({ conferenceId, kind: template.kind, revision: template.revision });
      notifications.show({ color: 'green', message: t('dossier.resetDone', { name: name(template) }) });
    } catch (error) {
      fail(error);
    }
  };

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('dossier.templates')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('dossier.templatesIntro')}
        </Text>
        {templates.error && <ErrorAlert error={templates.error} onRetry={() => void templates.refetch()} />}
        {templates.isLoading && <Loader aria-label={t('common.loading')} />}
        {templates.data && (
          <Table verticalSpacing="sm" aria-label={t('dossier.templatesLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dossier.document')}</Table.Th>
                <Table.Th>{t('dossier.state')}</Table.Th>
                <Table.Th>{t('dossier.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {templates.data.map((template) => (
                <Table.Tr key={template.kind}>
                  <Table.Td>{name(template)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={template.custom ? 'blue' : 'gray'}>
                      {template.custom ? t('dossier.custom') : t('dossier.shipped')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      <Button
                        size="xs"
                        variant="subtle"
                        leftSection={<IconDownload size={14} />}
                        aria-label={`${t('dossier.download')}: ${name(template)}`}
                        onClick={() =>
                          void download
                            .mutateAsync({ conferenceId, kind: template.kind })
                            .then(onFile)
                            .catch(fail)
                        }
                      >
                        {t('dossier.download')}
                      </Button>
                      <FileButton
                        accept="application/vnd.openxmlformats-officedocument.wordprocessingml.document,.docx"
                        onChange={(file) => void onUpload(template, file)}
                      >
                        {(props) => (
                          <Button
                            {...props}
                            size="xs"
                            variant="subtle"
                            leftSection={<IconUpload size={14} />}
                            aria-label={`${t('dossier.upload')}: ${name(template)}`}
                            loading={upload.isPending && upload.variables.kind === template.kind}
                          >
                            {t('dossier.upload')}
                          </Button>
                        )}
                      </FileButton>
                      {template.custom && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="orange"
                          leftSection={<IconRestore size={14} />}
                          aria-label={`${t('dossier.reset')}: ${name(template)}`}
                          onClick={() => void onReset(template)}
                        >
                          {t('dossier.reset')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
