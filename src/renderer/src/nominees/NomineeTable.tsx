import { Checkbox, Group, Skeleton, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import { useElementSize, useMergedRef } from '@mantine/hooks';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Nominee, NomineeFilled, NomineeSortColumn } from '../../../shared/nominees';
import { nomineeColumns, type NomineeColumn } from './nomineeColumns';
import { NomineeFlags } from './NomineeFlags';
import { useNomineeRows, type NomineeQuery } from './useNomineeRows';
import classes from './NomineeTable.module.css';

const ROW_HEIGHT = 44;

interface Props {
  query: NomineeQuery;
  total: number;
  filled: NomineeFilled;
  onSort: (column: NomineeSortColumn) => void;
  /** Selected nominees: id → the revision the list showed when ticked. */
  selected: Map<number, number>;
  onToggle: (id: number, revision: number) => void;
  onToggleAll: () => void;
  onEdit: (id: number) => void;
}

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
  columns,
  ...props
}: { nominee: Nominee; index: number; columns: NomineeColumn[] } & Pick<
  Props,
  'selected' | 'onToggle' | 'onEdit'
>) {
  const { t } = useTranslation();
  const honorific = nominee.honorific ? `${t(`nominees.honorifics.${nominee.honorific}`)} ` : '';
  const source = nominee.sourceFile ? `${nominee.sourceFile}:${nominee.sourceRow ?? ''}` : '';
  const positionUnit = [nominee.position, nominee.unitName].filter((part) => part !== '').join(', ');
  const cell = (column: NomineeColumn) => {
    switch (column.key) {
      case 'select':
        return (
          <Checkbox
            aria-label={t('nominees.selectRow', { name: nominee.fullName })}
            checked={props.selected.has(nominee.id)}
            onChange={() => props.onToggle(nominee.id, nominee.revision)}
          />
        );
      case 'index':
        return index + 1;
      case 'name':
        return (
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
        );
      case 'kind':
        return t(`nominees.kinds.${nominee.kind}`);
      case 'position':
        return nominee.position;
      case 'unit':
        return nominee.unitName;
      case 'positionUnit':
        return positionUnit;
      case 'awardForm':
        return nominee.awardFormName;
      case 'status':
        return t(`nominees.statuses.${nominee.status}`);
      case 'source':
        return (
          <Text size="xs" c="dimmed" span>
            {nominee.sourceRow === null ? '' : t('nominees.sourceRow', { row: nominee.sourceRow })}
          </Text>
        );
    }
  };
  const titles: Partial<Record<NomineeColumn['key'], string>> = {
    name: `${honorific}${nominee.fullName}`,
    position: nominee.position,
    unit: nominee.unitName,
    positionUnit,
    awardForm: nominee.awardFormName,
    source,
  };
  return (
    <Table.Tr style={{ height: ROW_HEIGHT }} aria-rowindex={index + 2}>
      {columns.map((column) => (
        <Cell key={column.key} title={titles[column.key]}>
          {cell(column)}
        </Cell>
      ))}
    </Table.Tr>
  );
}

/** The nominees of a conference in a virtualised table: only the rows in view are in the page. */
export function NomineeTable(props: Props) {
  const { t } = useTranslation();
  const parentRef = useRef<HTMLDivElement>(null);
  const size = useElementSize<HTMLDivElement>();
  const scrollerRef = useMergedRef(parentRef, size.ref);
  // Until the scroller is measured, lay out for a common laptop width rather than for zero.
  const columns = nomineeColumns(size.width || 1100, props.filled);
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
    <div ref={scrollerRef} className={classes.scroller}>
      <Table
        className={classes.table}
        aria-label={t('nominees.tableLabel')}
        aria-rowcount={props.total + 1}
        stickyHeader
        highlightOnHover
      >
        <colgroup>
          {columns.map((c) => (
            <col key={c.key} style={{ width: c.width }} />
          ))}
        </colgroup>
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            {columns.map((c) => {
              if (c.key === 'select') {
                return (
                  <Table.Th key={c.key}>
                    <Checkbox
                      aria-label={t('nominees.selectAllShown')}
                      checked={allSelected}
                      indeterminate={props.selected.size > 0 && !allSelected}
                      onChange={props.onToggleAll}
                    />
                  </Table.Th>
                );
              }
              const label = t(`nominees.columns.${c.key}`);
              if (!c.sort) return <Table.Th key={c.key}>{label}</Table.Th>;
              const key = c.sort;
              const active = props.query.sort === key;
              return (
                <Table.Th
                  key={c.key}
                  title={label}
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
                  <Table.Td colSpan={columns.length}>
                    <Skeleton height={14} />
                  </Table.Td>
                </Table.Tr>
              );
            }
            return <Row key={item.key} nominee={nominee} index={item.index} columns={columns} {...props} />;
          })}
          {paddingBottom > 0 && <tr aria-hidden style={{ height: paddingBottom }} />}
        </Table.Tbody>
      </Table>
    </div>
  );
}
