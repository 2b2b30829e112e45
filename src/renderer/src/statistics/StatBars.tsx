import { Box, Group, Stack, Text } from '@mantine/core';

/** Bar colours, shared with the legend so the two always match. */
export const BAR_COLOR = 'var(--mantine-color-blue-6)';
export const COMPARE_BAR_COLOR = 'var(--mantine-color-orange-5)';

// Room kept at the end of the longest bar for its number.
const NUMBER_ROOM = '4.5rem';

export interface BarLine {
  key: string;
  label: string;
  count: number;
  compareCount: number | null;
}

function Bar({
  value,
  max,
  color,
  text,
  thin,
}: {
  value: number;
  max: number;
  color: string;
  text: string;
  thin: boolean;
}) {
  const share = max > 0 ? value / max : 0;
  return (
    <Group gap={6} wrap="nowrap">
      <Box
        h={thin ? 12 : 16}
        miw={value > 0 ? 3 : 0}
        style={{
          width: `calc((100% - ${NUMBER_ROOM}) * ${share})`,
          background: color,
          borderRadius: 'var(--mantine-radius-xs)',
          flexShrink: 0,
        }}
      />
      <Text size="sm" fw={600} lh={1} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {text}
      </Text>
    </Group>
  );
}

/**
 * A horizontal bar chart drawn with plain boxes, each number written at the end of its bar.
 * Hidden from screen readers: the table beside it says the same, cell by cell.
 */
export function StatBars({
  lines,
  comparing,
  format,
}: {
  lines: BarLine[];
  comparing: boolean;
  format: (n: number) => string;
}) {
  const max = Math.max(0, ...lines.map((l) => Math.max(l.count, l.compareCount ?? 0)));
  return (
    <Stack gap="xs" aria-hidden="true" data-testid="stat-bars">
      {lines.map((line) => (
        <Stack key={line.key} gap={3}>
          <Text size="sm" lineClamp={2}>
            {line.label}
          </Text>
          <Bar value={line.count} max={max} color={BAR_COLOR} text={format(line.count)} thin={comparing} />
          {comparing && (
            <Bar
              value={line.compareCount ?? 0}
              max={max}
              color={COMPARE_BAR_COLOR}
              text={format(line.compareCount ?? 0)}
              thin
            />
          )}
        </Stack>
      ))}
    </Stack>
  );
}
