import { Badge, Button, Card, FileButton, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCopy, IconDownload, IconEdit, IconFileImport, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MAX_TEMPLATE_FILE_BYTES, type CertificateTemplate } from '../../../shared/certificates';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { SavedFilePanel, useSavedFile } from '../components/SavedFile';
import { ErrorAlert, useErrorText } from '../components/ErrorAlert';
import { readAsBase64 } from '../imports/readFile';
import { CopyTemplateModal } from './CopyTemplateModal';
import { DeleteTemplateModal } from './DeleteTemplateModal';

const MB = 1024 * 1024;

/** "Mẫu giấy khen": shipped templates and our copies; copy, export, import, delete. */
export function TemplatesPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const templates = useApiQuery('templates.list', {});
  const copy = useApiMutation('templates.copy');
  const exportFile = useApiMutation('templates.export');
  const importFile = useApiMutation('templates.import');
  const saved = useSavedFile();
  const [copying, setCopying] = useState<CertificateTemplate | null>(null);
  const [deleting, setDeleting] = useState<CertificateTemplate | null>(null);
  const fail = (error: unknown) =>
    notifications.show({ color: 'red', message: errorText(error), autoClose: 10_000 });

  const onCopy = async (name: string) => {
    if (!copying) return;
    try {
      const created = await copy.mutateAsync({ id: copying.id, name });
      setCopying(null);
      notifications.show({ color: 'green', message: t('certificates.templates.copied', { name }) });
      void navigate(`/templates/${created.id}`);
    } catch (error) {
      fail(error);
    }
  };

  const onExport = async (template: CertificateTemplate) => {
    try {
      const file = await exportFile.mutateAsync({ id: template.id });
      saved.deliver(file);
      notifications.show({
        color: 'green',
        message: t('certificates.templates.exported', { path: file.path }),
      });
    } catch (error) {
      fail(error);
    }
  };

  const onImport = async (file: File | null) => {
    if (!file) return;
    // Refused before reading: a wrong file must not be loaded and copied into memory first.
    if (file.size > MAX_TEMPLATE_FILE_BYTES) {
      notifications.show({
        color: 'red',
        message: t('certificates.templates.fileTooLarge', { mb: Math.floor(MAX_TEMPLATE_FILE_BYTES / MB) }),
        autoClose: 10_000,
      });
      return;
    }
    try {
      const created = await importFile.mutateAsync({ contentBase64: await readAsBase64(file) });
      notifications.show({
        color: 'green',
        message: t('certificates.templates.imported', { name: created.name }),
      });
    } catch (error) {
      fail(error);
    }
  };

  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('certificates.templates.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('certificates.templates.intro')}
          </Text>
        </div>
        <FileButton accept="application/json,.json" onChange={(file) => void onImport(file)}>
          {(props) => (
            <Button
              {...props}
              variant="light"
              leftSection={<IconFileImport size={16} />}
              loading={importFile.isPending}
            >
              {t('certificates.templates.import')}
            </Button>
          )}
        </FileButton>
      </Group>
      <SavedFilePanel saved={saved} />
      {templates.error && <ErrorAlert error={templates.error} onRetry={() => void templates.refetch()} />}
      {templates.isLoading && <Loader aria-label={t('common.loading')} />}
      {templates.data && (
        <Card withBorder p={0}>
          <Table
            striped
            highlightOnHover
            verticalSpacing="sm"
            aria-label={t('certificates.templates.tableLabel')}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('certificates.templates.columns.name')}</Table.Th>
                <Table.Th>{t('certificates.templates.columns.page')}</Table.Th>
                <Table.Th>{t('certificates.templates.columns.version')}</Table.Th>
                <Table.Th>{t('certificates.templates.columns.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {templates.data.map((template) => (
                <Table.Tr key={template.id}>
                  <Table.Td>
                    <Group gap="xs">
                      <Text fw={500}>{template.name}</Text>
                      {template.builtIn && (
                        <Badge variant="light" color="blue">
                          {t('certificates.templates.builtIn')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    {t('certificates.templates.pageSize', {
                      width: template.page.widthMm,
                      height: template.page.heightMm,
                    })}
                  </Table.Td>
                  <Table.Td>{template.version}</Table.Td>
                  <Table.Td>
                    <RowActions
                      template={template}
                      onOpen={() => void navigate(`/templates/${template.id}`)}
                      onCopy={() => setCopying(template)}
                      onExport={() => void onExport(template)}
                      onDelete={() => setDeleting(template)}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
      <CopyTemplateModal
        source={copying}
        busy={copy.isPending}
        onClose={() => setCopying(null)}
        onCopy={(name) => void onCopy(name)}
      />
      {deleting && (
        <DeleteTemplateModal
          template={deleting}
          latest={templates.data?.find((template) => template.id === deleting.id) ?? null}
          reload={templates.refetch}
          onClose={() => setDeleting(null)}
        />
      )}
    </Stack>
  );
}

function RowActions(props: {
  template: CertificateTemplate;
  onOpen: () => void;
  onCopy: () => void;
  onExport: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const name = props.template.name;
  return (
    <Group gap={4} wrap="nowrap">
      <Button
        size="xs"
        variant="light"
        leftSection={<IconEdit size={14} />}
        aria-label={t('certificates.templates.openNamed', { name })}
        onClick={props.onOpen}
      >
        {t('certificates.templates.open')}
      </Button>
      <Button
        size="xs"
        variant="subtle"
        leftSection={<IconCopy size={14} />}
        aria-label={t('certificates.templates.copyNamed', { name })}
        onClick={props.onCopy}
      >
        {t('certificates.templates.copy')}
      </Button>
      <Button
        size="xs"
        variant="subtle"
        leftSection={<IconDownload size={14} />}
        aria-label={t('certificates.templates.exportNamed', { name })}
        onClick={props.onExport}
      >
        {t('certificates.templates.export')}
      </Button>
      {!props.template.builtIn && (
        <Button
          size="xs"
          variant="subtle"
          color="red"
          leftSection={<IconTrash size={14} />}
          aria-label={t('certificates.templates.deleteNamed', { name })}
          onClick={props.onDelete}
        >
          {t('certificates.templates.delete')}
        </Button>
      )}
    </Group>
  );
}
