import { ActionIcon, Button, Card, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTableDate } from '../../../shared/dates';
import { formatDong } from '../../../shared/money/amount';
import type { BaseSalary } from '../../../shared/money/records';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { ErrorAlert, useErrorText } from '../components/ErrorAlert';
import { BaseSalaryModal } from './BaseSalaryModal';

/** The base salary table (mức lương cơ sở) by the day each took effect, with its source. */
export function BaseSalariesCard() {
  const { t } = useTranslation();
  const list = useApiQuery('salaries.list', {});
  const [modal, setModal] = useState<{ opened: boolean; editing: BaseSalary | null }>({
    opened: false,
    editing: null,
  });
  const [deleting, setDeleting] = useState<BaseSalary | null>(null);
  const salaries = list.data ?? [];

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div style={{ flex: 1 }}>
            <Title order={3} size="h4">
              {t('money.salaries.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('money.salaries.hint')}
            </Text>
          </div>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            onClick={() => setModal({ opened: true, editing: null })}
          >
            {t('money.salaries.add')}
          </Button>
        </Group>
        {list.error && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
        {list.data && salaries.length === 0 && (
          <Text size="sm" c="orange.8">
            {t('money.salaries.empty')}
          </Text>
        )}
        {salaries.length > 0 && (
          <Table aria-label={t('money.salaries.tableLabel')} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('money.salaries.columns.from')}</Table.Th>
                <Table.Th ta="right">{t('money.salaries.columns.amount')}</Table.Th>
                <Table.Th>{t('money.salaries.columns.source')}</Table.Th>
                <Table.Th w={100}>{t('money.salaries.columns.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {salaries.map((s) => {
                const date = formatTableDate(s.effectiveFrom);
                return (
                  <Table.Tr key={s.id}>
                    <Table.Td>{date}</Table.Td>
                    <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {formatDong(s.amount)}
                    </Table.Td>
                    <Table.Td>{s.source}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('money.salaries.edit', { date })}
                          onClick={() => setModal({ opened: true, editing: s })}
                        >
                          <IconPencil size={16} />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('money.salaries.delete', { date })}
                          onClick={() => setDeleting(s)}
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
        )}
      </Stack>
      <BaseSalaryModal
        opened={modal.opened}
        editing={modal.editing}
        onClose={() => setModal((m) => ({ ...m, opened: false }))}
      />
      <DeleteSalaryModal salary={deleting} onClose={() => setDeleting(null)} />
    </Card>
  );
}

function DeleteSalaryModal({ salary, onClose }: { salary: BaseSalary | null; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const remove = useApiMutation('salaries.delete');
  const date = salary ? formatTableDate(salary.effectiveFrom) : '';
  const confirm = async () => {
    if (!salary) return;
    try {
      await remove.mutateAsync({ id: salary.id, revision: salary.revision });
      notifications.show({ color: 'green', message: t('money.salaries.deleted') });
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(error), autoClose: false });
    }
  };
  return (
    <Modal
      opened={salary !== null}
      onClose={onClose}
      title={t('money.salaries.deleteDialog.title', { date })}
      closeButtonProps={{ 'aria-label': t('money.salaries.deleteDialog.close') }}
    >
      <Stack gap="md">
        <Text size="sm">{t('money.salaries.deleteDialog.body')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('money.salaries.deleteDialog.cancel')}
          </Button>
          <Button color="red" loading={remove.isPending} onClick={() => void confirm()}>
            {t('money.salaries.deleteDialog.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
