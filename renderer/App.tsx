// The console: the operator is chosen first, then the shell with its screens.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { ConsoleProvider } from './db/DatabaseContext';
import type { ConsoleDb } from './db/schema';
import { BoardPage } from './features/incidents/BoardPage';
import { IncidentPage } from './features/incidents/IncidentPage';
import { IntakePage } from './features/intake/IntakePage';
import { PlanPage } from './features/plan/PlanPage';
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
      <Route path="/incidents/:id">{(params) => <IncidentPage id={params.id} />}</Route>
      <Route path="/plan" component={PlanPage} />
      <Route component={BoardPage} />
    </Switch>
  );
}

function Seat({ askOperator }: { askOperator: boolean }) {
  const operator = useOperator();
  const [confirmed, setConfirmed] = useState(!askOperator);
  if (!operator || !confirmed) return <OperatorPicker onConfirmed={() => setConfirmed(true)} />;
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
    <ConsoleProvider db={db} fallback={<div className="loading">{t('app.loading')}</div>}>
      <Router hook={useHashLocation}>
        <Seat askOperator={askOperator} />
      </Router>
    </ConsoleProvider>
  );
}
