import { Button, Group, Loader, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { IconAward, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AwardForm } from '../../../shared/awards';
import { useApiQuery } from '../api/hooks';
import { EmptyPanel } from '../components/EmptyPanel';
import { ErrorAlert } from '../components/ErrorAlert';
import { AwardFormModal, type AwardEditing } from './AwardFormModal';
import { AwardRow, NOWRAP } from './AwardRow';

/** #/awards: the installation's catalogue of award forms, highest rank first (as the core lists it). */
export function AwardsPage() {
  const { t } = useTranslation();
  const [includeInactive, setIncludeInactive] = useState(false);
  const [editing, setEditing] = useState<AwardEditing | null>(null);
  const [opened, setOpened] = useState(false);
  const list = useApiQuery('awards.list', { includeInactive });
  const forms = list.data ?? [];

  const open = (next: AwardEditing) => {
    setEditing(next);
    setOpened(true);
  };
  const addButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => open({ mode: 'create' })}>
      {t('awards.add')}
    </Button>
  );
  const onEdit = (form: AwardForm) => open({ mode: 'edit', form });

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('awards.title')}</Title>
        {addButton}
      </Group>
      <Text c="dimmed" size="sm">
        {t('awards.intro')}
      </Text>
      <Group>
        <Switch
          label={t('awards.showInactive')}
          checked={includeInactive}
          onChange={(event) => setIncludeInactive(event.currentTarget.checked)}
        />
        {list.data && (
          <Text c="dimmed" size="sm" ml="auto" aria-live="polite">
            {t('awards.count', { count: forms.length })}
          </Text>
        )}
      </Group>

      {list.error && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.isLoading && <Loader aria-label={t('common.loading')} />}

      {list.data && forms.length === 0 && (
        <EmptyPanel
          icon={<IconAward size={32} />}
          title={includeInactive ? t('awards.emptyTitle') : t('awards.noActiveTitle')}
          description={includeInactive ? t('awards.emptyDescription') : t('awards.noActiveDescription')}
          actions={addButton}
        />
      )}

      {forms.length > 0 && (
        // Names stay readable in a narrow window: the table scrolls sideways instead of squeezing them.
        <Table.ScrollContainer minWidth={960}>
          <Table highlightOnHover striped aria-label={t('awards.tableLabel')} verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th miw={200}>{t('awards.columns.name')}</Table.Th>
                <Table.Th style={NOWRAP}>{t('awards.columns.category')}</Table.Th>
                <Table.Th miw={140}>{t('awards.columns.issuer')}</Table.Th>
                <Table.Th ta="right" style={NOWRAP}>
                  {t('awards.columns.rank')}
                </Table.Th>
                <Table.Th>{t('awards.columns.aliases')}</Table.Th>
                <Table.Th style={NOWRAP}>{t('money.coefficients.column')}</Table.Th>
                <Table.Th style={NOWRAP}>{t('awards.columns.active')}</Table.Th>
                <Table.Th style={NOWRAP}>{t('awards.columns.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {forms.map((form) => (
                <AwardRow key={form.id} form={form} onEdit={onEdit} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      <AwardFormModal opened={opened} editing={editing} onClose={() => setOpened(false)} />
    </Stack>
  );
}
