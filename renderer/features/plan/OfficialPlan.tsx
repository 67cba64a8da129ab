// The plan on paper in the drill notice's official layout (GB/T 9704-2012): the organisation
// over a red rule, the title and 生效日期, then the written parts under 一、二、三… with the
// levels, time limits and teams' duties as tables where they belong, and the signature.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { chineseNumeral, paragraphs } from '@shared/drillNotice';
import type { Plan } from '@shared/plan';
import type { PlanDocument } from '@shared/planDocument';
import { statusOf, versionNumberOf } from '@shared/planVersions';
import { localized, type LocalizedText, type Locale } from '@shared/text';
import { noticeDate } from '../drill/notices/noticeText';
import { unitName } from '@shared/routing';
import { useTeams } from '../../db/reads/organisation';
import { ruleScope } from './ruleText';
import { keyIn } from '../../i18n/keys';

type Section = { key: string; body: ReactNode };

function Prose({ text, locale }: { text: LocalizedText; locale: Locale }) {
  return (
    <>
      {paragraphs(localized(text, locale)).map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </>
  );
}

export function OfficialPlan({ plan, locale }: { plan: Plan; locale: Locale }) {
  const { t } = useTranslation();
  const teams = useTeams();
  const unitLabel = (department: string) => unitName(department, teams, locale);
  const text = (value: LocalizedText) => localized(value, locale);
  const categoryName = (code: string) => text(plan.categories.find((c) => c.code === code)?.name ?? { zh: code });
  const document = plan.document;
  const prose = (key: keyof Omit<PlanDocument, 'duties'>) => (document ? <Prose text={document[key]} locale={locale} /> : null);

  const levels: Section = {
    key: 'levels',
    body: (
      <table className="op-table">
        <thead>
          <tr>
            <th>{t('planTemplates.print.table.level')}</th>
            <th>{t('planTemplates.print.table.criteria')}</th>
            <th>{t('planTemplates.print.table.national')}</th>
            <th>{t('planTemplates.print.table.response')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.grades.map((grade) => (
            <tr key={grade.level}>
              <td>{text(grade.name)}</td>
              <td>{text(grade.criteria)}</td>
              <td>{grade.nationalLevels.join('/')}</td>
              <td>{text(grade.response)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    ),
  };
  const limits: Section = {
    key: 'limits',
    body: (
      <table className="op-table">
        <thead>
          <tr>
            <th>{t('planTemplates.print.table.stage')}</th>
            <th>{t('planTemplates.print.table.limit')}</th>
            <th>{t('planTemplates.print.table.from')}</th>
            <th>{t('planTemplates.print.table.applies')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.timeLimits.map((rule, i) => (
            <tr key={i}>
              <td>{t(`clock.stage.${rule.stage}`)}</td>
              <td>{`${rule.amount} ${t(`clock.unit.${rule.unit}`)}`}</td>
              <td>{t(rule.from === 'received' ? 'planTemplates.print.table.fromReceived' : 'planTemplates.print.table.fromPrevious')}</td>
              <td>{ruleScope(rule, t, categoryName)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    ),
  };
  const duties: Section = {
    key: 'duties',
    body: (
      <>
        <table className="op-table">
          <thead>
            <tr>
              <th>{t('planTemplates.print.table.team')}</th>
              <th>{t('planTemplates.print.table.duty')}</th>
            </tr>
          </thead>
          <tbody>
            {(document?.duties ?? []).map((duty) => (
              <tr key={duty.teamCode}>
                <td>{text(duty.teamName)}</td>
                <td>{text(duty.duty)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="op-table">
          <thead>
            <tr>
              <th>{t('planTemplates.print.table.category')}</th>
              <th>{t('planTemplates.print.table.department')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.categories.map((category) => (
              <tr key={category.code}>
                <td>{text(category.name)}</td>
                <td>{category.department ? unitLabel(category.department) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </>
    ),
  };
  // The fourteen parts in their order, with the settings' tables beside the parts they explain.
  const sections: Section[] = document
    ? [
        { key: 'purpose', body: prose('purpose') },
        { key: 'scope', body: prose('scope') },
        { key: 'definitions', body: prose('definitions') },
        duties,
        levels,
        { key: 'acceptance', body: prose('acceptance') },
        { key: 'investigation', body: prose('investigation') },
        { key: 'handling', body: prose('handling') },
        { key: 'feedback', body: prose('feedback') },
        limits,
        { key: 'resources', body: prose('resources') },
        { key: 'revision', body: prose('revision') },
        { key: 'training', body: prose('training') },
        { key: 'improvement', body: prose('improvement') },
      ]
    : [levels, limits];
  const organisation = text(plan.organisationName);
  const effective = noticeDate(plan.effectiveDate, locale);

  return (
    <article className="official-notice official-plan" aria-label={t('planTemplates.print.document')} lang={locale}>
      <header className="on-masthead">
        <p className="on-issuer size-m">{organisation}</p>
        <p className="on-doc-number">{t('planTemplates.print.version', { version: versionNumberOf(plan) })}</p>
        <hr className="on-red-rule" />
      </header>
      <h1 className="on-title">{text(plan.title)}</h1>
      <p className="op-effective">
        {t('planTemplates.print.effective', { date: effective })}
        {/* Approval, not the old first-run flag, is what makes a version more than a draft. */}
        {statusOf(plan) === 'approved' ? '' : ` ${t('planTemplates.print.draft')}`}
      </p>
      <div className="on-body">
        {document ? null : <p>{t('planTemplates.print.noDocument')}</p>}
        {sections.map((section, i) => {
          const title = t(keyIn('planTemplates.print.section', section.key));
          return (
            <section key={section.key} aria-label={title}>
              <h2>{t('planTemplates.print.heading', { cn: chineseNumeral(i + 1), n: i + 1, title })}</h2>
              {section.body}
            </section>
          );
        })}
      </div>
      <div className="on-signature">
        <p>{organisation}</p>
        <p>{effective}</p>
      </div>
    </article>
  );
}
