// 应急预案: the plan in force, as the console applies it (grades, categories, time limits).
import { reportingRule } from '@shared/upwardReports';
import { petitionRule } from '@shared/petitionLimits';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { effectiveFromOf, versionNumberOf } from '@shared/planVersions';
import { formatDateTime } from '../../ui/format';
import { PlanDiffPanel } from './PlanDiffPanel';
import { PlanDraftEditor } from './PlanDraftEditor';
import { PlanVersionsPanel } from './PlanVersionsPanel';
import { usePlanVersions } from '../../db/reads/plans';
import './plan.css';
import { localized } from '@shared/text';
import { useConsole } from '../../db/DatabaseContext';
import { useAppSelector } from '../../store';
import { LevelBadge } from '../../ui/Badges';
import { Panel } from '../../ui/Field';
import { opinionRule } from '@shared/opinion';
import { DEFAULT_HOLDING_STATEMENT, fillTemplate } from '@shared/releases';
import { PlanExchange } from './PlanExchange';

export function PlanPage() {
  const { t } = useTranslation();
  const { plan, calendar } = useConsole();
  const versions = usePlanVersions();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = versions.find((v) => v.id === selectedId);
  const locale = useAppSelector((s) => s.session.locale);
  const years = calendar.coveredYears();
  const categoryNames = (codes: string[]) =>
    codes
      .map((code) => localized(plan.categories.find((c) => c.code === code)?.name ?? { zh: code }, locale))
      .join(t('common.listSeparator'));
  return (
    <div className="plan">
      <div className="page-header">
        <h1>{localized(plan.title, locale)}</h1>
        <p className="muted">{t('plan.version', { version: plan.version, date: plan.effectiveDate })}</p>
        <p className="muted">
          {t('planEditor.inForce', { version: versionNumberOf(plan), from: formatDateTime(effectiveFromOf(plan)!, plan.utcOffsetMinutes) })}
        </p>
      </div>
      <PlanVersionsPanel versions={versions} selectedId={selectedId} onSelect={setSelectedId} />
      {/* Keyed by version: another version opens with its own settings, the same one keeps its message. */}
      {selected ? <PlanDraftEditor key={selected.id} version={selected} /> : null}
      {versions.length > 1 ? <PlanDiffPanel key={versions.length} versions={versions} /> : null}
      <div className="plan-grid">
        <Panel title={t('plan.grades')}>
          <ul className="grade-list">
            {plan.grades.map((g) => (
              <li key={g.level}>
                <LevelBadge level={g.level} grades={plan.grades} /> <strong>{localized(g.name, locale)}</strong>{' '}
                <span className="muted small">{t('level.national', { levels: g.nationalLevels.join('/') })}</span>
                <p>{localized(g.criteria, locale)}</p>
                <p className="muted small">{localized(g.response, locale)}</p>
              </li>
            ))}
          </ul>
          <p className="small">{t('plan.groupThreshold', { people: plan.grading.groupPeople })}</p>
          <p className="small">
            {t('plan.approval', { list: plan.approvalLevels.map((l) => t(`level.${l}`)).join(t('common.listSeparator')) })}
          </p>
        </Panel>
        <Panel title={t('plan.timeLimits')}>
          <ul className="rule-list">
            {plan.timeLimits.map((rule, index) => (
              <li key={index}>
                {t('plan.rule', { stage: t(`clock.stage.${rule.stage}`), amount: rule.amount, unit: t(`clock.unit.${rule.unit}`) })}
                {rule.from === 'received' ? ` ${t('plan.fromReceived')}` : ''}
                {rule.categories ? (
                  <span className="muted small"> {t('plan.onlyCategories', { list: categoryNames(rule.categories) })}</span>
                ) : null}
                {rule.levels ? (
                  <span className="muted small">
                    {' '}
                    {t('plan.onlyLevels', { list: rule.levels.map((l) => t(`level.${l}`)).join(t('common.listSeparator')) })}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
          <p className="small">{t('plan.dueSoon', { hours: plan.dueSoon.hours, percent: Math.round(plan.dueSoon.fraction * 100) })}</p>
          <p className="small">{t('plan.calendar', { from: years[0] ?? '', to: years[years.length - 1] ?? '' })}</p>
        </Panel>
        <Panel title={t('plan.categories')}>
          <ul className="tag-list">
            {plan.categories.map((c) => (
              <li key={c.code}>{localized(c.name, locale)}</li>
            ))}
          </ul>
        </Panel>
        <Panel title={t('plan.channels')}>
          <ul className="tag-list">
            {plan.channels.map((c) => (
              <li key={c.code}>{localized(c.name, locale)}</li>
            ))}
          </ul>
        </Panel>
        <Panel title={t('plan.publicity')}>
          <p className="small">
            {t('plan.opinionRaise', {
              reach: opinionRule(plan).negativeReach.toLocaleString(locale),
              hours: opinionRule(plan).withinHours,
            })}
          </p>
          <p className="small muted">{t('plan.holdingStatement')}</p>
          <blockquote className="plan-template">
            {/* The placeholders read as what a new statement fills in, never as {{codes}}. */}
            {fillTemplate(localized(plan.holdingStatement ?? DEFAULT_HOLDING_STATEMENT, locale), {
              organisation: t('plan.placeholder.organisation'),
              title: t('plan.placeholder.title'),
              place: t('plan.placeholder.place'),
              date: t('plan.placeholder.date'),
            })}
          </blockquote>
        </Panel>
        <Panel title={t('reports.title')}>
          <p className="small">
            {t('reports.rule', {
              levels: reportingRule(plan)
                .levels.map((level) => t(`level.${level}`))
                .join(locale === 'en' ? ', ' : '、'),
              first: reportingRule(plan).firstWithinMinutes,
              every: reportingRule(plan).followUpEveryHours,
              final: reportingRule(plan).finalWithinHours,
            })}
          </p>
          <ul className="tag-list" aria-label={t('reports.field.recipients')}>
            {reportingRule(plan).recipients.map((r) => (
              <li key={r.code}>{localized(r.name, locale)}</li>
            ))}
          </ul>
        </Panel>
        <Panel title={t('petitions.planRule.title')}>
          <p className="small">{t(`petitions.planRule.${petitionRule(plan).dayKind}`, { ...petitionRule(plan) })}</p>
        </Panel>
        <PlanExchange />
      </div>
    </div>
  );
}
