import { Badge, Button, Checkbox, Group, Pagination, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRow } from '../../../shared/imports';
import { hasProblems, type RowDecisions } from './rowState';

const PER_PAGE = 100;

interface Props {
  rows: ImportRow[];
  decisions: RowDecisions;
  awardFormName: (id: number | null | undefined) => string;
  onToggle: (rowNumber: number) => void;
  onEdit: (row: ImportRow) => void;
}

function RowNotes({ row, decisions }: { row: ImportRow; decisions: RowDecisions }) {
  const { t } = useTranslation();
  const notes: { text: string; color: string }[] = [];
  if (decisions.edits.has(row.rowNumber)) notes.push({ text: t('imports.edited'), color: 'green' });
  else
    for (const issue of row.issues)
      notes.push({ text: t(`imports.issues.${issue.key}`, { value: issue.value ?? '' }), color: 'red' });
  if (row.duplicateOfRow !== null)
    notes.push({ text: t('imports.duplicateInFile', { row: row.duplicateOfRow }), color: 'orange' });
  if (row.alreadyNominated) notes.push({ text: t('imports.alreadyNominated'), color: 'orange' });
  for (const h of row.history)
    notes.push({ text: t('imports.pastAward', { form: h.awardFormName, year: h.year }), color: 'blue' });
  if (row.encodings.length > 0) {
    const names = row.encodings.map((e) => t(`imports.encodingNames.${e}`, { defaultValue: e })).join(', ');
    notes.push({ text: t('imports.legacy', { names }), color: 'gray' });
  }
  return (
    <Stack gap={2}>
      {notes.map((n) => (
        <Text key={n.text} size="xs" c={n.color === 'gray' ? 'dimmed' : `${n.color}.8`}>
          {n.text}
        </Text>
      ))}
    </Stack>
  );
}

/** The rows of the file as they will be written, a hundred at a time, with their problems. */
export function ImportRowsTable({ rows, decisions, awardFormName, onToggle, onEdit }: Props) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(rows.length / PER_PAGE));
  const current = Math.min(page, pages);
  const shown = rows.slice((current - 1) * PER_PAGE, current * PER_PAGE);

  return (
    <Stack gap="xs">
      {/* Scrolls sideways inside its own box when the window is too narrow, instead of cutting off the last column. */}
      <Table.ScrollContainer minWidth={720} type="native">
        <Table
          aria-label={t('imports.rowsLabel')}
          striped
          withTableBorder
          verticalSpacing={4}
          horizontalSpacing={6}
          fz="sm"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={52}>{t('imports.columns.row')}</Table.Th>
              <Table.Th w={52}>{t('imports.columns.include')}</Table.Th>
              <Table.Th w={72}>{t('imports.columns.kind')}</Table.Th>
              <Table.Th miw={150}>{t('imports.columns.name')}</Table.Th>
              <Table.Th>{t('imports.columns.position')}</Table.Th>
              <Table.Th>{t('imports.columns.unit')}</Table.Th>
              <Table.Th>{t('imports.columns.awardForm')}</Table.Th>
              {/* Wide enough for "Đã có trong danh sách hội nghị" on one line: the notes decide what is ticked. */}
              <Table.Th miw={210}>{t('imports.columns.notes')}</Table.Th>
              <Table.Th w={56}>{t('imports.columns.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row) => {
              const edit = decisions.edits.get(row.rowNumber);
              const shownRow = edit ? { ...row, ...edit } : row;
              const problem = hasProblems(row, decisions) && !decisions.excluded.has(row.rowNumber);
              return (
                <Table.Tr
                  key={row.rowNumber}
                  bg={problem ? 'red.0' : undefined}
                  c={decisions.excluded.has(row.rowNumber) ? 'dimmed' : undefined}
                >
                  <Table.Td>{row.rowNumber}</Table.Td>
                  <Table.Td>
                    <Checkbox
                      aria-label={t('imports.includeRow', { row: row.rowNumber })}
                      checked={!decisions.excluded.has(row.rowNumber)}
                      onChange={() => onToggle(row.rowNumber)}
                    />
                  </Table.Td>
                  <Table.Td>{t(`nominees.kinds.${shownRow.kind}`)}</Table.Td>
                  <Table.Td>
                    {shownRow.honorific && (
                      <Text span c="dimmed" size="sm">
                        {t(`nominees.honorifics.${shownRow.honorific}`)}{' '}
                      </Text>
                    )}
                    {shownRow.fullName}
                  </Table.Td>
                  <Table.Td>{shownRow.position}</Table.Td>
                  <Table.Td>{shownRow.unitName}</Table.Td>
                  <Table.Td>
                    {edit
                      ? awardFormName(edit.awardFormId)
                      : row.awardFormId
                        ? awardFormName(row.awardFormId)
                        : row.awardFormText}
                  </Table.Td>
                  <Table.Td>
                    <RowNotes row={row} decisions={decisions} />
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-xs"
                      variant={problem ? 'filled' : 'default'}
                      aria-label={t('imports.fixRow', { row: row.rowNumber })}
                      onClick={() => onEdit(row)}
                    >
                      {t('imports.columns.actions')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pages > 1 && (
        <Group justify="center">
          <Pagination total={pages} value={current} onChange={setPage} size="sm" />
        </Group>
      )}
      {rows.length === 0 && <Badge variant="light">{t('imports.noProblems')}</Badge>}
    </Stack>
  );
}
