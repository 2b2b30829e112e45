import { Group, NumberInput, Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ImportField, type ImportPreview } from '../../../shared/imports';

interface Props {
  preview: ImportPreview;
  busy: boolean;
  onSheet: (sheetName: string) => void;
  onHeaderRow: (row: number) => void;
  onMap: (columnIndex: number, field: ImportField | null) => void;
}

/** Which sheet, which heading row, and what each column means; every change re-reads the file. */
export function MappingEditor({ preview, busy, onSheet, onHeaderRow, onMap }: Props) {
  const { t } = useTranslation();
  const fieldOptions = [
    { value: '', label: t('imports.fieldNone') },
    ...IMPORT_FIELDS.map((f) => ({ value: f, label: t(`imports.fields.${f}`) })),
  ];
  const columns = preview.columns.filter((c) => c.heading !== '' || c.field !== null);
  return (
    <>
      <Group align="flex-end">
        {preview.sheetNames.length > 1 && (
          <Select
            label={t('imports.sheet')}
            data={preview.sheetNames}
            value={preview.sheetName}
            allowDeselect={false}
            disabled={busy}
            onChange={(v) => v && onSheet(v)}
            w={240}
          />
        )}
        <NumberInput
          label={t('imports.headerRow')}
          value={preview.headerRow || ''}
          min={1}
          max={50}
          disabled={busy}
          onChange={(v) => typeof v === 'number' && v >= 1 && onHeaderRow(v)}
          w={140}
        />
      </Group>
      {preview.headerRow === 0 && preview.emptyReason !== 'noData' && (
        <Text c="red" size="sm" role="alert">
          {t('imports.noHeader')}
        </Text>
      )}
      {preview.emptyReason && (preview.headerRow > 0 || preview.emptyReason === 'noData') && (
        <Text c="red" size="sm" role="alert">
          {t(`imports.empty.${preview.emptyReason}`, {
            sheet: preview.sheetName,
            row: preview.headerRow,
            heading: preview.columns.find((c) => c.field === 'fullName')?.heading ?? '',
          })}
        </Text>
      )}
      {preview.mappingRemembered && (
        <Text size="sm" c="dimmed">
          {t('imports.mappingRemembered')}
        </Text>
      )}
      {columns.length > 0 && (
        <Table aria-label={t('imports.mappingTitle')} withTableBorder verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('imports.columnHeading')}</Table.Th>
              <Table.Th>{t('imports.columnField')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {columns.map((column) => (
              <Table.Tr key={column.index}>
                <Table.Td>{column.heading || `#${column.index + 1}`}</Table.Td>
                <Table.Td>
                  <Select
                    aria-label={`${t('imports.columnField')}: ${column.heading || `#${column.index + 1}`}`}
                    data={fieldOptions}
                    value={column.field ?? ''}
                    allowDeselect={false}
                    disabled={busy}
                    size="xs"
                    w={260}
                    onChange={(v) => onMap(column.index, (v || null) as ImportField | null)}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
