import { ActionIcon, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntryRecord } from '../../../shared/audit';
import { auditLines, auditSummary, localTimeText } from '../../../shared/audit-format';

const COLUMNS = 6;

function Values({ title, value }: { title: string; value: unknown }) {
  const { t } = useTranslation();
  const lines = auditLines(value);
  return (
    <Paper withBorder p="sm" role="group" aria-label={title}>
      <Text fw={600} size="sm" mb={4}>
        {title}
      </Text>
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('audit.nothing')}
        </Text>
      ) : (
        <Stack gap={2}>
          {lines.map((line, i) => (
            <Text key={i} size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {line}
            </Text>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

/** Word for a stored code, falling back to the code itself for codes this version does not know. */
function useWord(group: 'entities' | 'actions') {
  const { t, i18n } = useTranslation();
  return (code: string) => (i18n.exists(`audit.${group}.${code}`) ? t(`audit.${group}.${code}`) : code);
}

export function AuditTable({ entries }: { entries: AuditEntryRecord[] }) {
  const { t } = useTranslation();
  const entityWord = useWord('entities');
  const actionWord = useWord('actions');
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('audit.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={36} />
          <Table.Th w={170}>{t('audit.columns.at')}</Table.Th>
          <Table.Th>{t('audit.columns.operator')}</Table.Th>
          <Table.Th>{t('audit.columns.entity')}</Table.Th>
          <Table.Th>{t('audit.columns.action')}</Table.Th>
          <Table.Th>{t('audit.columns.content')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((entry) => {
          const expanded = open.has(entry.id);
          const label = expanded ? t('audit.hideDetails') : t('audit.showDetails');
          return (
            <Fragment key={entry.id}>
              <Table.Tr>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    aria-label={label}
                    title={label}
                    aria-expanded={expanded}
                    onClick={() => toggle(entry.id)}
                  >
                    {expanded ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                  </ActionIcon>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{localTimeText(entry.at)}</Table.Td>
                <Table.Td>
                  {entry.operator || (
                    <Text span c="dimmed" size="sm">
                      {t('audit.unnamed')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{entityWord(entry.entity)}</Table.Td>
                <Table.Td>{actionWord(entry.action)}</Table.Td>
                <Table.Td>{auditSummary(entry)}</Table.Td>
              </Table.Tr>
              {expanded && (
                <Table.Tr>
                  <Table.Td colSpan={COLUMNS}>
                    <SimpleGrid cols={2} spacing="sm">
                      <Values title={t('audit.before')} value={entry.before} />
                      <Values title={t('audit.after')} value={entry.after} />
                    </SimpleGrid>
                  </Table.Td>
                </Table.Tr>
              )}
            </Fragment>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
