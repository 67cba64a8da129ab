// 从模板新建: the five templates, one previewed at a time (levels, limits, categories and their
// departments, duties linked to the organisation's teams), and a draft made from the one chosen.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PLAN_TEMPLATES } from '@shared/planTemplates';
import { localized } from '@shared/text';
import { useAppSelector } from '../../store';
import { useTeams } from '../../db/reads/organisation';
import { PlanMessageView } from './PlanMessageView';
import { ruleText } from './ruleText';
import { usePlanFiles } from './usePlanFiles';
import { useUnitName } from './useUnitName';
import './planFiles.css';

export function PlanTemplatesPage() {
  const { t } = useTranslation();
  const locale = useAppSelector((s) => s.session.locale);
  const teams = useTeams();
  const unitLabel = useUnitName();
  const [chosenKey, setChosenKey] = useState(PLAN_TEMPLATES[0]?.key ?? '');
  const { message, busy, createFromTemplate } = usePlanFiles();
  const chosen = PLAN_TEMPLATES.find((template) => template.key === chosenKey);
  const plan = chosen?.content;
  const categoryName = (code: string) => localized(plan?.categories.find((c) => c.code === code)?.name ?? { zh: code }, locale);

  return (
    <div className="plan-templates">
      <div className="page-header">
        <Link href="/plan" className="back">
          ← {t('planTemplates.templates.back')}
        </Link>
        <h1>{t('planTemplates.templates.title')}</h1>
        <p className="muted">{t('planTemplates.templates.intro')}</p>
      </div>
      <PlanMessageView message={message} />
      <div className="plan-templates-layout">
        <ul className="plan-template-list" aria-label={t('planTemplates.templates.list')}>
          {PLAN_TEMPLATES.map((template) => (
            <li key={template.key}>
              <button
                type="button"
                className={template.key === chosenKey ? 'chosen' : ''}
                aria-pressed={template.key === chosenKey}
                onClick={() => setChosenKey(template.key)}
              >
                <strong>{localized(template.name, locale)}</strong>
                <span className="small muted">{localized(template.summary, locale)}</span>
              </button>
            </li>
          ))}
        </ul>
        {chosen && plan ? (
          <section
            className="plan-template-preview"
            aria-label={t('planTemplates.templates.preview', { name: localized(chosen.name, locale) })}
          >
            <header>
              <h2>{localized(plan.title, locale)}</h2>
              <button type="button" className="primary" disabled={busy} onClick={() => void createFromTemplate(chosen.key)}>
                {busy ? t('planTemplates.templates.creating') : t('planTemplates.templates.create')}
              </button>
            </header>
            <h3>{t('planTemplates.templates.levels')}</h3>
            <dl className="plan-template-levels">
              {plan.grades.map((grade) => (
                <div key={grade.level}>
                  <dt>
                    {localized(grade.name, locale)}{' '}
                    <span className="muted small">{t('level.national', { levels: grade.nationalLevels.join('/') })}</span>
                  </dt>
                  <dd>{localized(grade.criteria, locale)}</dd>
                </div>
              ))}
            </dl>
            <h3>{t('planTemplates.templates.limits')}</h3>
            <ul className="plan-template-limits" aria-label={t('planTemplates.templates.limits')}>
              {plan.timeLimits.map((rule, i) => (
                <li key={i}>{ruleText(rule, t, categoryName)}</li>
              ))}
            </ul>
            <h3>{t('planTemplates.templates.categories')}</h3>
            <ul className="plan-template-categories">
              {plan.categories.map((category) => (
                <li key={category.code}>
                  {localized(category.name, locale)}
                  {category.department ? (
                    <span className="muted small">
                      {' '}
                      {t('planTemplates.templates.department', { department: unitLabel(category.department) })}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
            <h3>{t('planTemplates.templates.duties')}</h3>
            <dl className="plan-template-duties">
              {(plan.document?.duties ?? []).map((duty) => {
                const team = teams.find((candidate) => candidate.code === duty.teamCode);
                return (
                  <div key={duty.teamCode}>
                    <dt>
                      {localized(duty.teamName, locale)}{' '}
                      <span className="muted small">
                        {team
                          ? t('planTemplates.templates.linkedTeam', { team: localized(team.name, locale) })
                          : t('planTemplates.templates.noLinkedTeam')}
                      </span>
                    </dt>
                    <dd>{localized(duty.duty, locale)}</dd>
                  </div>
                );
              })}
            </dl>
          </section>
        ) : null}
      </div>
    </div>
  );
}
