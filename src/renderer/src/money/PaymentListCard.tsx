import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../shared/certificates';
import { formatDong } from '../../../shared/money/amount';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { ErrorAlert, useErrorText } from '../components/ErrorAlert';
import { SavedFilePanel, useSavedFile } from '../components/SavedFile';

/** The reward money a decision was issued with, and its payment list for the finance office. */
export function PaymentListCard({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const query = { conferenceId: decision.conferenceId, decisionId: decision.id };
  const list = useApiQuery('payments.list', query);
  const write = useApiMutation('exports.paymentList');
  const saved = useSavedFile();
  const data = list.data;

  const exportList = async () => {
    try {
      saved.deliver(await write.mutateAsync(query));
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(error), autoClose: false });
    }
  };

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('money.payments.title')}
        </Title>
        {list.error && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
        {data && data.rows.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('money.payments.none')}
          </Text>
        )}
        {data && data.rows.length > 0 && (
          <div aria-live="polite">
            <Text size="sm">
              {t('money.payments.summary', { count: data.rows.length, total: formatDong(data.total) })}
            </Text>
            <Text size="sm" fs="italic">
              {t('money.payments.inWords', { words: data.totalInWords })}
            </Text>
          </div>
        )}
        {data && data.withoutAmount > 0 && (
          <Alert color="orange" p="xs">
            <Text size="sm">{t('money.payments.withoutAmount', { count: data.withoutAmount })}</Text>
          </Alert>
        )}
        <Group>
          <Button
            variant="light"
            leftSection={<IconFileSpreadsheet size={16} />}
            loading={write.isPending}
            disabled={!data || data.rows.length === 0}
            onClick={() => void exportList()}
          >
            {t('money.payments.export')}
          </Button>
        </Group>
        <SavedFilePanel saved={saved} title={t('money.payments.saved')} />
      </Stack>
    </Card>
  );
}
