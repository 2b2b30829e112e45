import { Button, Group, Loader, Pagination, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet, IconPlus, IconPrinter, IconSearch, IconUserCheck } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  addressName,
  type Delegate,
  type DelegateSort,
  type DelegateValues,
} from '../../../shared/delegates';
import { useApi } from '../api/ApiProvider';
import { useApiQuery } from '../api/hooks';
import { SavedFilePanel, useSavedFile } from '../components/SavedFile';
import { ErrorAlert, useErrorText } from '../components/ErrorAlert';
import { useOpenConference } from '../conferences/useOpenConference';
import { DelegateFormModal } from './DelegateFormModal';
import { DelegateTable } from './DelegateTable';
import { AttendanceLine, NoConference } from './parts';

const PAGE_SIZE = 100;
type Presence = 'all' | 'present' | 'absent';

/** #/delegates: the delegates of the open conference. */
export function DelegatesPage() {
  const { t } = useTranslation();
  const { id, isLoading } = useOpenConference();
  if (isLoading) return <Loader aria-label={t('common.loading')} />;
  if (id === null) return <NoConference />;
  return <DelegateList key={id} conferenceId={id} />;
}

function DelegateList({ conferenceId }: { conferenceId: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const errorText = useErrorText();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 200);
  const [group, setGroup] = useState('');
  const [presence, setPresence] = useState<Presence>('all');
  const [sort, setSort] = useState<DelegateSort>('name');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Delegate | 'new' | null>(null);
  const [printing, setPrinting] = useState(false);
  const saved = useSavedFile();

  const list = useApiQuery('delegates.list', {
    conferenceId,
    search: debouncedSearch,
    group,
    presence,
    sort,
    offset: (page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  });
  const groups = list.data?.attendance.groups.map((g) => g.group).filter(Boolean) ?? [];
  const pages = Math.max(1, Math.ceil((list.data?.matching ?? 0) / PAGE_SIZE));
  const filter =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage(1);
    };

  const reloadDelegate = useCallback((id: number) => api.call('delegates.get', { id }), [api]);

  const save = async (values: DelegateValues, revision: number) => {
    const saved =
      editing && editing !== 'new'
        ? await api.call('delegates.update', { id: editing.id, revision, ...values })
        : await api.call('delegates.create', { conferenceId, ...values });
    notifications.show({ color: 'green', message: t('delegates.saved', { name: addressName(saved) }) });
    setEditing(null);
  };

  const remove = async (delegate: Delegate) => {
    const name = addressName(delegate);
    try {
      await api.call('delegates.delete', { items: [{ id: delegate.id, revision: delegate.revision }] });
    } catch (caught) {
      // A row changed elsewhere (or a restore) is refused: the list reloads to show it as it is.
      notifications.show({ color: 'red', message: errorText(caught), autoClose: false });
      void list.refetch();
      return;
    }
    const id = `removed-${delegate.id}`;
    const restore = async () => {
      notifications.hide(id);
      try {
        await api.call('delegates.restore', { id: delegate.id });
        notifications.show({ color: 'green', message: t('delegates.restored', { name }) });
      } catch (caught) {
        notifications.show({ color: 'red', message: errorText(caught) });
      }
    };
    notifications.show({
      id,
      autoClose: 10_000,
      message: (
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">{t('delegates.removed', { name })}</Text>
          <Button size="compact-sm" variant="light" onClick={() => void restore()}>
            {t('delegates.undo')}
          </Button>
        </Group>
      ),
    });
  };

  const print = async () => {
    setPrinting(true);
    try {
      const file = await api.call('delegates.listPdf', { conferenceId, group });
      saved.deliver(file);
      notifications.show({ color: 'green', message: t('delegates.pdfSaved', { fileName: file.fileName }) });
    } catch (caught) {
      notifications.show({ color: 'red', message: errorText(caught) });
    } finally {
      setPrinting(false);
    }
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('delegates.title')}</Title>
        <AttendanceLine conferenceId={conferenceId} size="xl" />
      </Group>
      <Group gap="sm">
        <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing('new')}>
          {t('delegates.add')}
        </Button>
        <Button
          component={Link}
          to="/delegates/import"
          variant="light"
          leftSection={<IconFileSpreadsheet size={18} />}
        >
          {t('delegates.importExcel')}
        </Button>
        <Button
          variant="light"
          leftSection={<IconPrinter size={18} />}
          loading={printing}
          onClick={() => void print()}
        >
          {t('delegates.printList')}
        </Button>
        <Button component={Link} to="/checkin" variant="subtle" leftSection={<IconUserCheck size={18} />}>
          {t('delegates.checkInDesk')}
        </Button>
      </Group>
      <SavedFilePanel saved={saved} />
      <Group gap="sm" align="flex-end">
        <TextInput
          label={t('delegates.search')}
          placeholder={t('delegates.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => filter(setSearch)(e.currentTarget.value)}
          w={360}
        />
        <Select
          label={t('delegates.group')}
          data={[
            { value: '', label: t('delegates.allGroups') },
            ...groups.map((g) => ({ value: g, label: g })),
          ]}
          value={group}
          onChange={(v) => filter(setGroup)(v ?? '')}
          allowDeselect={false}
        />
        <Select
          label={t('delegates.presence')}
          data={[
            { value: 'all', label: t('delegates.presenceAll') },
            { value: 'present', label: t('delegates.presencePresent') },
            { value: 'absent', label: t('delegates.presenceAbsent') },
          ]}
          value={presence}
          onChange={(v) => filter(setPresence)((v ?? 'all') as Presence)}
          allowDeselect={false}
          w={160}
        />
        <Select
          label={t('delegates.sort')}
          data={[
            { value: 'name', label: t('delegates.sortName') },
            { value: 'badge', label: t('delegates.sortBadge') },
            { value: 'seat', label: t('delegates.sortSeat') },
            { value: 'checkedIn', label: t('delegates.sortCheckedIn') },
          ]}
          value={sort}
          onChange={(v) => filter(setSort)((v ?? 'name') as DelegateSort)}
          allowDeselect={false}
          w={200}
        />
      </Group>
      {list.error && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.isLoading && <Loader aria-label={t('common.loading')} />}
      {list.data && (
        <>
          <Text size="sm" c="dimmed">
            {list.data.attendance.total === 0
              ? t('delegates.empty')
              : list.data.matching === 0
                ? t('delegates.noMatch')
                : t('delegates.matching', { count: list.data.matching })}
          </Text>
          {list.data.items.length > 0 && (
            <DelegateTable
              delegates={list.data.items}
              firstNumber={(page - 1) * PAGE_SIZE + 1}
              onEdit={setEditing}
              onRemove={(d) => void remove(d)}
            />
          )}
          {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} />}
        </>
      )}
      {editing !== null && (
        <DelegateFormModal
          editing={editing === 'new' ? null : editing}
          reloadDelegate={reloadDelegate}
          onClose={() => setEditing(null)}
          onSave={save}
        />
      )}
    </Stack>
  );
}
