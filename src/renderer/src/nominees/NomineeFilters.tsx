import { Group, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  NOMINEE_KINDS,
  NOMINEE_STATUSES,
  type NomineeKind,
  type NomineeStatus,
} from '../../../shared/nominees';
import { useApiQuery } from '../api/hooks';

export interface FilterState {
  search: string;
  kind: NomineeKind | null;
  unitId: number | null;
  awardFormId: number | null;
  status: NomineeStatus | null;
}

export const NO_FILTER: FilterState = {
  search: '',
  kind: null,
  unitId: null,
  awardFormId: null,
  status: null,
};

/** Search box and the four filters above the nominees table. */
export function NomineeFilters({
  conferenceId,
  value,
  onChange,
}: {
  conferenceId: number;
  value: FilterState;
  onChange: (next: FilterState) => void;
}) {
  const { t } = useTranslation();
  const units = useApiQuery('units.list', { conferenceId });
  const awards = useApiQuery('awards.list', { includeInactive: true });
  const set = (patch: Partial<FilterState>) => onChange({ ...value, ...patch });
  const all = { value: '', label: t('nominees.all') };
  const num = (v: string | null) => (v ? Number(v) : null);

  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <TextInput
        label={t('nominees.search')}
        placeholder={t('nominees.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        type="search"
        w={380}
        value={value.search}
        onChange={(e) => set({ search: e.currentTarget.value })}
      />
      <Select
        label={t('nominees.filterKind')}
        w={150}
        allowDeselect={false}
        data={[all, ...NOMINEE_KINDS.map((k) => ({ value: k, label: t(`nominees.kinds.${k}`) }))]}
        value={value.kind ?? ''}
        onChange={(v) => set({ kind: (v || null) as NomineeKind | null })}
      />
      <Select
        label={t('nominees.filterUnit')}
        w={240}
        searchable
        allowDeselect={false}
        data={[all, ...(units.data ?? []).map((u) => ({ value: String(u.id), label: u.name }))]}
        value={value.unitId === null ? '' : String(value.unitId)}
        onChange={(v) => set({ unitId: num(v) })}
      />
      <Select
        label={t('nominees.filterAwardForm')}
        w={200}
        allowDeselect={false}
        data={[all, ...(awards.data ?? []).map((a) => ({ value: String(a.id), label: a.name }))]}
        value={value.awardFormId === null ? '' : String(value.awardFormId)}
        onChange={(v) => set({ awardFormId: num(v) })}
      />
      <Select
        label={t('nominees.filterStatus')}
        w={170}
        allowDeselect={false}
        data={[all, ...NOMINEE_STATUSES.map((s) => ({ value: s, label: t(`nominees.statuses.${s}`) }))]}
        value={value.status ?? ''}
        onChange={(v) => set({ status: (v || null) as NomineeStatus | null })}
      />
    </Group>
  );
}
