import { Checkbox, Group, Skeleton, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Nominee, NomineeSortColumn } from '../../../shared/nominees';
import { NomineeFlags } from './NomineeFlags';
import { useNomineeRows, type NomineeQuery } from './useNomineeRows';
import classes from './NomineeTable.module.css';

const ROW_HEIGHT = 44;

interface Props {
  query: NomineeQuery;
  total: number;
  onSort: (column: NomineeSortColumn) => void;
  /** Selected nominees: id → the revision the list showed when ticked. */
  selected: Map<number, number>;
  onToggle: (id: number, revision: number) => void;
  onToggleAll: () => void;
  onEdit: (id: number) => void;
}

const COLUMNS: { key: NomineeSortColumn | null; label: string; width: string }[] = [
  { key: null, label: 'select', width: '44px' },
  { key: null, label: 'index', width: '64px' },
  { key: 'name', label: 'name', width: '24%' },
  { key: 'kind', label: 'kind', width: '96px' },
  { key: 'position', label: 'position', width: '14%' },
  { key: 'unit', label: 'unit', width: '18%' },
  { key: 'awardForm', label: 'awardForm', width: '13%' },
  { key: 'status', label: 'status', width: '120px' },
  { key: 'source', label: 'source', width: '10%' },
];

function Cell({ children, title }: { children: React.ReactNode; title?: string }) {
  return (
    <Table.Td className={classes.cell} title={title}>
      {children}
    </Table.Td>
  );
}

function Row({
  nominee,
  index,
  ...props
}: { nominee: Nominee; index: number } & Pick<Props, 'selected' | 'onToggle' | 'onEdit'>) {
  const { t } = useTranslation();
  const honorific = nominee.honorific ? `${t(`nominees.honorifics.${nominee.honorific}`)} ` : '';
  const source = nominee.sourceFile ? `${nominee.sourceFile}:${nominee.sourceRow ?? ''}` : '';
  return (
    <Table.Tr style={{ height: ROW_HEIGHT }} aria-rowindex={index + 2}>
      <Cell>
        <Checkbox
          aria-label={t('nominees.selectRow', { name: nominee.fullName })}
          checked={props.selected.has(nominee.id)}
          onChange={() => props.onToggle(nominee.id, nominee.revision)}
        />
      </Cell>
      <Cell>{index + 1}</Cell>
      <Cell title={`${honorific}${nominee.fullName}`}>
        <Group gap={6} wrap="nowrap">
          {honorific && (
            <Text span c="dimmed" size="sm">
              {honorific}
            </Text>
          )}
          <UnstyledButton className={classes.name} onClick={() => props.onEdit(nominee.id)}>
            {nominee.fullName}
          </UnstyledButton>
          <NomineeFlags nominee={nominee} />
        </Group>
      </Cell>
      <Cell>{t(`nominees.kinds.${nominee.kind}`)}</Cell>
      <Cell title={nominee.position}>{nominee.position}</Cell>
      <Cell title={nominee.unitName}>{nominee.unitName}</Cell>
      <Cell title={nominee.awardFormName}>{nominee.awardFormName}</Cell>
      <Cell>{t(`nominees.statuses.${nominee.status}`)}</Cell>
      <Cell title={source}>
        <Text size="xs" c="dimmed" span>
          {source}
        </Text>
      </Cell>
    </Table.Tr>
  );
}

/** The nominees of a conference in a virtualised table: only the rows in view are in the page. */
export function NomineeTable(props: Props) {
  const { t } = useTranslation();
  const parentRef = useRef<HTMLDivElement>(null);
  // The virtualizer hands out functions React Compiler cannot memoise; this component re-renders on scroll anyway.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: props.total,
    getScrollElement: () => parentRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const { rowAt } = useNomineeRows(props.query, {
    start: items[0]?.index ?? 0,
    end: items.at(-1)?.index ?? 0,
  });
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const allSelected = props.total > 0 && props.selected.size >= props.total;

  const sortIcon = (key: NomineeSortColumn) => {
    if (props.query.sort !== key) return <IconSelector size={14} />;
    return props.query.descending ? <IconArrowDown size={14} /> : <IconArrowUp size={14} />;
  };

  return (
    <div ref={parentRef} className={classes.scroller}>
      <Table
        className={classes.table}
        aria-label={t('nominees.tableLabel')}
        aria-rowcount={props.total + 1}
        stickyHeader
        highlightOnHover
      >
        <colgroup>
          {COLUMNS.map((c) => (
            <col key={c.label} style={{ width: c.width }} />
          ))}
        </colgroup>
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            {COLUMNS.map((c) => {
              if (c.label === 'select') {
                return (
                  <Table.Th key={c.label}>
                    <Checkbox
                      aria-label={t('nominees.selectAllShown')}
                      checked={allSelected}
                      indeterminate={props.selected.size > 0 && !allSelected}
                      onChange={props.onToggleAll}
                    />
                  </Table.Th>
                );
              }
              const label = t(`nominees.columns.${c.label}`);
              if (!c.key) return <Table.Th key={c.label}>{label}</Table.Th>;
              const key = c.key;
              const active = props.query.sort === key;
              return (
                <Table.Th
                  key={c.label}
                  aria-sort={active ? (props.query.descending ? 'descending' : 'ascending') : 'none'}
                >
                  <UnstyledButton className={classes.sort} onClick={() => props.onSort(key)}>
                    <span>{label}</span>
                    {sortIcon(key)}
                  </UnstyledButton>
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {paddingTop > 0 && <tr aria-hidden style={{ height: paddingTop }} />}
          {items.map((item) => {
            const nominee = rowAt(item.index);
            if (!nominee) {
              return (
                <Table.Tr key={item.key} style={{ height: ROW_HEIGHT }}>
                  <Table.Td colSpan={COLUMNS.length}>
                    <Skeleton height={14} />
                  </Table.Td>
                </Table.Tr>
              );
            }
            return <Row key={item.key} nominee={nominee} index={item.index} {...props} />;
          })}
          {paddingBottom > 0 && <tr aria-hidden style={{ height: paddingBottom }} />}
        </Table.Tbody>
      </Table>
    </div>
  );
}
