import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/hooks';
import { useOpenConference } from '../conferences/useOpenConference';
import { ProjectorView } from './ProjectorView';
import { useNow } from './useNow';

/** #/projector: the projector screen itself, with no controls and no cursor. */
export function ProjectorPage() {
  const { t } = useTranslation();
  const { id } = useOpenConference();
  const state = useApiQuery('projector.state', { conferenceId: id ?? 0 }, { enabled: id !== null });
  const now = useNow();
  const { refetch } = state;
  const counting = state.data?.setting.screen === 'evoting';

  // Nothing is pushed for each phone's ballot: the counter is asked for while it is on screen.
  useEffect(() => {
    if (!counting) return;
    const timer = setInterval(() => void refetch(), 2000);
    return () => clearInterval(timer);
  }, [counting, refetch]);

  useEffect(() => {
    document.title = t('projector.title');
  }, [t]);

  return (
    <div style={{ position: 'fixed', inset: 0, background: '#000', cursor: 'none', userSelect: 'none' }}>
      {/* Errors and loading stay black: the hall must never see a message meant for the operator. */}
      {state.data && <ProjectorView content={state.data} now={now} />}
    </div>
  );
}
