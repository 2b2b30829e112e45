import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import 'dayjs/locale/vi';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { HashRouter, Route, Routes } from 'react-router';
import type { ApiClient } from '../../shared/api/contract';
import { ApiProvider } from './api/ApiProvider';
import { ConferenceOverviewPage } from './conferences/ConferenceOverviewPage';
import { ConferencesPage } from './conferences/ConferencesPage';
import { i18n } from './i18n';
import { AppFrame } from './layout/AppFrame';
import { NomineesPage } from './nominees/NomineesPage';
import { LanguageSync } from './settings/LanguageSync';
import { theme } from './theme';

// Pages other than the lists people open first load on demand, so the first screen starts sooner.
const AwardsPage = lazy(() => import('./awards/AwardsPage').then((m) => ({ default: m.AwardsPage })));
const ConferenceFormPage = lazy(() =>
  import('./conferences/ConferenceFormPage').then((m) => ({ default: m.ConferenceFormPage })),
);
const ImportPage = lazy(() => import('./imports/ImportPage').then((m) => ({ default: m.ImportPage })));
const SettingsPage = lazy(() => import('./settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const CouncilPage = lazy(() => import('./voting/CouncilPage').then((m) => ({ default: m.CouncilPage })));
const PollPage = lazy(() => import('./voting/PollPage').then((m) => ({ default: m.PollPage })));
const PollScreen = lazy(() => import('./voting/PollScreen').then((m) => ({ default: m.PollScreen })));
const ExportPage = lazy(() => import('./exports/ExportPage').then((m) => ({ default: m.ExportPage })));
const DossierPage = lazy(() => import('./dossier/DossierPage').then((m) => ({ default: m.DossierPage })));
const StatisticsPage = lazy(() =>
  import('./statistics/StatisticsPage').then((m) => ({ default: m.StatisticsPage })),
);
const DecisionsPage = lazy(() =>
  import('./decisions/DecisionsPage').then((m) => ({ default: m.DecisionsPage })),
);
const CertificatesPage = lazy(() =>
  import('./certificates/CertificatesPage').then((m) => ({ default: m.CertificatesPage })),
);
const TemplatesPage = lazy(() =>
  import('./certificates/TemplatesPage').then((m) => ({ default: m.TemplatesPage })),
);
const TemplateEditorPage = lazy(() =>
  import('./certificates/TemplateEditorPage').then((m) => ({ default: m.TemplateEditorPage })),
);
const AgendaPage = lazy(() => import('./agenda/AgendaPage').then((m) => ({ default: m.AgendaPage })));
const RunPage = lazy(() => import('./agenda/RunPage').then((m) => ({ default: m.RunPage })));
const DelegatesPage = lazy(() =>
  import('./delegates/DelegatesPage').then((m) => ({ default: m.DelegatesPage })),
);
const DelegateImportPage = lazy(() =>
  import('./delegates/DelegateImportPage').then((m) => ({ default: m.DelegateImportPage })),
);
const CheckInPage = lazy(() => import('./delegates/CheckInPage').then((m) => ({ default: m.CheckInPage })));
const StagePage = lazy(() => import('./projector/StagePage').then((m) => ({ default: m.StagePage })));
const CeremonyPage = lazy(() =>
  import('./projector/CeremonyPage').then((m) => ({ default: m.CeremonyPage })),
);
const ProjectorPage = lazy(() =>
  import('./projector/ProjectorPage').then((m) => ({ default: m.ProjectorPage })),
);
const BackupsPage = lazy(() => import('./backups/BackupsPage').then((m) => ({ default: m.BackupsPage })));
const AuditPage = lazy(() => import('./audit/AuditPage').then((m) => ({ default: m.AuditPage })));
const PollsPage = lazy(() => import('./voting/PollsPage').then((m) => ({ default: m.PollsPage })));

function Localised({ children }: { children: React.ReactNode }) {
  const { i18n: current } = useTranslation();
  return <DatesProvider settings={{ locale: current.language, firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}

export function App({ api }: { api: ApiClient }) {
  // i18n is imported for its side effect of initialising before the first render.
  void i18n;
  return (
    <MantineProvider theme={theme}>
      {/* At most three at a time, the rest queued: a run of saves must not bury the page under toasts. */}
      <Notifications position="bottom-right" limit={3} />
      <ApiProvider api={api}>
        <LanguageSync />
        <Localised>
          <HashRouter>
            <Suspense fallback={null}>
              <Routes>
                {/* The projector window: full screen, no frame and no controls. */}
                <Route path="projector" element={<ProjectorPage />} />
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
                  <Route path="exports" element={<ExportPage />} />
                  <Route path="statistics" element={<StatisticsPage />} />
                  <Route path="decisions" element={<DecisionsPage />} />
                  <Route path="dossier" element={<DossierPage />} />
                  <Route path="certificates" element={<CertificatesPage />} />
                  <Route path="templates" element={<TemplatesPage />} />
                  <Route path="templates/:id" element={<TemplateEditorPage />} />
                  <Route path="awards" element={<AwardsPage />} />
                  <Route path="agenda" element={<AgendaPage />} />
                  <Route path="agenda/run" element={<RunPage />} />
                  <Route path="delegates" element={<DelegatesPage />} />
                  <Route path="delegates/import" element={<DelegateImportPage />} />
                  <Route path="checkin" element={<CheckInPage />} />
                  <Route path="stage" element={<StagePage />} />
                  <Route path="ceremony" element={<CeremonyPage />} />
                  <Route path="backups" element={<BackupsPage />} />
                  <Route path="audit" element={<AuditPage />} />
                  <Route path="settings" element={<SettingsPage />} />
                  <Route path="*" element={<ConferencesPage />} />
                </Route>
              </Routes>
            </Suspense>
          </HashRouter>
        </Localised>
      </ApiProvider>
    </MantineProvider>
  );
}
