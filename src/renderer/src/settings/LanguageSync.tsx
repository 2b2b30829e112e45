import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/hooks';

/** The interface language is a stored setting; follow it whenever it changes. */
export function LanguageSync() {
  const { i18n } = useTranslation();
  const settings = useApiQuery('settings.get', {});
  const language = settings.data?.language;
  useEffect(() => {
    if (language && language !== i18n.language) void i18n.changeLanguage(language);
  }, [language, i18n]);
  return null;
}
