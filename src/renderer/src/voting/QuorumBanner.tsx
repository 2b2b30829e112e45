import { Alert } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface Attendance {
  totalMembers: number;
  present: number;
  writtenOpinions: number;
}

/** "Có mặt 9/11 – đủ 2/3": the usual quorum of a council meeting, at a glance. */
export function QuorumBanner({ attendance }: { attendance: Attendance }) {
  const { t } = useTranslation();
  const { totalMembers, present, writtenOpinions } = attendance;
  // Compared in integers: 2/3 is exact, not 66.67 %.
  const ok = totalMembers > 0 && present * 3 >= totalMembers * 2;
  return (
    <Alert
      color={ok ? 'green' : 'orange'}
      icon={<IconUsersGroup />}
      role="status"
      data-testid="quorum-banner"
    >
      {t('voting.council.quorum', { present, total: totalMembers })}
      {writtenOpinions > 0 && t('voting.council.quorumWritten', { count: writtenOpinions })}
      {' – '}
      {ok ? t('voting.council.quorumOk') : t('voting.council.quorumMissing')}
    </Alert>
  );
}
