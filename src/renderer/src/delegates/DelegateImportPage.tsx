import { Alert, Badge, Button, Checkbox, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../../shared/api/errors';
import { addressName, type DelegateImportPreview, type DelegateImportRow } from '../../../shared/delegates';
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/imports';
import { useApi } from '../api/ApiProvider';
import { ErrorAlert } from '../components/ErrorAlert';
import { useOpenConference } from '../conferences/useOpenConference';
import { FilePicker } from '../imports/FilePicker';
import { readAsBase64 } from '../imports/readFile';
import { NoConference } from './parts';

/** #/delegates/import: delegates from an Excel file, previewed, then written all at once. */
export function DelegateImportPage() {
  const { t } = useTranslation();
  const { id, isLoading } = useOpenConference();
  if (isLoading) return <Loader aria-label={t('common.loading')} />;
  if (id === null) return <NoConference />;
  return <DelegateImport key={id} conferenceId={id} />;
}

function DelegateImport({ conferenceId }: { conferenceId: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const [preview, setPreview] = useState<DelegateImportPreview | null>(null);
  const [excluded, setExcluded] = useState<Set<number>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const openFile = (file: File) =>
    run(async () => {
      if (file.size > MAX_IMPORT_FILE_BYTES) {
        throw new ApiError({ code: 'FILE_REJECTED', message: t('imports.fileTooLarge') });
      }
      const contentBase64 = await readAsBase64(file);
      const opened = await api.call('delegates.importOpen', {
        conferenceId,
        fileName: file.name,
        contentBase64,
      });
      setPreview(opened);
      // Rows that cannot be written start left out, and so do people already listed (a list sent
      // again after changes); the person sees why and may tick them back.
      setExcluded(
        new Set(opened.rows.filter((r) => r.issues.length > 0 || r.alreadyListed).map((r) => r.rowNumber)),
      );
    });

  const commit = () =>
    run(async () => {
      if (!preview) return;
      const result = await api.call('delegates.importCommit', {
        importId: preview.importId,
        exclude: [...excluded],
      });
      notifications.show({
        color: 'green',
        message: t('delegates.import.committed', { count: result.created }),
      });
      void navigate('/delegates');
    });

  const rows = preview?.rows ?? [];
  const problems = rows.filter((r) => r.issues.length > 0);
  const warnings = rows.filter((r) => r.duplicateOfRow !== null || r.alreadyListed);
  const included = rows.filter((r) => !excluded.has(r.rowNumber));
  const toggle = (row: number) =>
    setExcluded((s) => {
      const next = new Set(s);
      if (next.has(row)) next.delete(row);
      else next.add(row);
      return next;
    });

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('delegates.import.title')}</Title>
        <Button component={Link} to="/delegates" variant="subtle">
          {t('delegates.import.back')}
        </Button>
      </Group>
      {!preview && (
        <>
          <Text maw={820}>{t('delegates.import.intro')}</Text>
          <FilePicker busy={busy} onFile={(file) => void openFile(file)} />
        </>
      )}
      {error !== null && <ErrorAlert error={error} />}
      {preview && (
        <>
          <Text>
            {t('delegates.import.summary', {
              total: rows.length,
              fileName: preview.fileName,
              sheet: preview.sheetName,
              header: preview.headerRow,
            })}
          </Text>
          <Group gap="xs">
            {problems.length > 0 && (
              <Badge color="red">{t('delegates.import.problems', { count: problems.length })}</Badge>
            )}
            {warnings.length > 0 && (
              <Badge color="yellow">{t('delegates.import.warnings', { count: warnings.length })}</Badge>
            )}
            {excluded.size > 0 && (
              <Badge color="gray">{t('delegates.import.excluded', { count: excluded.size })}</Badge>
            )}
          </Group>
          <ImportTable rows={rows} excluded={excluded} onToggle={toggle} />
          {problems.some((r) => !excluded.has(r.rowNumber)) && (
            <Alert color="red">{t('delegates.import.problems', { count: problems.length })}</Alert>
          )}
          <Group>
            <Button onClick={() => void commit()} loading={busy} disabled={included.length === 0}>
              {t('delegates.import.commit', { count: included.length })}
            </Button>
            <Button variant="default" onClick={() => setPreview(null)} disabled={busy}>
              {t('delegates.import.chooseOther')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}

function ImportTable({
  rows,
  excluded,
  onToggle,
}: {
  rows: DelegateImportRow[];
  excluded: Set<number>;
  onToggle: (row: number) => void;
}) {
  const { t } = useTranslation();
  const notes = (row: DelegateImportRow): string[] => [
    ...row.issues.map((i) => t(`delegates.import.issues.${i.key}`, { value: i.value ?? '' })),
    ...(row.duplicateOfRow !== null
      ? [t('delegates.import.duplicateOfRow', { row: row.duplicateOfRow })]
      : []),
    ...(row.alreadyListed ? [t('delegates.import.alreadyListed')] : []),
    ...(row.encodings.length > 0
      ? [t('delegates.import.converted', { encodings: row.encodings.join(', ') })]
      : []),
  ];
  return (
    <Table.ScrollContainer minWidth={900} mah={520}>
      <Table striped stickyHeader aria-label={t('delegates.import.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40} />
            <Table.Th>{t('delegates.import.row')}</Table.Th>
            <Table.Th>{t('delegates.columns.name')}</Table.Th>
            <Table.Th>{t('delegates.columns.title')}</Table.Th>
            <Table.Th>{t('delegates.columns.unit')}</Table.Th>
            <Table.Th>{t('delegates.columns.group')}</Table.Th>
            <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('delegates.columns.seat')}</Table.Th>
            <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('delegates.columns.badge')}</Table.Th>
            <Table.Th>{t('delegates.import.problemsColumn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const rowNotes = notes(row);
            return (
              <Table.Tr key={row.rowNumber} c={excluded.has(row.rowNumber) ? 'dimmed' : undefined}>
                <Table.Td>
                  <Checkbox
                    aria-label={t('delegates.import.include', { row: row.rowNumber })}
                    checked={!excluded.has(row.rowNumber)}
                    onChange={() => onToggle(row.rowNumber)}
                  />
                </Table.Td>
                <Table.Td>{row.rowNumber}</Table.Td>
                <Table.Td fw={600}>{addressName(row)}</Table.Td>
                <Table.Td>{row.title}</Table.Td>
                <Table.Td>{row.unitName}</Table.Td>
                <Table.Td>{row.groupName}</Table.Td>
                <Table.Td>{row.seat}</Table.Td>
                <Table.Td>{row.badge}</Table.Td>
                <Table.Td c={row.issues.length > 0 ? 'red.8' : rowNotes.length > 0 ? 'yellow.9' : 'green.8'}>
                  {rowNotes.length > 0 ? rowNotes.join('; ') : t('delegates.import.ok')}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
