// The evaluation report's overview, ratings, findings and improvement plan: label/value rows and
// plain tables with repeated headers, so a long report flows over A4 pages without torn rows.
import type { ReactNode } from 'react';
import { DRILL_RATINGS, type DrillEvaluation, type DrillTally } from '@shared/drillEvaluation';
import type { FindingRow, ReportOverview } from '@shared/drillReport';
import type { ReportText } from './reportText';

/** A titled block of the report; its title stays with its first rows when a page breaks. */
export function ReportSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="drill-report-section" aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

export function OverviewSection({
  overview,
  noticeTitle,
  text,
}: {
  overview: ReportOverview;
  noticeTitle: string | null;
  text: ReportText;
}) {
  const { t } = text;
  const o = overview;
  const rows: [string, string][] = [
    [t('drillReport.overview.scenario'), text.text(o.title)],
    [t('drillReport.overview.kind'), t(`drill.kind.${o.kind}`)],
    [t('drillReport.overview.objectives'), text.list(o.objectives.map(text.text))],
    ...(noticeTitle ? [[t('drillReport.overview.notice'), noticeTitle] as [string, string]] : []),
    [t('drillReport.overview.date'), o.startedAtMs === null ? t('drillReport.none') : text.date(o.startedAtMs)],
    [t('drillReport.overview.started'), o.startedAtMs === null ? t('drillReport.none') : text.dateTime(o.startedAtMs)],
    [t('drillReport.overview.finished'), o.finishedAtMs === null ? t('drillReport.overview.notFinished') : text.dateTime(o.finishedAtMs)],
    [t('drillReport.overview.drillDuration'), t('drillReport.overview.drillMinutes', { minutes: o.drillMinutes })],
    [t('drillReport.overview.realDuration'), o.realMinutes === null ? t('drillReport.none') : text.minutes(o.realMinutes)],
    [t('drillReport.overview.speeds'), text.list(o.speeds.map((speed) => t('drillReport.overview.speed', { speed })))],
    [t('drillReport.overview.directors'), text.list(o.directors)],
    [t('drillReport.overview.participants'), text.list(o.participants)],
    [t('drillReport.overview.observers'), text.list(o.observers)],
    [t('drillReport.overview.injects'), t('drillReport.overview.injectCounts', o.injects)],
    [t('drillReport.overview.actions'), t('drillReport.overview.actionCounts', o.tally)],
    [t('drillReport.overview.overall'), text.rating(o.rating)],
  ];
  const title = t('drillReport.section.overview');
  return (
    <ReportSection title={title}>
      <table className="drill-report-facts" aria-label={title}>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ReportSection>
  );
}

function TallyCells({ tally }: { tally: DrillTally }) {
  return (
    <>
      <td className="dr-num">{tally.expected}</td>
      <td className="dr-num">{tally.done}</td>
      <td className="dr-num">{tally.onTime}</td>
      <td className="dr-num">{tally.late}</td>
      <td className="dr-num">{tally.missing}</td>
      <td className="dr-num">{tally.notDue}</td>
      <td className="dr-num">{tally.notInjected}</td>
    </>
  );
}

function TallyHeads({ text }: { text: ReportText }) {
  const { t } = text;
  return (
    <>
      {(['expected', 'done', 'onTime', 'late', 'missing', 'notDue', 'notInjected'] as const).map((key) => (
        <th key={key} className="dr-num">
          {t(`drill.evaluation.col.${key}`)}
        </th>
      ))}
    </>
  );
}

export function RatingsSection({ evaluation, text }: { evaluation: DrillEvaluation; text: ReportText }) {
  const { t } = text;
  const { overall } = evaluation;
  const objectivesTitle = t('drillReport.ratings.objectives');
  const teamsTitle = t('drillReport.ratings.teams');
  return (
    <ReportSection title={t('drillReport.section.ratings')}>
      <p className="drill-report-overall">
        {overall.rating !== overall.computed
          ? t('drillReport.ratings.overallAdjusted', { rating: text.rating(overall.rating), computed: text.rating(overall.computed) })
          : t('drillReport.ratings.overall', { rating: text.rating(overall.rating) })}
      </p>
      <p className="drill-report-rule">{t('drillReport.ratings.rule', { rule: t('drill.evaluation.rule') })}</p>
      <p className="drill-report-rule drill-report-legend">
        {DRILL_RATINGS.map((rating) => (
          <span key={rating}>{t(`drill.rating.${rating}`)}</span>
        ))}
      </p>
      <table className="drill-report-table dr-ratings" aria-label={objectivesTitle}>
        <caption>{objectivesTitle}</caption>
        <thead>
          <tr>
            <th className="dr-col-objective">{t('drill.evaluation.col.objective')}</th>
            <TallyHeads text={text} />
            <th className="dr-col-computed">{t('drill.evaluation.col.computed')}</th>
            <th className="dr-col-rating">{t('drill.evaluation.col.rating')}</th>
          </tr>
        </thead>
        <tbody>
          {evaluation.objectives.map((o) => (
            <tr key={o.objective}>
              <td>{text.text(o.name)}</td>
              <TallyCells tally={o.tally} />
              <td className="dr-rating">{text.shortRating(o.computed)}</td>
              <td className="dr-rating">{text.shortRating(o.rating)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {/* Adjustments under the table, so a reason reads as a sentence rather than a narrow column. */}
      {evaluation.objectives.some((o) => o.adjustment) ? (
        <ul className="drill-report-adjustments" aria-label={t('drill.evaluation.col.reason')}>
          {evaluation.objectives.flatMap((o) =>
            o.adjustment
              ? [
                  <li key={o.objective}>
                    {t('drillReport.ratings.adjustedLine', {
                      objective: text.text(o.name),
                      computed: text.shortRating(o.computed),
                      rating: text.shortRating(o.rating),
                      reason: t('drillReport.ratings.adjustment', { by: o.adjustment.by, reason: o.adjustment.reason }),
                    })}
                  </li>,
                ]
              : [],
          )}
        </ul>
      ) : null}
      <table className="drill-report-table dr-ratings" aria-label={teamsTitle}>
        <caption>{teamsTitle}</caption>
        <thead>
          <tr>
            <th className="dr-col-objective">{t('drill.evaluation.col.team')}</th>
            <TallyHeads text={text} />
            <th>{t('drill.evaluation.col.rating')}</th>
          </tr>
        </thead>
        <tbody>
          {evaluation.teams.map((team) => (
            <tr key={team.team}>
              <td className="dr-nowrap">{text.team(team.team)}</td>
              <TallyCells tally={team.tally} />
              <td className="dr-rating">{text.rating(team.rating)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ReportSection>
  );
}

export function FindingsSection({ rows, text }: { rows: FindingRow[]; text: ReportText }) {
  const { t } = text;
  const caption = t('drillReport.findings.caption');
  return (
    <ReportSection title={t('drillReport.section.findings')}>
      {rows.length === 0 ? (
        <p className="drill-report-empty">{t('drillReport.findings.none')}</p>
      ) : (
        <table className="drill-report-table" aria-label={caption}>
          <thead>
            <tr>
              <th className="dr-col-no">{t('drillReport.findings.col.no')}</th>
              <th>{t('drillReport.findings.col.finding')}</th>
              <th className="dr-col-objective">{t('drillReport.findings.col.objective')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.no}>
                <td className="dr-num">{row.no}</td>
                <td>{row.finding}</td>
                <td>{row.objective ? text.text(row.objective) : t('drillReport.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ReportSection>
  );
}

export function ImprovementPlanSection({ rows, text }: { rows: FindingRow[]; text: ReportText }) {
  const { t } = text;
  const caption = t('drillReport.findings.planCaption');
  return (
    <ReportSection title={t('drillReport.section.plan')}>
      {rows.length === 0 ? (
        <p className="drill-report-empty">{t('drillReport.findings.noPlan')}</p>
      ) : (
        <table className="drill-report-table" aria-label={caption}>
          <thead>
            <tr>
              <th className="dr-col-no">{t('drillReport.findings.col.no')}</th>
              <th>{t('drillReport.findings.col.measure')}</th>
              <th>{t('drillReport.findings.col.owner')}</th>
              <th>{t('drillReport.findings.col.dueDate')}</th>
              <th>{t('drillReport.findings.col.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.no} className={`dr-measure-${row.status}`}>
                <td className="dr-num">{row.no}</td>
                <td>{row.measure}</td>
                <td className="dr-nowrap">{row.owner}</td>
                <td className="dr-nowrap">{row.dueDate}</td>
                <td className="dr-nowrap dr-status">{t(`drillReport.findings.status.${row.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ReportSection>
  );
}
