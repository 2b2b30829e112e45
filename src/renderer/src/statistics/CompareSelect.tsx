import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/hooks';

// An option of its own rather than Mantine's clear button, which is hidden from the keyboard
// and from screen readers.
const NONE = 'none';

/** The other conferences, archived ones too (earlier years usually are), to put beside this one. */
export function CompareSelect({
  conferenceId,
  value,
  onChange,
}: {
  conferenceId: number;
  value: number | null;
  onChange: (id: number | null) => void;
}) {
  const { t } = useTranslation();
  const list = useApiQuery('conferences.list', { search: '', includeArchived: true });
  const others = (list.data ?? [])
    .filter((c) => c.id !== conferenceId)
    .map((c) => ({
      value: String(c.id),
      label: c.archivedAt ? t('statistics.archived', { title: c.title }) : c.title,
    }));
  const data = [{ value: NONE, label: t('statistics.compareNone') }, ...others];
  return (
    <Select
      label={t('statistics.compareWith')}
      description={t('statistics.compareHint')}
      data={data}
      value={value === null ? NONE : String(value)}
      onChange={(v) => onChange(v === null || v === NONE ? null : Number(v))}
      allowDeselect={false}
      searchable
      nothingFoundMessage={t('statistics.compareNothing')}
      disabled={list.isLoading}
      w={{ base: '100%', sm: 420 }}
    />
  );
}
