import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { addressName, clockTime, type Delegate } from '../../../shared/delegates';
import { useApiQuery } from '../api/hooks';

const SHOWN = 8;

/** The latest check-ins of the conference (from every desk), each with its undo. */
export function RecentCheckIns({
  conferenceId,
  onUndo,
}: {
  conferenceId: number;
  onUndo: (d: Delegate) => void;
}) {
  const { t } = useTranslation();
  const recent = useApiQuery('delegates.list', {
    conferenceId,
    presence: 'present',
    sort: 'checkedIn',
    limit: SHOWN,
  });
  const items = recent.data?.items ?? [];
  const groups = recent.data?.attendance.groups ?? [];
  return (
    <Group align="flex-start" wrap="nowrap">
      <Card withBorder component="section" aria-label={t('delegates.checkin.recent')} style={{ flex: 1 }}>
        <Title order={3} size="h4" mb="xs">
          {t('delegates.checkin.recent')}
        </Title>
        {items.length === 0 && <Text c="dimmed">{t('delegates.checkin.noRecent')}</Text>}
        <Stack gap={4}>
          {items.map((d) => (
            <Group key={d.id} justify="space-between" wrap="nowrap">
              <Text style={{ flex: 1 }}>
                <Text span c="dimmed" mr="xs" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {d.checkedInAt ? clockTime(d.checkedInAt) : ''}
                </Text>
                {addressName(d)}
                {d.unitName && (
                  <Text span c="dimmed">
                    {' '}
                    – {d.unitName}
                  </Text>
                )}
              </Text>
              <Button
                size="compact-sm"
                variant="subtle"
                style={{ flexShrink: 0 }}
                onClick={() => onUndo(d)}
                aria-label={t('delegates.checkin.undoNamed', { name: addressName(d) })}
              >
                {t('delegates.undo')}
              </Button>
            </Group>
          ))}
        </Stack>
      </Card>
      {groups.length > 1 && (
        <Card withBorder component="section" aria-label={t('delegates.checkin.byGroup')} w={300}>
          <Title order={3} size="h4" mb="xs">
            {t('delegates.checkin.byGroup')}
          </Title>
          <Stack gap={2}>
            {groups.map((g) => (
              <Group key={g.group} justify="space-between">
                <Text>{g.group || t('delegates.checkin.noGroup')}</Text>
                <Text fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {g.present}/{g.total}
                </Text>
              </Group>
            ))}
          </Stack>
        </Card>
      )}
    </Group>
  );
}
