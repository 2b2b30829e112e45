import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '../../../shared/audit';
import { useApiQuery } from '../api/hooks';
import { parseTypedDate } from '../conferences/formValues';

/** The viewer's filters as the page holds them: days as "YYYY-MM-DD", '' for "all". */
export interface AuditFilterState {
  conferenceId: string;
  entity: string;
  action: string;
  operator: string | null;
  fromDay: string;
  toDay: string;
  text: string;
}

export const NO_FILTERS: AuditFilterState = {
  conferenceId: '',
  entity: '',
  action: '',
  operator: null,
  fromDay: '',
  toDay: '',
  text: '',
};

// Select needs a non-empty value for "every operator"; '' is a real operator (no name set).
export const UNNAMED = '\u0000unnamed';

export function AuditFilters({
  value,
  onChange,
  operators,
}: {
  value: AuditFilterState;
  onChange: (next: AuditFilterState) => void;
  operators: string[];
}) {
  const { t } = useTranslation();
  const conferences = useApiQuery('conferences.list', { search: '', includeArchived: true });
  const set = (patch: Partial<AuditFilterState>) => onChange({ ...value, ...patch });

  return (
    <Group align="flex-end" gap="sm" role="search" aria-label={t('audit.filters')}>
      <SimpleGrid cols={{ base: 2, lg: 4 }} spacing="sm" style={{ flex: 1 }}>
        <Select
          label={t('audit.conference')}
          data={[
            { value: '', label: t('audit.allConferences') },
            ...(conferences.data ?? []).map((c) => ({ value: String(c.id), label: c.title })),
          ]}
          value={value.conferenceId}
          onChange={(v) => set({ conferenceId: v ?? '' })}
          allowDeselect={false}
          searchable
        />
        <Select
          label={t('audit.entity')}
          data={[
            { value: '', label: t('audit.allEntities') },
            ...Object.keys(AUDIT_ENTITIES).map((k) => ({ value: k, label: t(`audit.entities.${k}`) })),
          ]}
          value={value.entity}
          onChange={(v) => set({ entity: v ?? '' })}
          allowDeselect={false}
        />
        <Select
          label={t('audit.action')}
          data={[
            { value: '', label: t('audit.allActions') },
            ...Object.keys(AUDIT_ACTIONS).map((k) => ({ value: k, label: t(`audit.actions.${k}`) })),
          ]}
          value={value.action}
          onChange={(v) => set({ action: v ?? '' })}
          allowDeselect={false}
        />
        <Select
          label={t('audit.operator')}
          placeholder={t('audit.allOperators')}
          data={operators.map((o) => ({ value: o === '' ? UNNAMED : o, label: o || t('audit.unnamed') }))}
          value={value.operator === null ? null : value.operator === '' ? UNNAMED : value.operator}
          onChange={(v) => set({ operator: v === null ? null : v === UNNAMED ? '' : v })}
          clearable
        />
        <DateInput
          label={t('audit.from')}
          placeholder="dd/mm/yyyy"
          valueFormat="DD/MM/YYYY"
          dateParser={parseTypedDate}
          value={value.fromDay || null}
          onChange={(v) => set({ fromDay: v ?? '' })}
          clearable
        />
        <DateInput
          label={t('audit.to')}
          placeholder="dd/mm/yyyy"
          valueFormat="DD/MM/YYYY"
          dateParser={parseTypedDate}
          value={value.toDay || null}
          onChange={(v) => set({ toDay: v ?? '' })}
          clearable
        />
        <TextInput
          label={t('audit.text')}
          placeholder={t('audit.textHint')}
          leftSection={<IconSearch size={16} />}
          value={value.text}
          onChange={(e) => set({ text: e.currentTarget.value })}
          maxLength={100}
        />
      </SimpleGrid>
      <Button variant="subtle" onClick={() => onChange(NO_FILTERS)}>
        {t('audit.clear')}
      </Button>
    </Group>
  );
}
