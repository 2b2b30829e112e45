import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import 'dayjs/locale/vi';
import { useTranslation } from 'react-i18next';
import { HashRouter, Route, Routes } from 'react-router';
import type { ApiClient } from '../../shared/api/contract';
import { ApiProvider } from './api/ApiProvider';
import { AwardsPage } from './awards/AwardsPage';
import { ConferenceFormPage } from './conferences/ConferenceFormPage';
import { ConferenceOverviewPage } from './conferences/ConferenceOverviewPage';
import { ConferencesPage } from './conferences/ConferencesPage';
import { i18n } from './i18n';
import { AppFrame } from './layout/AppFrame';
import { ImportPage } from './imports/ImportPage';
import { NomineesPage } from './nominees/NomineesPage';
import { LanguageSync } from './settings/LanguageSync';
import { SettingsPage } from './settings/SettingsPage';
import { CouncilPage } from './voting/CouncilPage';
import { PollPage } from './voting/PollPage';
import { PollScreen } from './voting/PollScreen';
import { PollsPage } from './voting/PollsPage';
import { theme } from './theme';

function Localised({ children }: { children: React.ReactNode }) {
  const { i18n: current } = useTranslation();
  return <DatesProvider settings={{ locale: current.language, firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}

export function App({ api }: { api: ApiClient }) {
  // i18n is imported for its side effect of initialising before the first render.
  void i18n;
  return (
    <MantineProvider theme={theme}>
      <Notifications position="bottom-right" />
      <ApiProvider api={api}>
        <LanguageSync />
        <Localised>
          <HashRouter>
            <Routes>
              <Route element={<AppFrame />}>
                <Route index element={<ConferencesPage />} />
                <Route path="conferences/new" element={<ConferenceFormPage />} />
                <Route path="conferences/:id/edit" element={<ConferenceFormPage />} />
                <Route path="conference" element={<ConferenceOverviewPage />} />
                <Route path="nominees" element={<NomineesPage />} />
                <Route path="nominees/import" element={<ImportPage />} />
                <Route path="council" element={<CouncilPage />} />
                <Route path="polls" element={<PollsPage />} />
                <Route path="polls/:id" element={<PollPage />} />
                <Route path="polls/:id/screen" element={<PollScreen />} />
                <Route path="awards" element={<AwardsPage />} />
                <Route path="settings" element={<SettingsPage />} />
                <Route path="*" element={<ConferencesPage />} />
              </Route>
            </Routes>
          </HashRouter>
        </Localised>
      </ApiProvider>
    </MantineProvider>
  );
}
