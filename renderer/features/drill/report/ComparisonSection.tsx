// 六、与上次演练对比 (巩固成果): this run beside the latest earlier finished run of the same scenario —
// the drill time and on-time count, each expected action's minutes after its inject with the change,
// each objective's rating with the trend, and the minutes as a bar chart.
import type { ReportComparison } from '@shared/drillReport';
import { ComparisonChart } from './ComparisonChart';
import { minutesText, type ReportText } from './reportText';
import { PaperSection, PaperTable } from '../../../ui/paper/Paper';
import { keyIn, say } from '../../../i18n/keys';

function changeText(change: number | null, text: ReportText): string {
  const { t } = text;
  if (change === null) return t('drillReport.none');
  if (change === 0) return t('drillReport.comparison.same');
  return t(change < 0 ? 'drillReport.comparison.faster' : 'drillReport.comparison.slower', { minutes: minutesText(Math.abs(change)) });
}

const changeClass = (change: number | null) => (change === null || change === 0 ? '' : change < 0 ? 'dr-better' : 'dr-worse');

export function ComparisonSection({
  comparison,
  laterNumber,
  text,
}: {
  comparison: ReportComparison | null;
  laterNumber: string;
  text: ReportText;
}) {
  const { t } = text;
  const title = t('drillReport.section.comparison');
  if (!comparison) {
    return (
      <PaperSection title={title}>
        <p className="summary-empty">{t('drillReport.comparison.none')}</p>
      </PaperSection>
    );
  }
  const c = comparison;
  const col = (key: string) => t(keyIn('drillReport.comparison.col', key));
  const trend = (value: string | null) => (value ? say(t, keyIn('drill.evaluation', value)) : t('drillReport.none'));
  const minutes = (value: number | null) => (value === null ? t('drillReport.none') : text.minutes(value));
  const onTime = (tally: ReportComparison['onTime']['later']) =>
    t('drillReport.comparison.onTimeValue', { onTime: tally.onTime, rated: tally.rated });
  const summaryTitle = t('drillReport.comparison.summary');
  const actionsTitle = t('drillReport.comparison.actions');
  const objectivesTitle = t('drillReport.comparison.objectives');
  const drillChange =
    c.drillMinutes.earlier !== null && c.drillMinutes.later !== null ? c.drillMinutes.later - c.drillMinutes.earlier : null;
  return (
    <PaperSection title={title}>
      <p className="drill-report-previous">
        {t('drillReport.comparison.previous', {
          number: c.previousNumber,
          date: c.previousStartedAtMs === null ? t('drillReport.none') : text.date(c.previousStartedAtMs),
        })}
      </p>
      <PaperTable
        keepTogether
        label={summaryTitle}
        caption={summaryTitle}
        columns={[col('item'), col('earlier'), col('later'), col('change')]}
      >
        <tr>
          <td>{t('drillReport.comparison.drillTime')}</td>
          <td className="nowrap">{minutes(c.drillMinutes.earlier)}</td>
          <td className="nowrap">{minutes(c.drillMinutes.later)}</td>
          <td className="nowrap">{minutes(drillChange)}</td>
        </tr>
        <tr>
          <td>{t('drillReport.comparison.onTime')}</td>
          <td className="nowrap">{onTime(c.onTime.earlier)}</td>
          <td className="nowrap">{onTime(c.onTime.later)}</td>
          <td className="nowrap">{t('drillReport.none')}</td>
        </tr>
        <tr>
          <td>{t('drillReport.comparison.overall')}</td>
          <td>{text.rating(c.overall.earlier)}</td>
          <td>{text.rating(c.overall.later)}</td>
          <td className={`dr-trend-${c.overall.trend ?? 'none'}`}>{trend(c.overall.trend)}</td>
        </tr>
      </PaperTable>
      <PaperTable
        label={objectivesTitle}
        caption={objectivesTitle}
        columns={[col('objective'), col('earlier'), col('later'), col('trend')]}
      >
        {c.objectives.map((o) => (
          <tr key={o.objective}>
            <td>{text.text(o.name)}</td>
            <td>{text.rating(o.earlier)}</td>
            <td>{text.rating(o.later)}</td>
            <td className={`nowrap dr-trend-${o.trend ?? 'none'}`}>{trend(o.trend)}</td>
          </tr>
        ))}
      </PaperTable>
      {c.chart.length ? (
        <ComparisonChart
          data={c.chart}
          label={t('drillReport.comparison.chart')}
          earlierName={t('drillReport.comparison.earlierSeries', { number: c.previousNumber })}
          laterName={t('drillReport.comparison.laterSeries', { number: laterNumber })}
          axisUnit={t('drillReport.comparison.axis')}
        />
      ) : null}
      <PaperTable
        label={actionsTitle}
        caption={actionsTitle}
        columns={[
          { label: col('no'), className: 'dr-col-no' },
          col('action'),
          { label: col('limit'), className: 'nowrap' },
          { label: col('earlier'), className: 'dr-col-minutes' },
          { label: col('later'), className: 'dr-col-minutes' },
          { label: col('change'), className: 'dr-col-change' },
        ]}
      >
        {c.actions.map((row) => (
          <tr key={row.action.no}>
            <td className="nowrap">{row.action.no}</td>
            <td>{text.text(row.action.description)}</td>
            <td className="nowrap">{text.minutes(row.action.limitMinutes)}</td>
            <td className="nowrap">{text.timing(row.earlier)}</td>
            <td className="nowrap">{text.timing(row.later)}</td>
            <td className={`nowrap ${changeClass(row.changeMinutes)}`}>{changeText(row.changeMinutes, text)}</td>
          </tr>
        ))}
      </PaperTable>
    </PaperSection>
  );
}
