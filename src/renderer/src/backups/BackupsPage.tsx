import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** #/backups: backups of the data, and restoring one. */
export function BackupsPage() {
  const { t } = useTranslation();
  return <Title order={2}>{t('backups.title')}</Title>;
}
