// The console: the operator is chosen first, then the shell with its screens.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { ConsoleProvider } from './db/DatabaseContext';
import { ErrorBoundary } from './ui/ErrorBoundary';
import type { ConsoleDb } from './db/schema';
import { BigScreenPage } from './features/dashboard/BigScreenPage';
import { DashboardPage } from './features/dashboard/DashboardPage';
import { BoardPage } from './features/incidents/BoardPage';
import { InboxPage } from './features/instructions/InboxPage';
import { ContactsPage } from './features/organisation/ContactsPage';
import { OrganisationPage } from './features/organisation/OrganisationPage';
import { RosterPage } from './features/organisation/RosterPage';
import { IncidentPage } from './features/incidents/IncidentPage';
import { IntakePage } from './features/intake/IntakePage';
import { PlanPage } from './features/plan/PlanPage';
import { PlanPrintPage } from './features/plan/PlanPrintPage';
import { PlanTemplatesPage } from './features/plan/PlanTemplatesPage';
import { ExchangePage } from './features/exchange/ExchangePage';
import { NotificationCentrePage } from './features/notifications/NotificationCentrePage';
import { AcknowledgementPage } from './features/acknowledgement/AcknowledgementPage';
import { IncidentSummaryPage } from './features/print/IncidentSummaryPage';
import { DrillHomePage } from './features/drill/DrillHomePage';
import { DrillOnly } from './features/drill/DrillOnly';
import { EvaluationPage } from './features/drill/EvaluationPage';
import { NoticeListPage } from './features/drill/notices/NoticeListPage';
import { NoticePage } from './features/drill/notices/NoticePage';
import { NoticePrintPage } from './features/drill/notices/NoticePrintPage';
import { EvaluationReportPage } from './features/drill/report/EvaluationReportPage';
import { ScenarioLibraryPage } from './features/drill/scenarios/ScenarioLibraryPage';
import { ScenarioPage } from './features/drill/scenarios/ScenarioPage';
import { TrainerConsolePage } from './features/drill/TrainerConsolePage';
import { ResourcesPage } from './features/resources/ResourcesPage';
import { CalendarPage } from './features/calendar/CalendarPage';
import { ReviewPage } from './features/review/ReviewPage';
import { ReviewReportPage } from './features/review/ReviewReportPage';
import { StatisticsPage } from './features/statistics/StatisticsPage';
import { AutoBackup } from './features/settings/AutoBackup';
import { SettingsPage } from './features/settings/SettingsPage';
import { OpenTargetOnNotice } from './features/session/OpenTarget';
import { OperatorPicker } from './features/session/OperatorPicker';
import { Shell } from './features/session/Shell';
import { useOperator } from './features/session/useWriteContext';

function Screens() {
  return (
    <Switch>
      {/* Keyed by route: a new registration never inherits an attached one's matter. */}
      <Route path="/intake">{() => <IntakePage key="new" />}</Route>
      <Route path="/intake/attach/:incidentId">{(params) => <IntakePage key={params.incidentId} attachTo={params.incidentId} />}</Route>
      <Route path="/incidents/:id/review/print">{(params) => <ReviewReportPage id={params.id} />}</Route>
      <Route path="/incidents/:id/review">{(params) => <ReviewPage id={params.id} />}</Route>
      <Route path="/complaints/:id/acknowledgement">{(params) => <AcknowledgementPage complaintId={params.id} />}</Route>
      <Route path="/incidents/:id/summary">{(params) => <IncidentSummaryPage id={params.id} />}</Route>
      <Route path="/incidents/:id">{(params) => <IncidentPage id={params.id} />}</Route>
      <Route path="/board" component={BoardPage} />
      <Route path="/inbox">{() => <InboxPage />}</Route>
      <Route path="/inbox/:teamId">{(params) => <InboxPage teamId={params.teamId} />}</Route>
      <Route path="/organisation" component={OrganisationPage} />
      <Route path="/roster" component={RosterPage} />
      <Route path="/contacts" component={ContactsPage} />
      <Route path="/plan" component={PlanPage} />
      <Route path="/plan/templates" component={PlanTemplatesPage} />
      <Route path="/plan/print/:id">{(params) => <PlanPrintPage id={params.id} />}</Route>
      <Route path="/exchange" component={ExchangePage} />
      <Route path="/notifications" component={NotificationCentrePage} />
      <Route path="/settings" component={SettingsPage} />
      <Route path="/resources" component={ResourcesPage} />
      <Route path="/statistics" component={StatisticsPage} />
      <Route path="/calendar">{() => <CalendarPage />}</Route>
      <Route path="/calendar/:year">{(params) => <CalendarPage key={params.year} year={params.year} />}</Route>
      <Route path="/drill/*?">
        {() => (
          <DrillOnly>
            <DrillScreens />
          </DrillOnly>
        )}
      </Route>
      <Route component={DashboardPage} />
    </Switch>
  );
}

/** Rehearsal mode's own screens (drill database only). */
function DrillScreens() {
  return (
    <Switch>
      <Route path="/drill">{() => <DrillHomePage />}</Route>
      <Route path="/drill/runs/:id/evaluation">{(params) => <EvaluationPage id={params.id} />}</Route>
      <Route path="/drill/runs/:id/report">{(params) => <EvaluationReportPage id={params.id} />}</Route>
      <Route path="/drill/runs/:id">{(params) => <TrainerConsolePage id={params.id} />}</Route>
      <Route path="/drill/scenarios">{() => <ScenarioLibraryPage />}</Route>
      <Route path="/drill/scenarios/:id">{(params) => <ScenarioPage id={params.id} />}</Route>
      <Route path="/drill/notices">{() => <NoticeListPage />}</Route>
      <Route path="/drill/notices/:id/print">{(params) => <NoticePrintPage id={params.id} />}</Route>
      <Route path="/drill/notices/:id">{(params) => <NoticePage id={params.id} />}</Route>
    </Switch>
  );
}

function Seat({ askOperator }: { askOperator: boolean }) {
  const operator = useOperator();
  const [confirmed, setConfirmed] = useState(!askOperator);
  const [location] = useLocation();
  if (!operator || !confirmed) return <OperatorPicker onConfirmed={() => setConfirmed(true)} />;
  // The wall display has no navigation and nothing that needs a mouse.
  if (location.startsWith('/bigscreen')) return <BigScreenPage />;
  return (
    <Shell onSwitchOperator={() => setConfirmed(false)}>
      <OpenTargetOnNotice />
      <Screens />
    </Shell>
  );
}

export function App({ db, askOperator }: { db: ConsoleDb; askOperator: boolean }) {
  const { t } = useTranslation();
  return (
    <ErrorBoundary>
      <ConsoleProvider db={db} fallback={<div className="loading">{t('app.loading')}</div>}>
        {/* Answers the host's backup requests (daily, before quitting) from the moment the data is
            open, also while the operator picker is showing. */}
        <AutoBackup />
        <Router hook={useHashLocation}>
          <Seat askOperator={askOperator} />
        </Router>
      </ConsoleProvider>
    </ErrorBoundary>
  );
}
