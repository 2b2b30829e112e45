import { Grid, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AwardEntry, CertificateTemplate, Decision } from '../../../shared/certificates';
import type { Unit } from '../../../shared/units';

export type AwardKind = AwardEntry['kind'];
const KINDS: AwardKind[] = ['ca_nhan', 'tap_the', 'ho_gia_dinh'];
const ALL = 'all';

export interface BatchFilter {
  templateId: number | null;
  decisionId: number | null;
  awardFormId: number | null;
  kind: AwardKind | null;
  unitId: number | null;
}

interface Props {
  value: BatchFilter;
  onChange: (next: BatchFilter) => void;
  templates: CertificateTemplate[];
  decisions: Decision[];
  /** The forms that occur among the awards, to filter by. */
  forms: { id: number; name: string }[];
  units: Unit[];
}

const toId = (value: string | null) => (value === null || value === ALL ? null : Number(value));

/** Which template, and which certificates: by decision, award form, kind of honoree and unit. */
export function BatchFilters({ value, onChange, templates, decisions, forms, units }: Props) {
  const { t } = useTranslation();
  const all = (label: string) => ({ value: ALL, label });
  const set = (patch: Partial<BatchFilter>) => onChange({ ...value, ...patch });
  const selected = (id: number | string | null) => (id === null ? ALL : String(id));

  return (
    <Grid gap="sm">
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Select
          label={t('certificates.batch.template')}
          data={templates.map((tpl) => ({ value: String(tpl.id), label: tpl.name }))}
          value={value.templateId === null ? null : String(value.templateId)}
          onChange={(v) => set({ templateId: v === null ? null : Number(v) })}
          allowDeselect={false}
          placeholder={t('certificates.batch.chooseTemplate')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Select
          label={t('certificates.batch.decision')}
          data={[
            all(t('certificates.batch.allDecisions')),
            ...decisions.map((d) => ({ value: String(d.id), label: d.number })),
          ]}
          value={selected(value.decisionId)}
          onChange={(v) => set({ decisionId: toId(v) })}
          allowDeselect={false}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <Select
          label={t('certificates.batch.awardForm')}
          data={[
            all(t('certificates.batch.allForms')),
            ...forms.map((f) => ({ value: String(f.id), label: f.name })),
          ]}
          value={selected(value.awardFormId)}
          onChange={(v) => set({ awardFormId: toId(v) })}
          allowDeselect={false}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <Select
          label={t('certificates.batch.kind')}
          data={[
            all(t('certificates.batch.allKinds')),
            ...KINDS.map((k) => ({ value: k, label: t(`nominees.kinds.${k}`) })),
          ]}
          value={selected(value.kind)}
          onChange={(v) => set({ kind: v === null || v === ALL ? null : (v as AwardKind) })}
          allowDeselect={false}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <Select
          label={t('certificates.batch.unit')}
          data={[
            all(t('certificates.batch.allUnits')),
            ...units.map((u) => ({ value: String(u.id), label: u.name })),
          ]}
          value={selected(value.unitId)}
          onChange={(v) => set({ unitId: toId(v) })}
          allowDeselect={false}
          searchable
          nothingFoundMessage={t('certificates.noMatch')}
        />
      </Grid.Col>
    </Grid>
  );
}
