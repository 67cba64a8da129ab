// The console: the operator is chosen first, then the shell with its screens.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Router, Switch, useLocation } from 'wouter';
import { ReportPrintPage } from './features/reports/ReportPrintPage';
import { CallBacksPage } from './features/callbacks/CallBacksPage';
import { DrillProgrammePage } from './features/programme/DrillProgrammePage';
import { PetitionsPage } from './features/petitions/PetitionsPage';
import { PetitionPage } from './features/petitions/PetitionPage';
import { PetitionPrintPage } from './features/petitions/PetitionPrintPage';
import { OpinionWatchPage } from './features/opinion/OpinionWatchPage';
import { DossierPage } from './features/archive/DossierPage';
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
import { ForcedPasswordChange } from './features/session/ChangePasswordPage';
import { IdleLock } from './features/session/IdleLock';
import { LockScreen, ReauthDialog } from './features/session/SeatDialogs';
import { SignInPage } from './features/session/SignInPage';
import { useSeat } from './features/session/useSeat';
import { useSeatWriteContext } from './features/session/useSeatWriteContext';
import { accountsDb, lockSeat } from './db/accounts';
import { useSeatFollowsAccount } from './features/session/useSeatFollowsAccount';
import { Shell } from './features/session/Shell';

function Screens() {
  return (
    <Switch>
      {/* Keyed by route: a new registration never inherits an attached one's matter. */}
      <Route path="/intake">{() => <IntakePage key="new" />}</Route>
      <Route path="/intake/attach/:incidentId">{(params) => <IntakePage key={params.incidentId} attachTo={params.incidentId} />}</Route>
      <Route path="/incidents/:id/review/print">{(params) => <ReviewReportPage id={params.id} />}</Route>
      <Route path="/incidents/:id/review">{(params) => <ReviewPage id={params.id} />}</Route>
      <Route path="/complaints/:id/acknowledgement">{(params) => <AcknowledgementPage complaintId={params.id} />}</Route>
      <Route path="/incidents/:id/reports/:reportId/print">
        {(params) => <ReportPrintPage incidentId={params.id} reportId={params.reportId} />}
      </Route>
      <Route path="/incidents/:id/dossier">{(params) => <DossierPage id={params.id} />}</Route>
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
      <Route path="/callbacks" component={CallBacksPage} />
      <Route path="/programme" component={DrillProgrammePage} />
      <Route path="/petitions" component={PetitionsPage} />
      <Route path="/petitions/:id">{(params) => <PetitionPage key={params.id} id={params.id} />}</Route>
      <Route path="/petitions/:id/print/:paper">{(params) => <PetitionPrintPage id={params.id} paper={params.paper} />}</Route>
      <Route path="/opinion" component={OpinionWatchPage} />
      <Route path="/intake/from-opinion/:ids">{(params) => <IntakePage key={params.ids} fromOpinion={params.ids.split(',')} />}</Route>
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

/** A person who left the seat to someone else, with where they were: their screens are kept for them. */
type Kept = { id: string; at: string };
const KEPT_AT_MOST = 3;

/**
 * Where a person's screens are: the window's address while they sit here, the address they left
 * at while someone else does. Their screens stay mounted, hidden, so an unsaved form waits for
 * them and is never shown to the next person.
 */
function seatLocation(active: { current: boolean }, left: { current: string }) {
  return (): ReturnType<typeof useHashLocation> => {
    const live = useHashLocation();
    return active.current ? live : [left.current, () => undefined];
  };
}

/**
 * `active`: the signed-in person's screens, which also keep the console's upkeep running (alerts,
 * escalation), locked or not; `shown`: not behind the lock screen.
 */
function PersonScreens({ active, shown, leftAt }: { active: boolean; shown: boolean; leftAt: string }) {
  const activeRef = useRef(active);
  const leftRef = useRef(leftAt);
  activeRef.current = active;
  leftRef.current = leftAt;
  const [hook] = useState(() => seatLocation(activeRef, leftRef));
  return (
    <Router hook={hook}>
      <div hidden={!shown} className="seat-screens">
        <Screens_ active={active} />
      </div>
    </Router>
  );
}

function Screens_({ active }: { active: boolean }) {
  const [location] = useLocation();
  // The wall display has no navigation and nothing that needs a mouse.
  if (location.startsWith('/bigscreen')) return <BigScreenPage />;
  return (
    <Shell active={active}>
      <OpenTargetOnNotice />
      <Screens />
    </Shell>
  );
}

function Seat() {
  const here = useSeat();
  useSeatFollowsAccount();
  const [location, navigate] = useLocation();
  const [kept, setKept] = useState<Kept[]>([]);
  const current = here.person && !here.mustChange ? here.person.id : null;
  // Someone coming back to screens kept for them finds them where they left: the window goes back
  // to that address first, and until it is there their screens stay as they were.
  const returning = kept.find((k) => k.id === current);
  const back = returning !== undefined && returning.at === location;
  useEffect(() => {
    if (!returning) return;
    if (back) setKept((before) => before.filter((k) => k.id !== returning.id));
    else navigate(returning.at, { replace: true });
  }, [returning, back, navigate]);
  const settled = !returning || back;
  const trees = [...kept.filter((k) => k.id !== current || !back), ...(current && settled ? [{ id: current, at: location }] : [])];
  const leaveToSomeoneElse = () => {
    if (!here.person) return;
    const id = here.person.id;
    setKept((before) => [...before.filter((k) => k.id !== id), { id, at: location }].slice(-KEPT_AT_MOST));
  };
  // Leaving the wall display (大屏), which never locks by itself, asks for the password.
  const previous = useRef(location);
  const ctx = useSeatWriteContext();
  useEffect(() => {
    if (previous.current.startsWith('/bigscreen') && !location.startsWith('/bigscreen') && here.person && !here.locked) {
      void lockSeat(accountsDb(), ctx());
    }
    previous.current = location;
  }, [location, here.person, here.locked, ctx]);
  return (
    <>
      {trees.map((tree) => (
        <PersonScreens key={tree.id} active={tree.id === current && settled} shown={tree.id === current && !here.locked} leftAt={tree.at} />
      ))}
      {!here.person ? <SignInPage /> : null}
      {here.person && here.mustChange ? <ForcedPasswordChange /> : null}
      {here.person && here.locked ? <LockScreen onSomeoneElse={leaveToSomeoneElse} /> : null}
      <ReauthDialog />
      {/* The wall display (大屏) is watched, not worked at: it shows counts and stays up. */}
      {current && !location.startsWith('/bigscreen') ? <IdleLock /> : null}
    </>
  );
}

export function App({ db }: { db: ConsoleDb }) {
  const { t } = useTranslation();
  return (
    <ErrorBoundary>
      <ConsoleProvider db={db} fallback={<div className="loading">{t('app.loading')}</div>}>
        {/* Answers the host's backup requests (daily, before quitting) from the moment the data is
            open, also while the operator picker is showing. */}
        <AutoBackup />
        <Router hook={useHashLocation}>
          <Seat />
        </Router>
      </ConsoleProvider>
    </ErrorBoundary>
  );
}
