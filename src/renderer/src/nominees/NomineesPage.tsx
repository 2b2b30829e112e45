import { Button, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFileSpreadsheet, IconPlus, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NOMINEE_SORT_COLUMNS, type NomineeCounts, type NomineeSortColumn } from '../../../shared/nominees';
import { useApi, useDatabaseEpoch } from '../api/ApiProvider';
import { EmptyPanel } from '../components/EmptyPanel';
import { ErrorAlert, useErrorText } from '../components/ErrorAlert';
import { useOpenConference } from '../conferences/useOpenConference';
import { BulkBar } from './BulkBar';
import { NO_FILTER, NomineeFilters, type FilterState } from './NomineeFilters';
import { NomineeFormModal } from './NomineeFormModal';
import { NomineeTable } from './NomineeTable';
import classes from './NomineeTable.module.css';
import { useNomineeRows } from './useNomineeRows';
import { notifications } from '@mantine/notifications';

function CountsLine({ counts }: { counts: NomineeCounts }) {
  const { t } = useTranslation();
  let text = t('nominees.counts', counts);
  if (counts.ho_gia_dinh > 0) text += t('nominees.countsHouseholds', counts);
  return (
    <Text size="sm" c="dimmed" aria-live="polite" data-testid="nominee-counts">
      {text} · {t('nominees.countsTotal', counts)}
    </Text>
  );
}

/** The open conference's nominees: search, filters, Vietnamese sorting, edit and bulk actions. */
export function NomineesPage() {
  const { t } = useTranslation();
  const api = useApi();
  const errorText = useErrorText();
  const { id: openId, conference, isLoading } = useOpenConference();
  const [filter, setFilter] = useState<FilterState>(NO_FILTER);
  const [debouncedSearch] = useDebouncedValue(filter.search, 200);
  const [sort, setSort] = useState<{ column: NomineeSortColumn; descending: boolean }>({
    column: 'kind',
    descending: false,
  });
  // A restore replaces every record: a selection made before it names old revisions, so it
  // belongs to the database it was made on and is dropped when that one is replaced.
  const epoch = useDatabaseEpoch();
  const [selection, setSelection] = useState({ epoch, items: new Map<number, number>() });
  const selected = selection.epoch === epoch ? selection.items : new Map<number, number>();
  const setSelected = (update: Map<number, number> | ((s: Map<number, number>) => Map<number, number>)) =>
    setSelection((current) => {
      const base = current.epoch === epoch ? current.items : new Map<number, number>();
      return { epoch, items: typeof update === 'function' ? update(base) : update };
    });
  const [editing, setEditing] = useState<number | 'new' | null>(null);

  // The id comes with the settings, so the list is asked for without waiting for the conference.
  const conferenceId = openId ?? 0;
  const query = {
    conferenceId,
    ...filter,
    search: debouncedSearch,
    sort: sort.column,
    descending: sort.descending,
  };
  // Page 0 of the table's own query: its counts size the table and fill the counts line.
  const { counts, filled, error, isLoading: rowsLoading } = useNomineeRows(query, { start: 0, end: 0 });

  if (isLoading && !counts) return <Loader aria-label={t('common.loading')} />;
  if (!conference && !counts) {
    return (
      <EmptyPanel
        icon={<IconUsers size={32} />}
        title={t('nominees.noConferenceTitle')}
        description={t('nominees.noConferenceDescription')}
        actions={
          <Button component={Link} to="/">
            {t('conference.goToList')}
          </Button>
        }
      />
    );
  }

  const filtered = JSON.stringify({ ...filter, search: debouncedSearch }) !== JSON.stringify(NO_FILTER);
  const onSort = (column: NomineeSortColumn) =>
    setSort((s) => ({ column, descending: s.column === column ? !s.descending : false }));
  const toggle = (id: number, revision: number) =>
    setSelected((s) => {
      const next = new Map(s);
      if (next.has(id)) next.delete(id);
      else next.set(id, revision);
      return next;
    });
  const toggleAll = async () => {
    if (counts && selected.size >= counts.total) {
      setSelected(new Map());
      return;
    }
    try {
      const { sort: _s, descending: _d, ...matching } = query;
      const refs = await api.call('nominees.ids', matching);
      setSelected(new Map(refs.map((ref) => [ref.id, ref.revision])));
    } catch (caught) {
      notifications.show({ color: 'red', message: errorText(caught) });
    }
  };

  return (
    // The page is as tall as the window and only the table scrolls: one scrollbar, not two.
    <Stack gap="sm" className={classes.page}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2}>{t('nominees.title')}</Title>
          {counts && <CountsLine counts={counts} />}
        </Stack>
        <Group>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            {t('nominees.add')}
          </Button>
          <Button
            variant="light"
            leftSection={<IconFileSpreadsheet size={16} />}
            component={Link}
            to="/nominees/import"
          >
            {t('nominees.import')}
          </Button>
        </Group>
      </Group>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NomineeFilters conferenceId={conferenceId} value={filter} onChange={setFilter} />
        <Select
          label={t('nominees.sort')}
          w={240}
          allowDeselect={false}
          data={NOMINEE_SORT_COLUMNS.map((column) => ({
            value: column,
            label: t(`nominees.sortOrders.${column}`),
          }))}
          value={sort.column}
          onChange={(v) => v && setSort({ column: v as NomineeSortColumn, descending: false })}
        />
      </Group>
      {selected.size > 0 && (
        <BulkBar
          items={[...selected].map(([id, revision]) => ({ id, revision }))}
          onApplied={(items) => setSelected(new Map(items.map((item) => [item.id, item.revision])))}
          onClear={() => setSelected(new Map())}
        />
      )}
      {error && <ErrorAlert error={error} />}
      {rowsLoading && <Loader aria-label={t('common.loading')} />}
      {counts && counts.total === 0 && (
        <EmptyPanel
          icon={<IconUsers size={32} />}
          title={filtered ? t('nominees.noMatchTitle') : t('nominees.emptyTitle')}
          description={filtered ? t('nominees.noMatchDescription') : t('nominees.emptyDescription')}
        />
      )}
      {counts && filled && counts.total > 0 && (
        <NomineeTable
          query={query}
          total={counts.total}
          filled={filled}
          onSort={onSort}
          selected={selected}
          onToggle={toggle}
          onToggleAll={() => void toggleAll()}
          onEdit={setEditing}
        />
      )}
      {editing !== null && (
        <NomineeFormModal
          conferenceId={conferenceId}
          nomineeId={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
