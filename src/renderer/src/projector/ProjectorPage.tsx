import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** #/projector: the projector screen itself, with no controls. */
export function ProjectorPage() {
  const { t } = useTranslation();
  return <Title order={2}>{t('projector.title')}</Title>;
}
