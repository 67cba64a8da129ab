// 舆情监测 on the incident page: the rule's suggestion when negative reach reaches the plan's
// threshold, the trend, the items logged and the form to log one. Raising the grade stays a
// person's decision through the actions panel; nothing here changes the incident.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  negativeReachWithin,
  opinionRule,
  opinionSuggestion,
  opinionTrend,
  paddedBuckets,
  trendMaximum,
  type OpinionSuggestion,
} from '@shared/opinion';
import { planOfIncident } from '@shared/planVersions';
import { useConsole } from '../../db/DatabaseContext';
import { opinionItemsOf } from '../../db/opinions';
import { useIncident } from '../../db/reads/incidents';
import { useAppSelector } from '../../store';
import { Panel } from '../../ui/Field';
import { useNow } from '../../ui/useNow';
import { OpinionForm } from './OpinionForm';
import { OpinionList } from './OpinionList';
import { OpinionTrendChart } from './OpinionTrendChart';
import './opinion.css';

export function OpinionPanel({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const book = useConsole();
  const { db, now: clock } = book;
  const locale = useAppSelector((s) => s.session.locale);
  // Items age out of the rule's window as time passes, so the figures follow the clock.
  const now = useNow(clock, 60_000);
  const incident = useIncident(incidentId);
  const items = useLiveQuery(() => opinionItemsOf(db, incidentId), [db, incidentId]) ?? [];
  const [adding, setAdding] = useState(false);
  // The raise rule of the version the incident was opened under.
  const plan = incident ? planOfIncident(book, incident) : book.plan;
  const rule = opinionRule(plan);
  const number = new Intl.NumberFormat(locale);
  const suggestion = incident ? opinionSuggestion(items, incident, plan, now) : null;
  const trend = opinionTrend(items, { nowMs: now, offsetMinutes: plan.utcOffsetMinutes, rule });
  const numbers = { hours: rule.withinHours, threshold: rule.negativeReach };
  // One unit for every tick of the axis: all in 万 (thousands in English) once the scale reaches
  // 10,000, otherwise plain numbers with separators.
  const axisStep = locale.startsWith('zh') ? 10_000 : 1_000;
  const large = trendMaximum(trend) >= 10_000;
  const scaled = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const formatAxis = (v: number) => (large && v !== 0 ? t('opinion.trend.axisTick', { n: scaled.format(v / axisStep) }) : number.format(v));

  return (
    <Panel
      title={t('opinion.title')}
      className="opinion-panel"
      actions={
        adding ? null : (
          <button type="button" onClick={() => setAdding(true)}>
            {t('opinion.add')}
          </button>
        )
      }
    >
      {suggestion ? <SuggestionBanner suggestion={suggestion} /> : null}
      <p className="opinion-window small" role="status">
        {t('opinion.window', { ...numbers, reach: negativeReachWithin(items, now, rule.withinHours) })}
      </p>
      {adding ? <OpinionForm incidentId={incidentId} onDone={() => setAdding(false)} /> : null}
      {items.length === 0 ? (
        <p className="muted">{t('opinion.empty')}</p>
      ) : (
        <>
          <section className="opinion-trend" aria-label={t('opinion.trend.title')}>
            <h3>{t('opinion.trend.title')}</h3>
            <p className="muted small">{t(trend.unit === 'hour' ? 'opinion.trend.byHour' : 'opinion.trend.byDay')}</p>
            <OpinionTrendChart
              trend={{ ...trend, buckets: paddedBuckets(trend, plan.utcOffsetMinutes) }}
              label={t('opinion.trend.label', numbers)}
              names={{
                negative: t('opinion.sentiment.negative'),
                neutral: t('opinion.sentiment.neutral'),
                positive: t('opinion.sentiment.positive'),
                window: t('opinion.trend.window', numbers),
                threshold: t('opinion.trend.threshold', numbers),
              }}
              format={(v) => number.format(v)}
              formatAxis={formatAxis}
            />
          </section>
          <OpinionList items={items} />
        </>
      )}
    </Panel>
  );
}

function SuggestionBanner({ suggestion }: { suggestion: OpinionSuggestion }) {
  const { t } = useTranslation();
  const words = {
    reach: suggestion.reach,
    threshold: suggestion.threshold,
    hours: suggestion.withinHours,
    suggestedLevel: t(`level.${suggestion.suggested}`),
    currentLevel: suggestion.current === null ? t('level.none') : t(`level.${suggestion.current}`),
  };
  const hint =
    suggestion.kind === 'grade' ? 'opinion.gradeHint' : suggestion.suggested === 1 ? 'opinion.raiseToOneHint' : 'opinion.raiseHint';
  return (
    <div className="notice warning opinion-suggestion" role="alert">
      <strong>{t(suggestion.kind === 'grade' ? 'opinion.suggestGrade' : 'opinion.suggestRaise', words)}</strong>
      <div className="small">{t(hint)}</div>
    </div>
  );
}
