import { Button, Checkbox, Table, Text } from '@mantine/core';
import { IconEye, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DecisionAward } from './useConferenceAwards';

interface Props {
  rows: DecisionAward[];
  selected: ReadonlySet<number>;
  onSelectedChange: (next: Set<number>) => void;
  busy: boolean;
  onReprint: (award: DecisionAward) => void;
  onPreview: (award: DecisionAward) => void;
}

/** What will print, in order, with boxes for a hand-picked selection and a print (or reprint) per row. */
export function BatchTable({ rows, selected, onSelectedChange, busy, onReprint, onPreview }: Props) {
  const { t } = useTranslation();
  const allChecked = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const someChecked = rows.some((r) => selected.has(r.id));
  const toggle = (id: number, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onSelectedChange(next);
  };

  return (
    <Table striped highlightOnHover stickyHeader aria-label={t('certificates.batch.tableLabel')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={40}>
            <Checkbox
              aria-label={t('certificates.batch.selectAll')}
              checked={allChecked}
              indeterminate={someChecked && !allChecked}
              onChange={(event) =>
                onSelectedChange(event.currentTarget.checked ? new Set(rows.map((r) => r.id)) : new Set())
              }
            />
          </Table.Th>
          <Table.Th w={60}>{t('certificates.batch.columns.order')}</Table.Th>
          <Table.Th>{t('certificates.batch.columns.name')}</Table.Th>
          <Table.Th>{t('certificates.batch.columns.form')}</Table.Th>
          <Table.Th>{t('certificates.batch.columns.register')}</Table.Th>
          <Table.Th>{t('certificates.batch.columns.printed')}</Table.Th>
          <Table.Th>{t('certificates.batch.columns.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row, index) => (
          <Table.Tr key={row.id}>
            <Table.Td>
              <Checkbox
                aria-label={t('certificates.batch.selectOne', { name: row.fullName })}
                checked={selected.has(row.id)}
                onChange={(event) => toggle(row.id, event.currentTarget.checked)}
              />
            </Table.Td>
            <Table.Td>{index + 1}</Table.Td>
            <Table.Td>
              <Text size="sm" fw={500}>
                {row.fullName}
              </Text>
              {row.unitName !== row.fullName && (
                <Text size="xs" c="dimmed">
                  {row.unitName}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{row.awardFormName}</Table.Td>
            <Table.Td>{row.registerNumber || '—'}</Table.Td>
            <Table.Td>
              {row.printCount === 0
                ? t('certificates.batch.notPrinted')
                : t('certificates.batch.printedTimes', { count: row.printCount })}
            </Table.Td>
            <Table.Td>
              <Button.Group>
                <Button
                  size="xs"
                  variant="subtle"
                  leftSection={<IconEye size={14} />}
                  aria-label={t('certificates.batch.previewNamed', { name: row.fullName })}
                  onClick={() => onPreview(row)}
                >
                  {t('certificates.batch.preview')}
                </Button>
                {/* "In lại" only where there was a first print; before it, the same button prints this one. */}
                <Button
                  size="xs"
                  variant="subtle"
                  leftSection={<IconPrinter size={14} />}
                  aria-label={t(
                    row.printCount === 0
                      ? 'certificates.batch.printOneNamed'
                      : 'certificates.batch.reprintNamed',
                    { name: row.fullName },
                  )}
                  disabled={busy}
                  onClick={() => onReprint(row)}
                >
                  {t(row.printCount === 0 ? 'certificates.batch.printOne' : 'certificates.batch.reprint')}
                </Button>
              </Button.Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
