import { Button, Checkbox, Group, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCalendarEvent, IconPlus, IconSearch, IconSparkles } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { ArchiveImportButton } from '../archive/ArchiveImportButton';
import { EmptyPanel } from '../components/EmptyPanel';
import { ErrorAlert, useErrorText } from '../components/ErrorAlert';
import { ConferenceRow } from './ConferenceRow';

export function ConferencesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [search, setSearch] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [debouncedSearch] = useDebouncedValue(search, 150);

  const list = useApiQuery('conferences.list', { search: debouncedSearch, includeArchived });
  const settings = useApiQuery('settings.get', {});
  const createSample = useApiMutation('conferences.createSample');

  const onCreateSample = async () => {
    try {
      await createSample.mutateAsync({});
      void navigate('/conference');
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(error) });
    }
  };

  const conferences = list.data ?? [];
  const filtered = debouncedSearch.trim() !== '' || includeArchived;

  const actions = (
    <Group>
      <Button component={Link} to="/conferences/new" leftSection={<IconPlus size={16} />}>
        {t('conferences.create')}
      </Button>
      <Button
        variant="light"
        leftSection={<IconSparkles size={16} />}
        loading={createSample.isPending}
        onClick={() => void onCreateSample()}
      >
        {t('conferences.createSample')}
      </Button>
      <ArchiveImportButton />
    </Group>
  );

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('conferences.title')}</Title>
        {actions}
      </Group>
      <Group align="flex-end">
        <TextInput
          label={t('conferences.search')}
          placeholder={t('conferences.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={420}
          type="search"
        />
        <Checkbox
          label={t('conferences.showArchived')}
          checked={includeArchived}
          onChange={(event) => setIncludeArchived(event.currentTarget.checked)}
          mb={8}
        />
        {list.data && (
          <Text c="dimmed" size="sm" mb={8} ml="auto" aria-live="polite">
            {t('conferences.count', { count: conferences.length })}
          </Text>
        )}
      </Group>

      {list.error && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.isLoading && <Loader aria-label={t('common.loading')} />}

      {list.data && conferences.length === 0 && (
        <EmptyPanel
          icon={<IconCalendarEvent size={32} />}
          title={filtered ? t('conferences.noMatchTitle') : t('conferences.emptyTitle')}
          description={filtered ? t('conferences.noMatchDescription') : t('conferences.emptyDescription')}
          actions={filtered ? undefined : actions}
        />
      )}

      {conferences.length > 0 && (
        <Table highlightOnHover striped aria-label={t('conferences.tableLabel')} verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('conferences.columns.title')}</Table.Th>
              <Table.Th>{t('conferences.columns.kind')}</Table.Th>
              <Table.Th>{t('conferences.columns.organiser')}</Table.Th>
              <Table.Th>{t('conferences.columns.time')}</Table.Th>
              <Table.Th>{t('conferences.columns.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {conferences.map((conference) => (
              <ConferenceRow
                key={conference.id}
                conference={conference}
                isOpen={settings.data?.openConferenceId === conference.id}
              />
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
