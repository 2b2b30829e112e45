import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** #/checkin: checking delegates in as they arrive. */
export function CheckInPage() {
  const { t } = useTranslation();
  return <Title order={2}>{t('delegates.title')}</Title>;
}
