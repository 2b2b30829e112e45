import { Alert, Checkbox, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  /** Rows of the file already nominees of the conference. */
  total: number;
  /** How many of them are ticked to be written again. */
  included: number;
  onChange: (include: boolean) => void;
}

/**
 * Says how many rows are already in the conference and why they start unticked; writing them
 * again takes this explicit choice (or ticking rows one by one), never the commit button alone.
 */
export function AlreadyNominatedChoice({ total, included, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" title={t('imports.alreadyTitle', { count: total })}>
      <Stack gap="xs">
        <Text size="sm">{t('imports.alreadyExplained')}</Text>
        <Checkbox
          label={t('imports.alreadyWriteAnyway', { count: total })}
          checked={included === total}
          indeterminate={included > 0 && included < total}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
      </Stack>
    </Alert>
  );
}
