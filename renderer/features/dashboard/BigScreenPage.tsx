// 大屏模式: the wall display. Dark, large type readable at 5 m, panels rotating on their own;
// nothing needs a mouse (Esc returns to the dashboard, ←/→ change the panel).
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { levelPhaseOf } from '@shared/summaryViews';
import { localized } from '@shared/text';
import { useConsole } from '../../db/DatabaseContext';
import { useAppSelector } from '../../store';
import { formatDateTime } from '../../ui/format';
import { useNow } from '../../ui/useNow';
import { DrillBanner } from '../session/DrillBanner';
import { DashboardCharts } from './DashboardCharts';
import { AttentionStrip, LatestTimeline, LevelPhaseTable, TeamCards } from './panels';
import { useDashboardData, useDueFigures } from './useDashboardData';
import './dashboard.css';

const SLIDES = ['overview', 'charts', 'teams'] as const;
const ROTATE_MS = 15_000;

export function BigScreenPage() {
  const { t } = useTranslation();
  const { plan, now: clock } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const [, navigate] = useLocation();
  const now = useNow(clock, 5_000);
  const data = useDashboardData(now);
  const figures = useDueFigures(data, now);
  const [slide, setSlide] = useState(0);
  const workingTeams = useMemo(() => (data?.teams ?? []).filter((team) => team.kind === 'working-team'), [data?.teams]);

  useEffect(() => {
    const timer = setInterval(() => setSlide((s) => (s + 1) % SLIDES.length), ROTATE_MS);
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') navigate('/');
      if (event.key === 'ArrowRight') setSlide((s) => (s + 1) % SLIDES.length);
      if (event.key === 'ArrowLeft') setSlide((s) => (s + SLIDES.length - 1) % SLIDES.length);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      clearInterval(timer);
      window.removeEventListener('keydown', onKey);
    };
  }, [navigate]);

  if (!data) return <div className="bigscreen" />;
  const current = SLIDES[slide]!;
  const due = figures?.due;
  const items = figures?.items.slice(0, 8) ?? null;
  return (
    <div className="bigscreen" data-slide={current}>
      <DrillBanner />
      <header className="bigscreen-header">
        <h1>
          {localized(plan.organisationName, locale)} · {t('app.title')}
        </h1>
        <ol className="slide-dots" aria-label={t('dashboard.bigScreen')}>
          {SLIDES.map((name, index) => (
            <li key={name} className={index === slide ? 'current' : ''} aria-current={index === slide ? 'step' : undefined}>
              {t(`dashboard.slide.${name}`)}
            </li>
          ))}
        </ol>
        <time className="bigscreen-clock">{formatDateTime(now, plan.utcOffsetMinutes)}</time>
      </header>
      <main className="bigscreen-body">
        {current === 'overview' ? (
          <div className="big-overview">
            <section>
              <h2>{t('dashboard.byLevelAndPhase')}</h2>
              <LevelPhaseTable rows={levelPhaseOf(data.open)} />
            </section>
            <section>
              <h2>{t('dashboard.attention')}</h2>
              {items && due ? (
                <AttentionStrip items={items} now={now} teams={data.teams} incidents={due.incidents} instructions={due.instructions} />
              ) : (
                <p role="status">{t('dashboard.dueReading')}</p>
              )}
            </section>
          </div>
        ) : current === 'charts' ? (
          <DashboardCharts open={data.open} today={data.today} recentDays={data.recentDays} dark height={330} />
        ) : (
          <div className="big-teams">
            <TeamCards teams={workingTeams} load={figures?.load ?? null} dark />
            <section>
              <h2>{t('dashboard.latest')}</h2>
              <LatestTimeline entries={data.latest.slice(0, 7)} />
            </section>
          </div>
        )}
      </main>
      <footer className="bigscreen-footer">{t('dashboard.exitHint')}</footer>
    </div>
  );
}
