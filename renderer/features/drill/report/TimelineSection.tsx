// 二、情景注入与处置时间线: every inject, every timed answer to it, the observers' notes and the
// trainer's commands in drill-time order (T+分钟), with the real clock where one was recorded; then
// the expected actions that have no time (not done, untimed, or never injected).
import type { TimelineRow, UnplacedAction } from '@shared/drillReport';
import { minutesText, type ReportText } from './reportText';
import { PaperSection, PaperTable } from '../../../ui/paper/Paper';
import { keyIn, say } from '../../../i18n/keys';

type Cells = { className: string; content: string; detail: string[]; by: string; result: string };

function cellsOf(row: TimelineRow, incidentNumbers: ReadonlyMap<number, string>, text: ReportText): Cells {
  const { t } = text;
  const none = t('drillReport.none');
  switch (row.kind) {
    case 'inject': {
      const incident = incidentNumbers.get(row.seq);
      const planned = { tPlus: text.tPlus(row.plannedMinute) };
      const result =
        row.status === 'fired'
          ? [
              t('drillReport.timeline.fired'),
              ...(row.resentCount ? [t('drillReport.timeline.resent', { count: row.resentCount })] : []),
            ].join(t('common.listSeparator'))
          : t(row.status === 'skipped' ? 'drillReport.timeline.skipped' : 'drillReport.timeline.notFired', planned);
      return {
        className: `dr-row-inject dr-inject-${row.status}`,
        content: t('drillReport.timeline.inject', {
          seq: row.seq,
          type: t(`drill.injectType.${row.type}`),
          from: text.text(row.from),
          to: text.text(row.to),
        }),
        detail: [text.text(row.content), ...(incident ? [t('drillReport.timeline.incident', { number: incident })] : [])],
        by: none,
        result,
      };
    }
    case 'action': {
      const minutes = minutesText(row.minutesAfterInject);
      return {
        className: `dr-row-action dr-action-${row.status}`,
        content: t('drillReport.timeline.action', { no: row.action.no, description: text.text(row.action.description) }),
        detail: [t('drillReport.timeline.actionMeta', { team: text.team(row.action.team), limit: row.action.limitMinutes })],
        by: row.source === 'observer' ? t('drillReport.timeline.observerBy', { name: row.by }) : row.by,
        result:
          row.status === 'late'
            ? t('drill.evaluation.lateBy', { late: minutesText(row.lateByMinutes ?? 0), minutes })
            : t('drill.evaluation.onTime', { minutes }),
      };
    }
    case 'note':
      return {
        className: 'dr-row-note',
        content: row.text || none,
        detail: row.mark
          ? [
              t('drillReport.timeline.marked', {
                no: row.mark.action.no,
                description: text.text(row.mark.action.description),
                outcome: t(row.mark.done ? 'drillReport.timeline.done' : 'drillReport.timeline.notDone'),
              }),
            ]
          : [],
        by: row.byName,
        result: none,
      };
    case 'control':
      return {
        className: 'dr-row-control',
        content: say(t, keyIn('drillReport.timeline.control', row.event), { speed: row.speed, from: row.from, to: row.to, seq: row.seq }),
        detail: [],
        by: row.by ?? none,
        result: none,
      };
  }
}

export function TimelineSection({
  rows,
  unplaced,
  incidentNumbers,
  text,
}: {
  rows: TimelineRow[];
  unplaced: UnplacedAction[];
  incidentNumbers: ReadonlyMap<number, string>;
  text: ReportText;
}) {
  const { t } = text;
  const caption = t('drillReport.timeline.caption');
  const unplacedTitle = t('drillReport.timeline.unplaced');
  return (
    <PaperSection title={t('drillReport.section.timeline')}>
      <PaperTable
        className="drill-report-timeline"
        label={caption}
        caption={caption}
        columns={[
          { label: t('drillReport.timeline.col.tPlus'), className: 'dr-col-time' },
          { label: t('drillReport.timeline.col.real'), className: 'dr-col-time' },
          { label: t('drillReport.timeline.col.kind'), className: 'dr-col-kind' },
          t('drillReport.timeline.col.content'),
          { label: t('drillReport.timeline.col.by'), className: 'dr-col-by' },
          { label: t('drillReport.timeline.col.result'), className: 'dr-col-result' },
        ]}
      >
        {rows.map((row, index) => {
          const cells = cellsOf(row, incidentNumbers, text);
          const planned = row.kind === 'inject' && row.status !== 'fired';
          return (
            <tr key={index} className={cells.className}>
              <td className="nowrap">{planned ? t('drillReport.none') : text.tPlus(row.drillMinute)}</td>
              <td className="nowrap">{row.atMs === null ? t('drillReport.none') : text.clock(row.atMs)}</td>
              <td className="nowrap">{t(`drillReport.timeline.kind.${row.kind}`)}</td>
              <td>
                <div className="dr-entry">{cells.content}</div>
                {cells.detail.map((line) => (
                  <div key={line} className="summary-sub">
                    {line}
                  </div>
                ))}
              </td>
              <td>{cells.by}</td>
              <td className="dr-result">{cells.result}</td>
            </tr>
          );
        })}
      </PaperTable>
      {unplaced.length ? (
        <PaperTable
          className="drill-report-unplaced"
          label={unplacedTitle}
          caption={t('drillReport.timeline.unplacedCaption')}
          columns={[
            t('drillReport.timeline.col2.action'),
            { label: t('drillReport.timeline.col2.team'), className: 'dr-col-by' },
            { label: t('drillReport.timeline.col2.status'), className: 'dr-col-result' },
            { label: t('drillReport.timeline.col2.by'), className: 'dr-col-by' },
          ]}
        >
          {unplaced.map((u) => (
            <tr key={u.action.no} className={`dr-action-${u.status}`}>
              <td>{t('drillReport.timeline.action', { no: u.action.no, description: text.text(u.action.description) })}</td>
              <td className="nowrap">{text.team(u.action.team)}</td>
              <td className="dr-result">{t(`drillReport.comparison.status.${u.status}`)}</td>
              <td>{u.by ?? t('drillReport.none')}</td>
            </tr>
          ))}
        </PaperTable>
      ) : null}
    </PaperSection>
  );
}
