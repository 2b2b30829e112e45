import { ActionIcon, Alert, Button, Card, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus, IconRefreshAlert, IconTrash } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../shared/certificates';
import { formatTableDate } from '../../../shared/dates';
import { useApi } from '../api/ApiProvider';
import { useApiMutation } from '../api/hooks';
import { useErrorText } from '../components/ErrorAlert';
import { RecordGuardAlert, useRecordGuard } from '../components/RecordGuard';
import { useEditedRecord } from '../components/useEditedRecord';

interface Props {
  decisions: Decision[];
  selectedId: number | null;
  onSelect: (id: number) => void;
  onAdd: () => void;
  onEdit: (decision: Decision) => void;
}

/** The conference's decisions, newest first; a row is picked to show its awards below. */
export function DecisionsList({ decisions, selectedId, onSelect, onAdd, onEdit }: Props) {
  const { t } = useTranslation();
  const [deleting, setDeleting] = useState<Decision | null>(null);
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4">
            {t('decisions.list.title')}
          </Title>
          <Button leftSection={<IconPlus size={16} />} onClick={onAdd}>
            {t('decisions.list.add')}
          </Button>
        </Group>
        {decisions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('decisions.list.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table aria-label={t('decisions.list.tableLabel')} highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('decisions.list.columns.number')}</Table.Th>
                  <Table.Th>{t('decisions.list.columns.date')}</Table.Th>
                  <Table.Th>{t('decisions.list.columns.issuer')}</Table.Th>
                  <Table.Th ta="right">{t('decisions.list.columns.awardCount')}</Table.Th>
                  <Table.Th w={100}>{t('decisions.list.columns.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {decisions.map((d) => {
                  const selected = d.id === selectedId;
                  return (
                    <Table.Tr key={d.id} bg={selected ? 'var(--mantine-primary-color-light)' : undefined}>
                      <Table.Td>
                        <Button
                          variant="subtle"
                          size="compact-sm"
                          aria-label={t('decisions.list.select', { number: d.number })}
                          aria-pressed={selected}
                          onClick={() => onSelect(d.id)}
                        >
                          {d.number}
                        </Button>
                      </Table.Td>
                      <Table.Td>{formatTableDate(d.date)}</Table.Td>
                      <Table.Td>{d.issuer}</Table.Td>
                      <Table.Td ta="right">{d.awardCount}</Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <ActionIcon
                            variant="subtle"
                            aria-label={t('decisions.list.edit', { number: d.number })}
                            onClick={() => onEdit(d)}
                          >
                            <IconPencil size={16} />
                          </ActionIcon>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t('decisions.list.delete', { number: d.number })}
                            onClick={() => setDeleting(d)}
                          >
                            <IconTrash size={16} />
                          </ActionIcon>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <DeleteDecisionModal decision={deleting} onClose={() => setDeleting(null)} />
    </Card>
  );
}

function DeleteDecisionModal({ decision, onClose }: { decision: Decision | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={decision !== null}
      onClose={onClose}
      title={t('decisions.deleteDialog.title', { number: decision?.number ?? '' })}
      closeButtonProps={{ 'aria-label': t('decisions.deleteDialog.close') }}
    >
      {decision && <DeleteDecisionBody key={decision.id} decision={decision} onClose={onClose} />}
    </Modal>
  );
}

/** The confirmation names the decision as last loaded; a stale one is reloaded, not deleted. */
function DeleteDecisionBody({ decision, onClose }: { decision: Decision; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const errorText = useErrorText();
  const remove = useApiMutation('decisions.delete');
  const { id, conferenceId } = decision;
  const fetchLatest = useCallback(
    async () => (await api.call('decisions.list', { conferenceId })).find((d) => d.id === id),
    [api, conferenceId, id],
  );
  const { record: latest, reload } = useEditedRecord(decision, fetchLatest);
  const guard = useRecordGuard(reload);
  const confirm = async () => {
    if (guard.blocked) return;
    try {
      await remove.mutateAsync({ id: latest.id, revision: latest.revision });
      notifications.show({ color: 'green', message: t('decisions.deleted', { number: latest.number }) });
      onClose();
    } catch (error) {
      if (guard.handle(error)) return;
      notifications.show({ color: 'red', message: errorText(error), autoClose: false });
    }
  };
  return (
    <Stack gap="md">
      <Text size="sm">{t('decisions.deleteDialog.body', { count: latest.awardCount })}</Text>
      {guard.conflict && !guard.restored ? (
        <Alert color="orange" icon={<IconRefreshAlert />} title={t('recordGuard.conflictTitle')} role="alert">
          <Text size="sm">{errorText(guard.conflict)}</Text>
          <Text size="sm" mt="xs">
            {t('decisions.deleteDialog.reloaded')}
          </Text>
        </Alert>
      ) : (
        <RecordGuardAlert guard={guard} />
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} data-autofocus>
          {t('decisions.deleteDialog.cancel')}
        </Button>
        <Button
          color="red"
          loading={remove.isPending}
          disabled={guard.blocked}
          onClick={() => void confirm()}
        >
          {t('decisions.deleteDialog.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}
