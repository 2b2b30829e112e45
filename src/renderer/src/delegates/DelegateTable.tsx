import { ActionIcon, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { addressName, clockTime, type Delegate } from '../../../shared/delegates';

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** One page of delegates (the page holds at most a hundred, so no virtualisation is needed). */
export function DelegateTable({
  delegates,
  firstNumber,
  onEdit,
  onRemove,
}: {
  delegates: Delegate[];
  firstNumber: number;
  onEdit: (d: Delegate) => void;
  onRemove: (d: Delegate) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table striped highlightOnHover stickyHeader aria-label={t('delegates.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={50}>{t('delegates.columns.stt')}</Table.Th>
          <Table.Th>{t('delegates.columns.name')}</Table.Th>
          <Table.Th>{t('delegates.columns.title')}</Table.Th>
          <Table.Th>{t('delegates.columns.unit')}</Table.Th>
          <Table.Th>{t('delegates.columns.group')}</Table.Th>
          <Table.Th style={NO_WRAP}>{t('delegates.columns.seat')}</Table.Th>
          <Table.Th style={NO_WRAP}>{t('delegates.columns.badge')}</Table.Th>
          <Table.Th style={NO_WRAP}>{t('delegates.columns.checkedIn')}</Table.Th>
          <Table.Th w={90}>{t('delegates.columns.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {delegates.map((d, i) => {
          const name = addressName(d);
          return (
            <Table.Tr key={d.id}>
              <Table.Td>{firstNumber + i}</Table.Td>
              <Table.Td fw={600}>{name}</Table.Td>
              <Table.Td>{d.title}</Table.Td>
              <Table.Td>{d.unitName}</Table.Td>
              <Table.Td>{d.groupName}</Table.Td>
              <Table.Td>{d.seat}</Table.Td>
              <Table.Td style={{ ...NO_WRAP, fontVariantNumeric: 'tabular-nums' }}>{d.badge}</Table.Td>
              <Table.Td>
                {d.checkedInAt && (
                  <Text size="sm" fw={600} c="green.8" style={NO_WRAP}>
                    {clockTime(d.checkedInAt)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Tooltip label={t('delegates.edit')}>
                    <ActionIcon
                      variant="subtle"
                      aria-label={t('delegates.editNamed', { name })}
                      onClick={() => onEdit(d)}
                    >
                      <IconPencil size={16} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('delegates.remove')}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('delegates.removeNamed', { name })}
                      onClick={() => onRemove(d)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
