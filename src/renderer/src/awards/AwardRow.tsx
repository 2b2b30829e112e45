import { Badge, Button, Table, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AwardForm } from '../../../shared/awards';
import { formatCoefficient } from '../../../shared/money/amount';
import { splitAliases } from './formValues';

/** Short columns keep to one line, so the long texts (name, issuer, aliases) get the width. */
export const NOWRAP = { whiteSpace: 'nowrap' } as const;

const coefficientText = (c: number | null): string => (c === null ? '–' : formatCoefficient(c));

/** One award form in the catalogue; retired ones are dimmed but stay editable so they can come back. */
export function AwardRow({ form, onEdit }: { form: AwardForm; onEdit: (form: AwardForm) => void }) {
  const { t } = useTranslation();
  const aliases = splitAliases(form.aliases);
  const dimmed = form.active ? undefined : 'dimmed';

  return (
    <Table.Tr>
      <Table.Td>
        <Text fw={500} c={dimmed}>
          {form.name}
        </Text>
      </Table.Td>
      <Table.Td style={NOWRAP}>{t(`awards.categories.${form.category}`)}</Table.Td>
      <Table.Td>{form.issuer || <Text c="dimmed">{t('awards.none')}</Text>}</Table.Td>
      <Table.Td ta="right" style={{ ...NOWRAP, fontVariantNumeric: 'tabular-nums' }}>
        {form.rank}
      </Table.Td>
      <Table.Td>
        {aliases.length > 0 ? aliases.join('; ') : <Text c="dimmed">{t('awards.none')}</Text>}
      </Table.Td>
      <Table.Td style={NOWRAP} title={form.coefficientSource || undefined}>
        {form.individualCoefficient === null && form.collectiveCoefficient === null ? (
          <Text c="dimmed">{t('money.coefficients.notSet')}</Text>
        ) : (
          <>
            <Text size="sm">
              {t('money.coefficients.shownIndividual', {
                value: coefficientText(form.individualCoefficient),
              })}
            </Text>
            <Text size="sm">
              {t('money.coefficients.shownCollective', {
                value: coefficientText(form.collectiveCoefficient),
              })}
            </Text>
          </>
        )}
      </Table.Td>
      <Table.Td style={NOWRAP}>
        <Badge size="sm" tt="none" miw="max-content" variant="light" color={form.active ? 'green' : 'gray'}>
          {form.active ? t('awards.inUse') : t('awards.retired')}
        </Badge>
      </Table.Td>
      <Table.Td style={NOWRAP}>
        <Button
          size="compact-sm"
          variant="default"
          leftSection={<IconPencil size={14} />}
          onClick={() => onEdit(form)}
          aria-label={t('awards.editNamed', { name: form.name })}
        >
          {t('awards.edit')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}
