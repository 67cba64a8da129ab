// 指挥台: one screen for who commands, who is on duty, what every team is doing and what is late.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { levelPhaseOf } from '@shared/summaryViews';
import { useConsole, usePeople } from '../../db/DatabaseContext';
import { Panel } from '../../ui/Field';
import { OnDutyNow } from '../organisation/OnDutyNow';
import { useNow } from '../../ui/useNow';
import { CalendarWarning } from './CalendarWarning';
import { DashboardCharts } from './DashboardCharts';
import { AttentionStrip, LatestTimeline, LevelPhaseTable, TeamCards } from './panels';
import { useDashboardData, useDueFigures } from './useDashboardData';
import './dashboard.css';
import { OpenMeasuresPanel } from '../review/OpenMeasuresPanel';
import { DrillMeasuresPanel } from '../programme/DrillMeasuresPanel';
import { OpinionStatsPanel } from '../opinion/OpinionStatsPanel';
import { addDays, planDateOf } from '@shared/time';

export function DashboardPage() {
  const { t } = useTranslation();
  const { now: clock, plan } = useConsole();
  const now = useNow(clock, 15_000);
  const data = useDashboardData(now);
  const figures = useDueFigures(data, now);
  const today = planDateOf(now, plan.utcOffsetMinutes);
  const people = usePeople();
  const workingTeams = useMemo(() => (data?.teams ?? []).filter((team) => team.kind === 'working-team'), [data?.teams]);
  if (!data) return null;
  const leaders = people.filter((p) => p.role === 'leader' || p.role === 'deputy');
  const due = figures?.due;
  const items = figures?.items ?? null;
  const load = figures?.load ?? null;
  return (
    <div className="dashboard">
      <div className="page-header">
        <h1>{t('dashboard.title')}</h1>
        <Link href="/bigscreen" className="button">
          {t('dashboard.bigScreen')}
        </Link>
      </div>
      <CalendarWarning now={now} />
      <div className="dashboard-top">
        <Panel title={t('dashboard.leadership')} className="leadership-panel">
          <ul className="leaders">
            {leaders.map((p) => (
              <li key={p.id}>
                <strong>{p.name}</strong> <span className="muted">{t(`role.${p.role}`)}</span> <span className="mono">{p.phone}</span>
              </li>
            ))}
          </ul>
        </Panel>
        <OnDutyNow />
        <Panel title={t('dashboard.attention')} className={`attention-panel${items?.some((i) => i.overdue) ? ' has-overdue' : ''}`}>
          {items && due ? (
            <AttentionStrip items={items} now={now} teams={data.teams} incidents={due.incidents} instructions={due.instructions} />
          ) : (
            <p className="muted" role="status">
              {t('dashboard.dueReading')}
            </p>
          )}
        </Panel>
      </div>
      <TeamCards teams={workingTeams} load={load} />
      {/* Improvement measures from after-action reviews, until each is done. */}
      <OpenMeasuresPanel />
      <DrillMeasuresPanel />
      {/* 舆情预警: the last 7 days by warning level, and what waits without an incident. */}
      <OpinionStatsPanel from={addDays(today, -6)} to={addDays(today, 1)} title={t('opinion.dashboard.title')} onDashboard />
      <div className="dashboard-middle">
        <Panel title={t('dashboard.byLevelAndPhase')}>
          <LevelPhaseTable rows={levelPhaseOf(data.open)} />
        </Panel>
        <Panel title={t('dashboard.latest')}>
          <LatestTimeline entries={data.latest} />
        </Panel>
      </div>
      <DashboardCharts open={data.open} today={data.today} recentDays={data.recentDays} height={220} />
    </div>
  );
}
