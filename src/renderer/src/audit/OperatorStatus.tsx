import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../api/hooks';

/** Who the audit log will name for the next change; a link to the settings while nobody is set. */
export function OperatorStatus() {
  const { t } = useTranslation();
  const settings = useApiQuery('settings.get', {});
  if (!settings.data) return null;
  const name = settings.data.operatorName;
  if (name === '') {
    return (
      <Anchor component={Link} to="/settings" size="sm" c="orange.8" style={{ whiteSpace: 'nowrap' }}>
        {t('audit.statusNoOperator')}
      </Anchor>
    );
  }
  return (
    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
      {t('audit.statusOperator', { name })}
    </Text>
  );
}
