import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** #/agenda/run: run mode, item by item with a timer. */
export function RunPage() {
  const { t } = useTranslation();
  return <Title order={2}>{t('agenda.title')}</Title>;
}
