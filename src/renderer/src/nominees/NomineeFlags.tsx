import { Alert, Badge, Group, Stack, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PastAward } from '../../../shared/nominees';

interface Flagged {
  duplicateIds: number[];
  history: PastAward[];
}

/**
 * A likely duplicate in this conference, and earlier awards of the same person: the same
 * achievement may not be rewarded twice, so both show in the row and in the form.
 */
export function NomineeFlags({ nominee, detailed = false }: { nominee: Flagged; detailed?: boolean }) {
  const { t } = useTranslation();
  const duplicateText = t('nominees.duplicateHint', { count: nominee.duplicateIds.length });
  const pastTexts = nominee.history.map((h) =>
    t('nominees.pastAwardHint', { form: h.awardFormName, year: h.year, conference: h.conferenceTitle }),
  );
  if (nominee.duplicateIds.length === 0 && nominee.history.length === 0) return null;

  if (detailed) {
    return (
      <Stack gap="xs">
        {nominee.duplicateIds.length > 0 && (
          <Alert color="orange" icon={<IconAlertTriangle />} py="xs">
            {duplicateText}
          </Alert>
        )}
        {pastTexts.map((text) => (
          <Alert key={text} color="blue" icon={<IconHistory />} py="xs">
            {text}
          </Alert>
        ))}
      </Stack>
    );
  }

  return (
    <Group gap={4} wrap="nowrap">
      {nominee.duplicateIds.length > 0 && (
        <Tooltip label={duplicateText}>
          <Badge size="xs" color="orange" variant="light" aria-label={duplicateText}>
            {t('nominees.duplicate')}
          </Badge>
        </Tooltip>
      )}
      {nominee.history[0] && (
        <Tooltip label={pastTexts.join(' ')}>
          <Badge size="xs" color="blue" variant="light" aria-label={pastTexts.join(' ')}>
            {t('nominees.pastAward', { year: nominee.history[0].year })}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}
