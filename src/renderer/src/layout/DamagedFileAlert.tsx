import { Alert, Button, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../api/hooks';

/**
 * Said on every page as soon as the start-up check finds the data file damaged: the app reads
 * it but writes nothing to it, and the way out is restoring a backup.
 */
export function DamagedFileAlert() {
  const { t } = useTranslation();
  // The check runs after the app answers; its event may come before this window listens, so
  // the window also asks again while the answer is still "checking".
  const info = useApiQuery(
    'app.info',
    {},
    { refetchEvery: (data) => (data?.health === 'checking' ? 1000 : false) },
  );
  if (info.data?.health !== 'damaged') return null;
  return (
    <Alert color="red" icon={<IconAlertTriangle />} title={t('health.damagedTitle')} role="alert" mb="md">
      <Text size="sm">{t('health.damaged')}</Text>
      {info.data.healthProblem && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('health.details', { problem: info.data.healthProblem })}
        </Text>
      )}
      <Button component={Link} to="/backups" size="xs" mt="sm" color="red">
        {t('health.openBackups')}
      </Button>
    </Alert>
  );
}
