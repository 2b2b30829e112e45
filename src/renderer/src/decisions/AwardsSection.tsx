import { Badge, Button, Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { IconAward } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../shared/certificates';
import { formatTableDate } from '../../../shared/dates';
import { ApiError } from '../../../shared/api/errors';
import { useApi } from '../api/ApiProvider';
import { useApiQuery } from '../api/hooks';
import { ErrorAlert, useErrorText } from '../components/ErrorAlert';
import { isStaleRecord } from '../components/RecordGuard';
import { approvedNominees } from './approved';
import { ConfirmAssignModal, type PendingAssignment } from './ConfirmAssignModal';
import { formatDong } from '../../../shared/money/amount';

const NOWRAP = { whiteSpace: 'nowrap' } as const;

/** Print times are stored in UTC; the person wants the day it was on their clock. */
function printedDay(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return formatTableDate(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`);
}

/** The selected decision's awards in certificate order, and the button that awards everyone approved. */
export function AwardsSection({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const awards = useApiQuery('decisions.awards', { id: decision.id });
  const registers = useApiQuery('registers.list', {});
  const [assigning, setAssigning] = useState(false);
  const [pending, setPending] = useState<PendingAssignment | null>(null);

  const fail = async (error: unknown) => {
    notifications.show({ color: 'red', message: errorText(error), autoClose: false });
    // Show the decision as it is now, so the next press is made knowing what it holds.
    if (isStaleRecord(error) || (error instanceof ApiError && error.code === 'CONFLICT')) {
      await queryClient.invalidateQueries();
    }
  };

  /** Reads who would be awarded and which numbers they would get; nothing is written yet. */
  const prepare = async () => {
    setAssigning(true);
    try {
      const { withForm, withoutForm } = await approvedNominees(api, decision.conferenceId);
      if (withForm.length === 0) {
        const message =
          withoutForm > 0
            ? t('decisions.awards.skippedNoForm', { count: withoutForm })
            : t('decisions.awards.noneApproved');
        notifications.show({ color: 'yellow', message, autoClose: 10_000 });
        return;
      }
      const preview = await api.call('decisions.assignPreview', {
        decisionId: decision.id,
        nomineeIds: withForm,
      });
      if (preview.added === 0) {
        notifications.show({ color: 'yellow', message: t('decisions.awards.nothingNew') });
        return;
      }
      setPending({ preview, nomineeIds: withForm, withoutForm });
    } catch (error) {
      await fail(error);
    } finally {
      setAssigning(false);
    }
  };

  const confirm = async () => {
    if (!pending) return;
    const { preview, nomineeIds } = pending;
    setAssigning(true);
    try {
      // What was confirmed: the decision as previewed, and the register's next number then.
      const result = await api.call('decisions.assign', {
        decisionId: decision.id,
        revision: preview.revision,
        nomineeIds,
        ...(preview.numbers ? { registerNext: preview.numbers.nextBefore } : {}),
      });
      setPending(null);
      notifications.show({
        color: 'green',
        message: t('decisions.awards.assigned', { added: preview.added, total: result.length }),
      });
      await queryClient.invalidateQueries();
    } catch (error) {
      setPending(null);
      await fail(error);
    } finally {
      setAssigning(false);
    }
  };

  const rows = awards.data ?? [];
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} size="h4">
              {t('decisions.awards.title', { number: decision.number })}
            </Title>
            <Text size="sm" c="dimmed">
              {t('decisions.awards.assignHint')}
            </Text>
          </div>
          <Button leftSection={<IconAward size={16} />} loading={assigning} onClick={() => void prepare()}>
            {t('decisions.awards.assignAll')}
          </Button>
        </Group>
        {awards.error && <ErrorAlert error={awards.error} onRetry={() => void awards.refetch()} />}
        {awards.isLoading && <Loader aria-label={t('common.loading')} />}
        {awards.data && rows.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('decisions.awards.empty')}
          </Text>
        )}
        {rows.length > 0 && (
          <>
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('decisions.awards.count', { count: rows.length })}
            </Text>
            <Table.ScrollContainer minWidth={760}>
              <Table aria-label={t('decisions.awards.tableLabel')} striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th ta="right" style={NOWRAP}>
                      {t('decisions.awards.columns.index')}
                    </Table.Th>
                    <Table.Th miw={200}>{t('decisions.awards.columns.name')}</Table.Th>
                    <Table.Th miw={160}>{t('decisions.awards.columns.unit')}</Table.Th>
                    <Table.Th style={NOWRAP}>{t('decisions.awards.columns.form')}</Table.Th>
                    <Table.Th style={NOWRAP}>{t('decisions.awards.columns.registerNumber')}</Table.Th>
                    <Table.Th style={NOWRAP}>{t('decisions.awards.columns.printed')}</Table.Th>
                    <Table.Th ta="right" style={NOWRAP}>
                      {t('money.awardColumn')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((a, i) => (
                    <Table.Tr key={a.id}>
                      <Table.Td ta="right">{i + 1}</Table.Td>
                      <Table.Td>{a.fullName}</Table.Td>
                      <Table.Td>{a.unitName}</Table.Td>
                      <Table.Td style={NOWRAP}>{a.awardFormName}</Table.Td>
                      <Table.Td style={NOWRAP}>
                        {a.registerNumber || (
                          <Text span size="sm" c="dimmed">
                            {t('decisions.awards.notNumbered')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td style={NOWRAP}>
                        {a.printCount > 0 ? (
                          <Badge variant="light" color="green">
                            {t('decisions.awards.printed', {
                              count: a.printCount,
                              date: printedDay(a.lastPrintedAt),
                            })}
                          </Badge>
                        ) : (
                          <Text span size="sm" c="dimmed">
                            {t('decisions.awards.notPrinted')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td ta="right" style={{ ...NOWRAP, fontVariantNumeric: 'tabular-nums' }}>
                        {a.rewardAmount === null ? (
                          <Text span size="sm" c="dimmed">
                            {t('money.noAmount')}
                          </Text>
                        ) : (
                          formatDong(a.rewardAmount)
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
      </Stack>
      <ConfirmAssignModal
        decisionNumber={decision.number}
        pending={pending}
        register={registers.data?.find((r) => r.id === pending?.preview.numbers?.registerId)}
        busy={assigning}
        onConfirm={() => void confirm()}
        onCancel={() => setPending(null)}
      />
    </Card>
  );
}
