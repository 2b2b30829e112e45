import { Alert, Button } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/errors';

/**
 * Shows a failed call. The core's message is Vietnamese and may name a file or a field;
 * in English the message for the error's code is shown instead.
 */
export function useErrorText(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return (error) => {
    if (error instanceof ApiError) {
      return i18n.language === 'vi' ? error.message : t(`errors.${error.code}`);
    }
    return t('errors.INTERNAL');
  };
}

export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (
    <Alert color="red" icon={<IconAlertTriangle />} title={t('common.errorTitle')} role="alert">
      {errorText(error)}
      {onRetry && (
        <Button variant="subtle" size="xs" ml="sm" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}
