import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** #/audit: the audit log. */
export function AuditPage() {
  const { t } = useTranslation();
  return <Title order={2}>{t('audit.title')}</Title>;
}
