import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** #/delegates: the delegates of the open conference. */
export function DelegatesPage() {
  const { t } = useTranslation();
  return <Title order={2}>{t('delegates.title')}</Title>;
}
