import { ActionIcon, Checkbox, Group, Input, Stack } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LIST_COLUMNS, type ListColumn } from '../../../shared/exports';

/** Every column in the chosen order first, then the hidden ones; the name column cannot be hidden. */
function ordered(chosen: readonly ListColumn[]): ListColumn[] {
  return [...chosen, ...LIST_COLUMNS.filter((c) => !chosen.includes(c))];
}

export function ColumnPicker({
  value,
  onChange,
  error,
}: {
  value: ListColumn[];
  onChange: (columns: ListColumn[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const all = ordered(value);
  const toggle = (column: ListColumn, on: boolean) =>
    onChange(on ? all.filter((c) => c === column || value.includes(c)) : value.filter((c) => c !== column));
  const move = (column: ListColumn, step: -1 | 1) => {
    const at = value.indexOf(column);
    const to = at + step;
    if (at < 0 || to < 0 || to >= value.length) return;
    const next = [...value];
    [next[at], next[to]] = [next[to] as ListColumn, column];
    onChange(next);
  };

  return (
    <Input.Wrapper label={t('exports.columns')} description={t('exports.columnsHint')} error={error}>
      <Stack gap={4} mt={6} role="list" aria-label={t('exports.columns')}>
        {all.map((column) => {
          const name = t(`exports.columnNames.${column}`);
          const shown = value.includes(column);
          const at = value.indexOf(column);
          return (
            <Group key={column} gap="xs" role="listitem" wrap="nowrap">
              <Checkbox
                label={name}
                aria-label={t('exports.showColumn', { name })}
                checked={shown}
                disabled={column === 'name'}
                onChange={(event) => toggle(column, event.currentTarget.checked)}
                style={{ flex: 1 }}
              />
              <ActionIcon
                variant="subtle"
                aria-label={t('exports.moveUp', { name })}
                disabled={!shown || at === 0}
                onClick={() => move(column, -1)}
              >
                <IconArrowUp size={16} />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                aria-label={t('exports.moveDown', { name })}
                disabled={!shown || at === value.length - 1}
                onClick={() => move(column, 1)}
              >
                <IconArrowDown size={16} />
              </ActionIcon>
            </Group>
          );
        })}
      </Stack>
    </Input.Wrapper>
  );
}
