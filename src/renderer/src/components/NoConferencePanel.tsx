import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyPanel } from './EmptyPanel';

/** What a page of the open conference shows when none is open: why, and the way to the list. */
export function NoConferencePanel({ icon, description }: { icon: ReactNode; description: string }) {
  const { t } = useTranslation();
  return (
    <EmptyPanel
      icon={icon}
      title={t('common.noConferenceTitle')}
      description={description}
      actions={
        <Button component={Link} to="/">
          {t('common.goToList')}
        </Button>
      }
    />
  );
}
