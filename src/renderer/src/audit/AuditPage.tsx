import { Alert, Button, Group, Loader, Pagination, Select, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet, IconUserQuestion } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AUDIT_PAGE_SIZES } from '../../../shared/audit';
import { dayStart } from '../../../shared/audit-format';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { SavedFilePanel, useSavedFile } from '../components/SavedFile';
import { ErrorAlert, useErrorText } from '../components/ErrorAlert';
import { AuditFilters, NO_FILTERS, type AuditFilterState } from './AuditFilters';
import { AuditTable } from './AuditTable';

/** The page's filters as the API takes them; the "to" day is included whole. */
function apiFilter(f: AuditFilterState, text: string) {
  return {
    conferenceId: f.conferenceId ? Number(f.conferenceId) : null,
    entity: f.entity,
    action: f.action,
    operator: f.operator,
    from: f.fromDay ? dayStart(f.fromDay) : null,
    to: f.toDay ? dayStart(f.toDay, 1) : null,
    text,
  };
}

/** Shown while no operator name is set: changes are being recorded without one. */
export function OperatorNudge() {
  const { t } = useTranslation();
  const settings = useApiQuery('settings.get', {});
  if (!settings.data || settings.data.operatorName !== '') return null;
  return (
    <Alert color="yellow" icon={<IconUserQuestion size={18} />} title={t('audit.noOperatorTitle')}>
      <Group justify="space-between" gap="sm">
        <Text size="sm">{t('audit.noOperator')}</Text>
        <Button component={Link} to="/settings" size="xs" variant="light">
          {t('audit.goToSettings')}
        </Button>
      </Group>
    </Alert>
  );
}

/** #/audit: who changed what and when, newest first, with before and after. */
export function AuditPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [filters, setFilters] = useState<AuditFilterState>(NO_FILTERS);
  const [text] = useDebouncedValue(filters.text, 300);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState<number>(50);
  const filter = apiFilter(filters, text);
  const list = useApiQuery('audit.list', { ...filter, page, pageSize });
  const exportXlsx = useApiMutation('audit.export');
  const saved = useSavedFile();

  const changeFilters = (next: AuditFilterState) => {
    setFilters(next);
    setPage(1);
  };
  const runExport = async () => {
    try {
      const file = await exportXlsx.mutateAsync(filter);
      saved.deliver(file);
      notifications.show({
        color: 'green',
        message: t('audit.exported', { rows: file.rows, fileName: file.fileName }),
      });
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(error) });
    }
  };

  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2}>{t('audit.title')}</Title>
          <Text size="sm" c="dimmed" maw={760}>
            {t('audit.intro')}
          </Text>
        </Stack>
        <Button
          leftSection={<IconFileSpreadsheet size={18} />}
          onClick={() => void runExport()}
          loading={exportXlsx.isPending}
          disabled={total === 0}
        >
          {t('audit.exportXlsx')}
        </Button>
      </Group>
      <SavedFilePanel saved={saved} />
      <OperatorNudge />
      <AuditFilters value={filters} onChange={changeFilters} operators={list.data?.operators ?? []} />
      {list.error && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.isLoading && <Loader aria-label={t('common.loading')} />}
      {list.data && (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('audit.total', { count: total, formattedCount: total.toLocaleString('vi-VN') })}
          </Text>
          {list.data.entries.length === 0 ? (
            <Text c="dimmed">{t('audit.empty')}</Text>
          ) : (
            <AuditTable entries={list.data.entries} />
          )}
          <Group justify="space-between">
            <Pagination
              total={pages}
              value={Math.min(page, pages)}
              onChange={setPage}
              aria-label={t('audit.pagination')}
            />
            <Select
              label={t('audit.pageSize')}
              data={AUDIT_PAGE_SIZES.map(String)}
              value={String(pageSize)}
              onChange={(v) => {
                setPageSize(Number(v ?? 50));
                setPage(1);
              }}
              allowDeselect={false}
              w={140}
            />
          </Group>
        </>
      )}
    </Stack>
  );
}
