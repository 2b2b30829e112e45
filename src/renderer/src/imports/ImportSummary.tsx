import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../shared/imports';

interface Props {
  preview: ImportPreview;
  problems: number;
  /** Rows already nominees of the conference. */
  alreadyNominated: number;
}

/**
 * File name, how many collectives and individuals were read, problems, rows already in the
 * conference and converted fonts. "No problems" is green only when nothing is left to decide.
 */
export function ImportSummary({ preview, problems, alreadyNominated }: Props) {
  const { t } = useTranslation();
  const count = (kind: string) => preview.rows.filter((r) => r.kind === kind).length;
  const counts = {
    rows: preview.rows.length,
    tap_the: count('tap_the'),
    ca_nhan: count('ca_nhan'),
    ho_gia_dinh: count('ho_gia_dinh'),
  };
  const legacyRows = preview.rows.filter((r) => r.encodings.length > 0);
  const names = [...new Set(legacyRows.flatMap((r) => r.encodings))]
    .map((e) => t(`imports.encodingNames.${e}`, { defaultValue: e }))
    .join(', ');
  return (
    <Group gap="md" data-testid="import-summary">
      <Text fw={500}>
        {t('imports.fileLabel')}: {preview.fileName}
      </Text>
      <Text>
        {t('imports.summary', counts)}
        {counts.ho_gia_dinh > 0 && t('imports.summaryHouseholds', counts)}
      </Text>
      {/* No rows is not "no problems": the reason is shown above the column mapping. */}
      <Badge
        color={problems > 0 || counts.rows === 0 ? 'red' : alreadyNominated > 0 ? 'gray' : 'green'}
        variant="light"
      >
        {counts.rows === 0
          ? t('imports.noRows')
          : problems > 0
            ? t('imports.problems', { count: problems })
            : t('imports.noProblems')}
      </Badge>
      {alreadyNominated > 0 && (
        <Badge color="orange" variant="filled">
          {t('imports.alreadyBadge', { count: alreadyNominated })}
        </Badge>
      )}
      {legacyRows.length > 0 && (
        <Badge color="gray" variant="light">
          {t('imports.encodings', { count: legacyRows.length, names })}
        </Badge>
      )}
    </Group>
  );
}
