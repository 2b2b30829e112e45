import { useTranslation } from 'react-i18next';
import { formatClock } from '../../../shared/agenda';

const pad = (n: number): string => String(n).padStart(2, '0');

/** The programme's times and durations in the UI's language. */
export function useAgendaFormat() {
  const { t } = useTranslation();
  return {
    clock: (minute: number) => formatClock(minute, t('agenda.clock.nextDay')),
    span: (start: number, end: number) =>
      `${formatClock(start, t('agenda.clock.nextDay'))} – ${formatClock(end, t('agenda.clock.nextDay'))}`,
    duration: (total: number) => {
      const hours = Math.floor(total / 60);
      const minutes = total % 60;
      if (hours === 0) return t('agenda.minutes', { count: minutes });
      return minutes === 0 ? t('agenda.hours', { hours }) : t('agenda.hoursMinutes', { hours, minutes });
    },
    /** An ISO instant as the laptop's wall clock: the conference happens where the laptop is. */
    instant: (iso: string) => {
      const d = new Date(iso);
      return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
    },
  };
}
