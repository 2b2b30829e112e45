import { Alert, Button, Card, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  MAX_IMPORT_FILE_BYTES,
  type ImportField,
  type ImportPreview,
  type ImportRow,
} from '../../../shared/imports';
import type { NomineeInput } from '../../../shared/nominees';
import { ApiError } from '../../../shared/api/errors';
import { useApi } from '../api/ApiProvider';
import { useApiQuery } from '../api/hooks';
import { ErrorAlert } from '../components/ErrorAlert';
import { useOpenConference } from '../conferences/useOpenConference';
import { FilePicker } from './FilePicker';
import { AlreadyNominatedChoice } from './AlreadyNominatedChoice';
import { ImportRowsTable } from './ImportRowsTable';
import { ImportSummary } from './ImportSummary';
import { MappingEditor } from './MappingEditor';
import { readAsBase64 } from './readFile';
import { RowEditModal } from './RowEditModal';
import { hasProblems, leaveOutAlreadyNominated, needsAttention, type RowDecisions } from './rowState';

/** Excel import: choose a file, review the preview, fix or leave out rows, then write them all at once. */
export function ImportPage() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const { conference } = useOpenConference();
  const awards = useApiQuery('awards.list', { includeInactive: true });
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [decisions, setDecisions] = useState<RowDecisions>({ edits: new Map(), excluded: new Set() });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<ImportRow | null>(null);

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
      if (!conference) return;
      if (file.size > MAX_IMPORT_FILE_BYTES) {
        throw new ApiError({ code: 'FILE_REJECTED', message: t('imports.fileTooLarge') });
      }
      const contentBase64 = await readAsBase64(file);
      const opened = await api.call('imports.open', {
        conferenceId: conference.id,
        fileName: file.name,
        contentBase64,
      });
      setPreview(opened);
      setDecisions(leaveOutAlreadyNominated(opened.rows, { edits: new Map(), excluded: new Set() }));
    });

  const remap = (change: {
    sheetName?: string;
    headerRow?: number;
    mapping?: Record<string, ImportField | null>;
  }) =>
    run(async () => {
      if (!preview) return;
      const remapped = await api.call('imports.remap', { importId: preview.importId, ...change });
      setPreview(remapped);
      // Read anew, the rows may now match nominees already listed: those start left out again.
      setDecisions((d) => leaveOutAlreadyNominated(remapped.rows, d));
    });

  const rows = preview?.rows ?? [];
  const included = rows.filter((r) => !decisions.excluded.has(r.rowNumber));
  const problems = rows.filter((r) => hasProblems(r, decisions));
  const blocking = included.filter((r) => hasProblems(r, decisions));
  const flagged = rows.filter(needsAttention);
  const alreadyNominated = rows.filter((r) => r.alreadyNominated);
  const alreadyIncluded = alreadyNominated.filter((r) => !decisions.excluded.has(r.rowNumber));

  const commit = () =>
    run(async () => {
      if (!preview) return;
      const result = await api.call('imports.commit', {
        importId: preview.importId,
        exclude: [...decisions.excluded],
        edits: [...decisions.edits].map(([rowNumber, values]) => ({ rowNumber, ...values })),
        // Only rows the person ticked back on, one by one or with "Vẫn ghi cả N dòng đã có".
        writeAlreadyNominated: alreadyIncluded.map((r) => r.rowNumber),
      });
      notifications.show({ color: 'green', message: t('imports.committed', { created: result.created }) });
      void navigate('/nominees');
    });

  const toggle = (rowNumber: number) =>
    setDecisions((d) => {
      const excluded = new Set(d.excluded);
      if (excluded.has(rowNumber)) excluded.delete(rowNumber);
      else excluded.add(rowNumber);
      return { ...d, excluded };
    });
  const includeAlreadyNominated = (include: boolean) =>
    setDecisions((d) => {
      const excluded = new Set(d.excluded);
      for (const row of alreadyNominated) {
        if (include) excluded.delete(row.rowNumber);
        else excluded.add(row.rowNumber);
      }
      return { ...d, excluded };
    });
  const applyEdit = (rowNumber: number, values: NomineeInput) =>
    setDecisions((d) => ({ ...d, edits: new Map(d.edits).set(rowNumber, values) }));
  const awardFormName = (id: number | null | undefined) => awards.data?.find((a) => a.id === id)?.name ?? '';

  const table = (list: ImportRow[]) => (
    <ImportRowsTable
      rows={list}
      decisions={decisions}
      awardFormName={awardFormName}
      onToggle={toggle}
      onEdit={setEditing}
    />
  );

  return (
    <Stack gap="md">
      <Title order={2}>{t('imports.title')}</Title>
      {!preview && <Text maw={820}>{t('imports.intro')}</Text>}
      {error !== null && <ErrorAlert error={error} />}
      {!preview && <FilePicker busy={busy} onFile={(file) => void openFile(file)} />}
      {preview && (
        <>
          {/* First on the page: a list sent twice is the mistake that costs most to undo. */}
          {alreadyNominated.length > 0 && (
            <AlreadyNominatedChoice
              total={alreadyNominated.length}
              included={alreadyIncluded.length}
              onChange={includeAlreadyNominated}
            />
          )}
          <Card withBorder>
            <Stack gap="sm">
              <ImportSummary
                preview={preview}
                problems={problems.length}
                alreadyNominated={alreadyNominated.length}
              />
              <MappingEditor
                preview={preview}
                busy={busy}
                onSheet={(sheetName) => void remap({ sheetName })}
                onHeaderRow={(headerRow) => void remap({ headerRow })}
                onMap={(index, field) => void remap({ mapping: { [String(index)]: field } })}
              />
            </Stack>
          </Card>
          <Tabs defaultValue={problems.length > 0 ? 'problems' : 'all'} keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="problems">{t('imports.tabs.problems', { count: problems.length })}</Tabs.Tab>
              <Tabs.Tab value="flagged">{t('imports.tabs.flagged', { count: flagged.length })}</Tabs.Tab>
              <Tabs.Tab value="all">{t('imports.tabs.all', { count: rows.length })}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="problems" pt="sm">
              {table(problems)}
            </Tabs.Panel>
            <Tabs.Panel value="flagged" pt="sm">
              {table(flagged)}
            </Tabs.Panel>
            <Tabs.Panel value="all" pt="sm">
              {table(rows)}
            </Tabs.Panel>
          </Tabs>
          {blocking.length > 0 && (
            <Alert color="orange" role="status">
              {t('imports.blocked', { count: blocking.length })}
            </Alert>
          )}
          <Group>
            <Button
              onClick={() => void commit()}
              loading={busy}
              disabled={blocking.length > 0 || included.length === 0}
            >
              {t('imports.commit', { count: included.length })}
            </Button>
            {alreadyIncluded.length > 0 && (
              <Text size="sm" c="orange.9">
                {t('imports.alreadyIncluded', { count: alreadyIncluded.length })}
              </Text>
            )}
            <Button variant="default" onClick={() => void navigate('/nominees')}>
              {t('imports.cancel')}
            </Button>
          </Group>
        </>
      )}
      {editing && (
        <RowEditModal
          row={editing}
          current={decisions.edits.get(editing.rowNumber)}
          onApply={(values) => applyEdit(editing.rowNumber, values)}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
