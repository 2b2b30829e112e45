import { ActionIcon, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Register } from '../../../shared/certificates';
import { formatRegisterNumber } from '../../../shared/register-number';
import { useApiQuery } from '../api/hooks';
import { ErrorAlert } from '../components/ErrorAlert';
import { RegisterModal } from './RegisterModal';

/** The registers (sổ vàng) shared by every conference, and the number each gives next. */
export function RegistersCard() {
  const { t } = useTranslation();
  const list = useApiQuery('registers.list', {});
  const [opened, setOpened] = useState(false);
  const [editing, setEditing] = useState<Register | null>(null);
  const open = (register: Register | null) => {
    setEditing(register);
    setOpened(true);
  };
  const registers = list.data ?? [];

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Group justify="space-between">
          <div>
            <Title order={3} size="h4">
              {t('decisions.registers.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('decisions.registers.hint')}
            </Text>
          </div>
          <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => open(null)}>
            {t('decisions.registers.add')}
          </Button>
        </Group>
        {list.error && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
        {list.data && registers.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('decisions.registers.empty')}
          </Text>
        )}
        {registers.length > 0 && (
          <Table aria-label={t('decisions.registers.tableLabel')} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('decisions.registers.columns.name')}</Table.Th>
                <Table.Th>{t('decisions.registers.columns.pattern')}</Table.Th>
                <Table.Th>{t('decisions.registers.columns.next')}</Table.Th>
                <Table.Th w={100} style={{ whiteSpace: 'nowrap' }}>
                  {t('decisions.registers.columns.actions')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {registers.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{r.name}</Table.Td>
                  <Table.Td>{`${r.prefix}${'#'.repeat(Math.max(r.padding, 1))}${r.suffix}`}</Table.Td>
                  <Table.Td>{formatRegisterNumber(r, r.nextNumber)}</Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      aria-label={t('decisions.registers.edit', { name: r.name })}
                      onClick={() => open(r)}
                    >
                      <IconPencil size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <RegisterModal opened={opened} editing={editing} onClose={() => setOpened(false)} />
    </Card>
  );
}
