import { useTranslation } from 'react-i18next';
import type { StatLine } from '../../../shared/statistics';

export const SECTION_KEYS = ['byKind', 'byAwardForm', 'byUnit', 'byStatus'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** The minus sign, not a hyphen, so "−2" reads as a number and is not broken across lines. */
const MINUS = '\u2212';

/**
 * Numbers and line labels in the interface language: Vietnamese groups thousands with a dot
 * (1.567), English with a comma. Kinds and statuses are translated from their codes; award
 * forms and units are the user's own names and stay as they are.
 */
export function useStatFormat() {
  const { t, i18n } = useTranslation();
  const numbers = new Intl.NumberFormat(i18n.language === 'en' ? 'en-US' : 'vi-VN');
  const count = (n: number) => numbers.format(n);
  const difference = (n: number) => (n > 0 ? `+${count(n)}` : n < 0 ? `${MINUS}${count(-n)}` : '0');
  const label = (section: SectionKey, line: StatLine): string => {
    switch (section) {
      case 'byKind':
        return t(`nominees.kinds.${line.key}`, { defaultValue: line.label });
      case 'byStatus':
        return t(`nominees.statuses.${line.key}`, { defaultValue: line.label });
      case 'byAwardForm':
        return line.key === 'none' ? t('statistics.noAwardForm') : line.label;
      case 'byUnit':
        return line.key === 'none' ? t('statistics.noUnit') : line.label;
    }
  };
  return { count, difference, label };
}
