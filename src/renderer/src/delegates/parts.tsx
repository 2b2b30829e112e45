import { Text, type MantineSize } from '@mantine/core';
import { IconId } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/hooks';
import { NoConferencePanel } from '../components/NoConferencePanel';

/** Shown by the delegate pages when no conference is open. */
export function NoConference() {
  const { t } = useTranslation();
  return (
    <NoConferencePanel icon={<IconId size={32} />} description={t('delegates.noConferenceDescription')} />
  );
}

/** "Có mặt 212/250", refreshed whenever any window checks someone in. */
export function AttendanceLine({ conferenceId, size }: { conferenceId: number; size: MantineSize | 'huge' }) {
  const { t } = useTranslation();
  const attendance = useApiQuery('delegates.attendance', { conferenceId });
  const present = attendance.data?.present ?? 0;
  const total = attendance.data?.total ?? 0;
  return (
    <Text
      role="status"
      aria-live="polite"
      fw={800}
      c="red.8"
      size={size === 'huge' ? undefined : size}
      fz={size === 'huge' ? 44 : undefined}
      style={{ fontVariantNumeric: 'tabular-nums' }}
    >
      {t('delegates.attendance', { present, total })}
    </Text>
  );
}
