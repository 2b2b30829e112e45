import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleEntry, VotingRule } from '../../../shared/voting';
import { useApiQuery } from '../api/hooks';
import { RuleModal } from './RuleModal';

/** The rule presets, each editable or copyable. */
export function RulesSection() {
  const { t } = useTranslation();
  const rules = useApiQuery('rules.list', {});
  /** The preset being edited as it was read (id null: a copy, no revision). */
  const [editing, setEditing] = useState<{
    id: number | null;
    revision: number | null;
    rule: VotingRule;
  } | null>(null);
  const { refetch } = rules;
  const editingId = editing?.id;
  const reloadEditing = useCallback(
    async (): Promise<RuleEntry | undefined> => (await refetch()).data?.find((r) => r.id === editingId),
    [refetch, editingId],
  );
  const summary = (r: VotingRule) =>
    t('voting.rules.summary', {
      op: r.strict ? '>' : '≥',
      num: r.threshold.numerator,
      den: r.threshold.denominator,
      of: t(`voting.poll.denominators.${r.denominator}`),
      qn: r.quorum.numerator,
      qd: r.quorum.denominator,
    });
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('voting.rules.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('voting.rules.intro')}
      </Text>
      <Table aria-label={t('voting.rules.tableLabel')} withTableBorder verticalSpacing={4} fz="sm">
        <Table.Tbody>
          {(rules.data ?? []).map(({ id, revision, rule }) => (
            <Table.Tr key={id}>
              <Table.Td fw={500}>{rule.name}</Table.Td>
              <Table.Td>{summary(rule)}</Table.Td>
              <Table.Td w={200}>
                <Group gap={4} wrap="nowrap">
                  <Button
                    size="compact-xs"
                    variant="default"
                    aria-label={t('voting.rules.edit', { name: rule.name })}
                    onClick={() => setEditing({ id, revision, rule })}
                  >
                    {t('conferences.edit')}
                  </Button>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    aria-label={t('voting.rules.copy', { name: rule.name })}
                    onClick={() =>
                      setEditing({
                        id: null,
                        revision: null,
                        rule: { ...rule, name: t('voting.rules.copyOf', { name: rule.name }) },
                      })
                    }
                  >
                    {t('voting.rules.copyShort')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editing && (
        <RuleModal
          read={editing}
          latest={rules.data?.find((r) => r.id === editing.id)}
          reload={reloadEditing}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
