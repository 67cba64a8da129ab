// The evaluation report's overview, ratings, findings and improvement plan: label/value rows and
// plain tables with repeated headers, so a long report flows over A4 pages without torn rows.
import { DRILL_RATINGS, type DrillEvaluation, type DrillTally } from '@shared/drillEvaluation';
import type { FindingRow, ReportOverview } from '@shared/drillReport';
import { FactTable, PaperSection, PaperTable, type Column } from '../../../ui/paper/Paper';
import type { ReportText } from './reportText';

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
    <PaperSection title={title}>
      <FactTable label={title} rows={rows} />
    </PaperSection>
  );
}

const TALLY_KEYS = ['expected', 'done', 'onTime', 'late', 'missing', 'notDue', 'notInjected'] as const;

function TallyCells({ tally }: { tally: DrillTally }) {
  return (
    <>
      {TALLY_KEYS.map((key) => (
        <td key={key} className="num nowrap">
          {tally[key]}
        </td>
      ))}
    </>
  );
}

const tallyColumns = ({ t }: ReportText): Column[] =>
  TALLY_KEYS.map((key) => ({ label: t(`drill.evaluation.col.${key}`), className: 'num nowrap' }));

export function RatingsSection({ evaluation, text }: { evaluation: DrillEvaluation; text: ReportText }) {
  const { t } = text;
  const { overall } = evaluation;
  const objectivesTitle = t('drillReport.ratings.objectives');
  const teamsTitle = t('drillReport.ratings.teams');
  return (
    <PaperSection title={t('drillReport.section.ratings')}>
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
      <PaperTable
        className="dr-ratings"
        label={objectivesTitle}
        caption={objectivesTitle}
        columns={[
          { label: t('drill.evaluation.col.objective'), className: 'dr-col-objective' },
          ...tallyColumns(text),
          { label: t('drill.evaluation.col.computed'), className: 'dr-col-computed' },
          { label: t('drill.evaluation.col.rating'), className: 'dr-col-rating' },
        ]}
      >
        {evaluation.objectives.map((o) => (
          <tr key={o.objective}>
            <td>{text.text(o.name)}</td>
            <TallyCells tally={o.tally} />
            <td className="dr-rating">{text.shortRating(o.computed)}</td>
            <td className="dr-rating">{text.shortRating(o.rating)}</td>
          </tr>
        ))}
      </PaperTable>
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
      <PaperTable
        className="dr-ratings"
        label={teamsTitle}
        caption={teamsTitle}
        columns={[
          { label: t('drill.evaluation.col.team'), className: 'dr-col-objective' },
          ...tallyColumns(text),
          t('drill.evaluation.col.rating'),
        ]}
      >
        {evaluation.teams.map((team) => (
          <tr key={team.team}>
            <td className="nowrap">{text.team(team.team)}</td>
            <TallyCells tally={team.tally} />
            <td className="dr-rating">{text.rating(team.rating)}</td>
          </tr>
        ))}
      </PaperTable>
    </PaperSection>
  );
}

export function FindingsSection({ rows, text }: { rows: FindingRow[]; text: ReportText }) {
  const { t } = text;
  const caption = t('drillReport.findings.caption');
  return (
    <PaperSection title={t('drillReport.section.findings')}>
      {rows.length === 0 ? (
        <p className="summary-empty">{t('drillReport.findings.none')}</p>
      ) : (
        <PaperTable
          label={caption}
          columns={[
            { label: t('drillReport.findings.col.no'), className: 'dr-col-no' },
            t('drillReport.findings.col.finding'),
            { label: t('drillReport.findings.col.objective'), className: 'dr-col-objective' },
          ]}
        >
          {rows.map((row) => (
            <tr key={row.no}>
              <td className="num nowrap">{row.no}</td>
              <td>{row.finding}</td>
              <td>{row.objective ? text.text(row.objective) : t('drillReport.none')}</td>
            </tr>
          ))}
        </PaperTable>
      )}
    </PaperSection>
  );
}

export function ImprovementPlanSection({ rows, text }: { rows: FindingRow[]; text: ReportText }) {
  const { t } = text;
  const caption = t('drillReport.findings.planCaption');
  return (
    <PaperSection title={t('drillReport.section.plan')}>
      {rows.length === 0 ? (
        <p className="summary-empty">{t('drillReport.findings.noPlan')}</p>
      ) : (
        <PaperTable
          label={caption}
          columns={[
            { label: t('drillReport.findings.col.no'), className: 'dr-col-no' },
            t('drillReport.findings.col.measure'),
            t('drillReport.findings.col.owner'),
            t('drillReport.findings.col.dueDate'),
            t('drillReport.findings.col.status'),
          ]}
        >
          {rows.map((row) => (
            <tr key={row.no} className={`dr-measure-${row.status}`}>
              <td className="num nowrap">{row.no}</td>
              <td>{row.measure}</td>
              <td className="nowrap">{row.owner}</td>
              <td className="nowrap">{row.dueDate}</td>
              <td className="nowrap dr-status">{t(`drillReport.findings.status.${row.status}`)}</td>
            </tr>
          ))}
        </PaperTable>
      )}
    </PaperSection>
  );
}
