// 信息报送 on the incident page: the plan's rule in a sentence, the report clocks (首报 after
// activation, 续报 while open, 终报 after closing) with what is due or overdue, 起草 of the report
// owed (filled from the plan's template), and every report with its steps and what was sent.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '@shared/model';
import { planOfIncident } from '@shared/planVersions';
import { nextReportKind, owesReports, reportClocks, reportDraft, reportingRule, tracksReports, type ReportClock } from '@shared/upwardReports';
import { useConsole } from '../../db/DatabaseContext';
import { draftReport } from '../../db/upwardReports';
import { useIncidentReports } from '../../db/reads/reports';
import { useAppSelector } from '../../store';
import { Panel } from '../../ui/Field';
import { formatDateTime, formatDuration } from '../../ui/format';
import { useNow } from '../../ui/useNow';
import { useWriteContext } from '../session/useWriteContext';
import { ReportCard } from './ReportCard';
import { ReportForm } from './ReportForm';
import { useReportName } from './useReportName';
import './reports.css';

export function UpwardReportsPanel({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const book = useConsole();
  const { db, now } = book;
  const locale = useAppSelector((s) => s.session.locale);
  const writeContext = useWriteContext();
  const name = useReportName();
  const minute = useNow(now, 30_000);
  const [drafting, setDrafting] = useState(false);
  const reports = useIncidentReports(incident.id);
  const plan = planOfIncident(book, incident);
  const rule = reportingRule(plan);
  if (reports === undefined) return null;
  const owed = owesReports(incident, rule);
  const clocks = reportClocks(incident, rule);
  // Activated before reports upward existed: no clocks, but a 首报 may still be made (its clocks start with it).
  const untracked = owed && !tracksReports(incident);
  const next = untracked ? (reports.some((r) => r.kind === 'first') ? null : 'first') : nextReportKind(clocks);
  const nextClock = clocks.find((c) => c.doneAt === null);
  const levels = rule.levels.map((level) => t(`level.${level}`)).join(locale === 'en' ? ', ' : '、');
  const approval = rule.approvalLevels.map((level) => t(`level.${level}`)).join(locale === 'en' ? ', ' : '、');
  // 终报 may be drafted as soon as the incident is closed; 续报 while open, once 首报 went out.
  const draftable = owed && next !== null && !reports.some((r) => r.kind === next && r.sequence === nextClock?.sequence && r.status !== 'sent');

  return (
    <Panel
      title={t('reports.title')}
      className="reports-panel"
      actions={
        draftable && !drafting ? (
          <button type="button" onClick={() => setDrafting(true)}>
            {t('reports.draft', { kind: name(next, nextClock?.sequence ?? 1) })}
          </button>
        ) : null
      }
    >
      <p className="muted small">
        {t('reports.rule', { levels, first: rule.firstWithinMinutes, every: rule.followUpEveryHours, final: rule.finalWithinHours })}
        {approval ? ` ${t('reports.ruleApproval', { levels: approval })}` : ''}
      </p>
      {!owed ? <p className="muted">{t('reports.notOwed')}</p> : null}
      {untracked ? <p className="muted">{t('reports.untracked')}</p> : null}
      {clocks.length > 0 ? (
        <ul className="report-clocks" aria-label={t('reports.clocks')}>
          {clocks.map((clock) => clockLine(clock, minute, name(clock.kind, clock.sequence)))}
        </ul>
      ) : null}
      {drafting && next ? (
        <ReportForm
          label={t('reports.draft', { kind: name(next, nextClock?.sequence ?? 1) })}
          submitLabel={t('reports.saveDraft')}
          rule={rule}
          initial={{
            ...reportDraft({
              plan,
              incident,
              kind: next,
              sequence: nextClock?.sequence ?? 1,
              kindName: name(next, nextClock?.sequence ?? 1),
              stageName: t(`state.${incident.state}`),
              locale,
            }),
            recipients: rule.recipients.slice(0, 1).map((r) => r.code),
          }}
          save={(input) => draftReport(db, incident.id, next, input, writeContext())}
          onDone={() => setDrafting(false)}
        />
      ) : null}
      {owed && reports.length === 0 ? <p className="muted">{t('reports.empty')}</p> : null}
      {reports.length > 0 ? (
        <ul className="report-list" aria-label={t('reports.list')}>
          {[...reports].reverse().map((report) => (
            <ReportCard key={report.id} report={report} rule={rule} />
          ))}
        </ul>
      ) : null}
    </Panel>
  );

  function clockLine(clock: ReportClock, at: number, label: string) {
    const offset = plan.utcOffsetMinutes;
    const due = formatDateTime(clock.dueAt, offset);
    const status =
      clock.doneAt !== null
        ? t(clock.doneAt <= clock.dueAt ? 'reports.clock.sentInTime' : 'reports.clock.sentLate', { at: formatDateTime(clock.doneAt, offset) })
        : at > clock.dueAt
          ? t('reports.clock.overdue', { duration: formatDuration(at - clock.dueAt, t) })
          : t('reports.clock.left', { duration: formatDuration(clock.dueAt - at, t) });
    const state = clock.doneAt !== null ? 'done' : at > clock.dueAt ? 'overdue' : 'running';
    return (
      <li key={`${clock.kind}-${clock.sequence}`} className={`report-clock clock-${state}`}>
        <strong>{label}</strong> {t('reports.clock.due', { at: due })} <span className="report-clock-status">{status}</span>
      </li>
    );
  }
}
