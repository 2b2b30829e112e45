import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** #/ceremony: the commendation ceremony and what happened to each honoree. */
export function CeremonyPage() {
  const { t } = useTranslation();
  return <Title order={2}>{t('projector.title')}</Title>;
}
