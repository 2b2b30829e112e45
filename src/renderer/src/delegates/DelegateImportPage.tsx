import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** #/delegates/import: delegates from an Excel file. */
export function DelegateImportPage() {
  const { t } = useTranslation();
  return <Title order={2}>{t('delegates.title')}</Title>;
}
