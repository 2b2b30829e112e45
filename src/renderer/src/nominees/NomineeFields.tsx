import { Autocomplete, Group, Radio, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/fields';
import { NOMINEE_KINDS, NOMINEE_STATUSES } from '../../../shared/nominees';
import { useApiQuery } from '../api/hooks';
import type { NomineeFormValues } from './formValues';

/** The fields of a nominee, shared by the nominee form and the import's row editor. */
export function NomineeFields({ form }: { form: UseFormReturnType<NomineeFormValues> }) {
  const { t } = useTranslation();
  const awards = useApiQuery('awards.list', { includeInactive: false });
  const units = useApiQuery('units.list', { conferenceId: null });
  const unitNames = [...new Set((units.data ?? []).map((u) => u.name))];
  const person = form.values.kind === 'ca_nhan';

  const awardOptions = [
    { value: '', label: t('nominees.form.noAwardForm') },
    ...(awards.data ?? []).map((a) => ({ value: String(a.id), label: a.name })),
  ];
  // A retired form still shows on the nominees that have it.
  const current = form.values.awardFormId;
  if (current !== '' && !awardOptions.some((o) => o.value === current)) {
    awardOptions.push({ value: current, label: `#${current}` });
  }

  return (
    <Stack gap="sm">
      <Radio.Group label={t('nominees.form.kind')} {...form.getInputProps('kind')}>
        <Group mt={4}>
          {NOMINEE_KINDS.map((kind) => (
            <Radio key={kind} value={kind} label={t(`nominees.kinds.${kind}`)} />
          ))}
        </Group>
      </Radio.Group>
      <Group grow align="flex-start">
        {person && (
          <Select
            label={t('nominees.form.honorific')}
            data={[
              { value: '', label: t('nominees.honorifics.none') },
              { value: 'ong', label: t('nominees.honorifics.ong') },
              { value: 'ba', label: t('nominees.honorifics.ba') },
            ]}
            allowDeselect={false}
            maw={160}
            {...form.getInputProps('honorific')}
          />
        )}
        <TextInput
          label={person ? t('nominees.form.fullName') : t('nominees.form.collectiveName')}
          withAsterisk
          maxLength={LIMITS.shortText * 2}
          data-autofocus
          {...form.getInputProps('fullName')}
        />
      </Group>
      {person && (
        <SimpleGrid cols={3}>
          <Select
            label={t('nominees.form.gender')}
            data={[
              { value: '', label: t('nominees.genders.none') },
              { value: 'nam', label: t('nominees.genders.nam') },
              { value: 'nu', label: t('nominees.genders.nu') },
            ]}
            allowDeselect={false}
            {...form.getInputProps('gender')}
          />
          <TextInput
            label={t('nominees.form.birth')}
            placeholder={t('nominees.form.birthHint')}
            maxLength={10}
            {...form.getInputProps('birth')}
          />
          <TextInput
            label={t('nominees.form.position')}
            maxLength={LIMITS.line}
            {...form.getInputProps('position')}
          />
        </SimpleGrid>
      )}
      <SimpleGrid cols={2}>
        <Autocomplete
          label={t('nominees.form.unit')}
          data={unitNames}
          limit={20}
          maxLength={LIMITS.line}
          {...form.getInputProps('unitName')}
        />
        <Autocomplete
          label={t('nominees.form.proposingUnit')}
          data={unitNames}
          limit={20}
          maxLength={LIMITS.line}
          {...form.getInputProps('proposingUnitName')}
        />
      </SimpleGrid>
      <Textarea
        label={t('nominees.form.achievement')}
        autosize
        minRows={2}
        maxRows={6}
        maxLength={2000}
        {...form.getInputProps('achievement')}
      />
      <SimpleGrid cols={2}>
        <Select
          label={t('nominees.form.awardForm')}
          data={awardOptions}
          allowDeselect={false}
          searchable
          {...form.getInputProps('awardFormId')}
        />
        <Select
          label={t('nominees.form.status')}
          data={NOMINEE_STATUSES.map((s) => ({ value: s, label: t(`nominees.statuses.${s}`) }))}
          allowDeselect={false}
          {...form.getInputProps('status')}
        />
      </SimpleGrid>
      <Textarea
        label={t('nominees.form.notes')}
        autosize
        minRows={1}
        maxRows={4}
        maxLength={2000}
        {...form.getInputProps('notes')}
      />
    </Stack>
  );
}
