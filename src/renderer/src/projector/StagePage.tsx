import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** #/stage: what the projector shows, driven from here. */
export function StagePage() {
  const { t } = useTranslation();
  return <Title order={2}>{t('projector.title')}</Title>;
}
