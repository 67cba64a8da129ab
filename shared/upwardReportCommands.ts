// 信息报送 as commands: a report drafted for an incident (首报, 续报, 终报), revised, submitted to
// the leader and approved or returned where the plan asks for approval, and sent — to whom, how
// and when, as recorded. Each writes the report and its timeline entry together; the read is
// written once against the store interface, so the office server decides the same.
import { z } from 'zod';
import { decided, refused, stamped, type Decision, type Stamp, type TimelineAppend } from './commandKit';
import type { Incident } from './model';
import type { SharedCommand } from './officeCommands';
import type { Plan } from './plan';
import { planOfIncident } from './planVersions';
import type { StoreReads } from './storeReads';
import { timelineBody } from './timelineKinds';
import { parsePlanLocalDateTime, toIsoWithOffset } from './time';
import {
  approvalNeeded,
  owesReports,
  recipientNames,
  REPORT_KINDS,
  reportErrors,
  reportingRule,
  reportProjection,
  sendErrors,
  withReportSent,
  stepRefusal,
  type ReportInput,
  type ReportStep,
  type SendInput,
  type UpwardReport,
} from './upwardReports';

export type ReportSeen = { incident: Incident | undefined; reports: UpwardReport[]; plan: Plan | undefined };

const withErrors = (errors: Record<string, string>) =>
  Object.keys(errors).length > 0 ? refused<UpwardReport>('validation', errors) : null;

/** The timeline's words for a report: its kind and number, and its recipients in both languages. */
function entry(
  report: UpwardReport,
  plan: Plan,
  kind: 'report-drafted' | 'report-submitted' | 'report-approved' | 'report-returned' | 'report-sent',
  note?: string,
): TimelineAppend {
  const rule = reportingRule(plan);
  const params = {
    kind: report.kind,
    sequence: report.sequence,
    recipients: recipientNames(report.recipients, rule, 'zh-CN').join('、'),
    recipientsEn: recipientNames(report.recipients, rule, 'en').join(', '),
    ...(report.sent ? { method: report.sent.method } : {}),
  };
  return {
    incidentId: report.incidentId,
    ...timelineBody(kind, report.kind === 'follow-up' ? { ...params, context: 'numbered' } : params, { note }),
  };
}

const reportInput = z.object({ title: z.string(), text: z.string(), recipients: z.array(z.string()).max(20) });

export const draftReportArgs = z.object({ incidentId: z.string().min(1), kind: z.enum(REPORT_KINDS), input: reportInput });

/**
 * 起草: a report of the kind owed. 首报 once per incident; 续报 only after the 首报 went out and
 * while the incident is open; 终报 once it is closed. Whether the leader approves it first is
 * fixed now, from the level and the plan the incident runs under.
 */
export function decideDraftReport(
  seen: ReportSeen,
  { incidentId, kind, input }: z.output<typeof draftReportArgs>,
  stamp: Stamp,
): Decision<UpwardReport> {
  const { incident, plan } = seen;
  if (!incident || !plan) return refused('incident-not-found');
  const rule = reportingRule(plan);
  const invalid = withErrors(reportErrors(input, rule));
  if (invalid) return invalid;
  if (!owesReports(incident, rule)) return refused('report-not-owed');
  const ofKind = seen.reports.filter((r) => r.kind === kind);
  if (kind === 'first' && ofKind.length > 0) return refused('report-first-exists');
  if (kind === 'follow-up' && !seen.reports.some((r) => r.kind === 'first' && r.status === 'sent')) return refused('report-first-not-sent');
  if (kind === 'follow-up' && (incident.state === 'closed' || incident.state === 'rejected')) return refused('report-follow-up-closed');
  if (kind === 'final' && incident.state !== 'closed') return refused('report-final-before-close');
  if (kind === 'final' && ofKind.length > 0) return refused('report-final-exists');
  const report: UpwardReport = {
    id: stamp.newId(),
    mode: stamp.mode,
    incidentId,
    kind,
    sequence: ofKind.length + 1,
    title: input.title.trim(),
    text: input.text.trim(),
    recipients: [...new Set(input.recipients)],
    status: 'draft',
    needsApproval: approvalNeeded(incident.level, rule),
    createdAt: stamp.at,
    createdBy: stamp.actor.id,
    createdByName: stamp.actor.name,
    ...stamped(stamp),
  };
  return decided(report, [{ put: 'upwardReports', row: report }], [entry(report, plan, 'report-drafted')]);
}

export const reportStepArgs = z.object({
  reportId: z.string().min(1),
  step: z.discriminatedUnion('type', [
    z.object({ type: z.literal('revise'), title: z.string(), text: z.string(), recipients: z.array(z.string()).max(20) }),
    z.object({ type: z.literal('submit') }),
    z.object({ type: z.literal('approve'), comment: z.string().max(2000).optional() }),
    z.object({ type: z.literal('return'), comment: z.string().max(2000) }),
  ]),
});

/** 修改, 提交审批, 批准, 退回 (with its reason). */
export function decideReportStep(
  seen: ReportSeen & { report: UpwardReport | undefined },
  { step }: z.output<typeof reportStepArgs>,
  stamp: Stamp,
): Decision<UpwardReport> {
  const { report, plan } = seen;
  if (!report || !plan) return refused('report-not-found');
  if (step.type === 'revise') {
    const invalid = withErrors(reportErrors(step, reportingRule(plan)));
    if (invalid) return invalid;
  }
  if (step.type === 'return' && !step.comment.trim()) return refused('validation', { comment: 'validation.required' });
  const refusal = stepRefusal(report, step.type, stamp.actor);
  if (refusal) return refused(refusal);
  const base = { ...report, ...stamped(stamp) };
  const next: UpwardReport = ((s: ReportStep): UpwardReport => {
    switch (s.type) {
      case 'revise':
        return { ...base, title: s.title.trim(), text: s.text.trim(), recipients: [...new Set(s.recipients)] };
      case 'submit':
        return { ...base, status: 'submitted', submittedAt: stamp.at };
      case 'approve':
        return {
          ...base,
          status: 'approved',
          decision: {
            kind: 'approved',
            at: stamp.at,
            by: stamp.actor.id,
            byName: stamp.actor.name,
            ...(s.comment?.trim() ? { comment: s.comment.trim() } : {}),
          },
        };
      case 'return':
        return {
          ...base,
          status: 'returned',
          decision: { kind: 'returned', at: stamp.at, by: stamp.actor.id, byName: stamp.actor.name, comment: s.comment.trim() },
        };
    }
  })(step);
  const kind =
    step.type === 'revise'
      ? 'report-drafted'
      : step.type === 'submit'
        ? 'report-submitted'
        : step.type === 'approve'
          ? 'report-approved'
          : 'report-returned';
  // A revision is not a new entry on the timeline: the draft's words change, nothing happened outside.
  const timeline =
    step.type === 'revise'
      ? []
      : [
          entry(
            next,
            plan,
            kind,
            step.type === 'return' ? step.comment.trim() : step.type === 'approve' ? step.comment?.trim() || undefined : undefined,
          ),
        ];
  return decided(next, [{ put: 'upwardReports', row: next }], timeline);
}

export const sendReportArgs = z.object({
  reportId: z.string().min(1),
  input: z.object({ method: z.string(), at: z.string(), receivers: z.string() }),
});

/** 报送: the report went out (approved first where it must be), by a method, at a time, to the people reached. */
export function decideSendReport(
  seen: ReportSeen & { report: UpwardReport | undefined },
  { input }: z.output<typeof sendReportArgs>,
  stamp: Stamp,
): Decision<UpwardReport> {
  const { report, plan } = seen;
  if (!report || !plan) return refused('report-not-found');
  const invalid = withErrors(sendErrors(input, stamp, seen.incident?.milestones.activatedAt));
  if (invalid) return invalid;
  const refusal = stepRefusal(report, 'send', stamp.actor);
  if (refusal) return refused(refusal);
  const at = toIsoWithOffset(parsePlanLocalDateTime(input.at, stamp.utcOffsetMinutes)!, stamp.utcOffsetMinutes);
  if (!seen.incident) return refused('incident-not-found');
  const next: UpwardReport = {
    ...report,
    status: 'sent',
    sent: {
      at,
      method: input.method as NonNullable<UpwardReport['sent']>['method'],
      receivers: input.receivers.trim(),
      by: stamp.actor.id,
      byName: stamp.actor.name,
      recordedAt: stamp.at,
    },
    ...stamped(stamp),
  };
  // The incident keeps when its reports went out: its report clocks run from these.
  const reporting = withReportSent(seen.incident.reporting, report.kind, at);
  const incident = { ...seen.incident, reporting, ...stamped(stamp) };
  const saved = { ...incident, ...reportProjection(incident, plan) };
  return decided(
    next,
    [
      { put: 'upwardReports', row: next },
      { put: 'incidents', row: saved },
    ],
    [entry(next, plan, 'report-sent', next.sent!.receivers)],
  );
}

// ── As shared commands ──────────────────────────────────────────────────────

const reportsOf = (store: StoreReads, incidentId: string) => store.upwardReports.where('incidentId').equals(incidentId).toArray();

async function readIncident(store: StoreReads, incidentId: string, seat: { plan: Plan; plans?: readonly Plan[] }): Promise<ReportSeen> {
  const incident = await store.incidents.get(incidentId);
  return {
    incident,
    reports: incident ? await reportsOf(store, incidentId) : [],
    plan: incident ? planOfIncident(seat, incident) : undefined,
  };
}

async function readReport(store: StoreReads, { reportId }: { reportId: string }, seat: { plan: Plan; plans?: readonly Plan[] }) {
  const report = await store.upwardReports.get(reportId);
  const seen = report ? await readIncident(store, report.incidentId, seat) : { incident: undefined, reports: [], plan: undefined };
  return { ...seen, report };
}

export const draftReportCommand: SharedCommand<z.output<typeof draftReportArgs>, ReportSeen, UpwardReport> = {
  name: 'report.draft',
  args: draftReportArgs,
  tables: ['incidents', 'upwardReports', 'plans'],
  read: (store, { incidentId }, _stamp, seat) => readIncident(store, incidentId, seat),
  decide: decideDraftReport,
};

export const reportStepCommand: SharedCommand<
  z.output<typeof reportStepArgs>,
  ReportSeen & { report: UpwardReport | undefined },
  UpwardReport
> = {
  name: 'report.step',
  args: reportStepArgs,
  tables: ['incidents', 'upwardReports', 'plans'],
  read: (store, args, _stamp, seat) => readReport(store, args, seat),
  decide: decideReportStep,
};

export const sendReportCommand: SharedCommand<
  z.output<typeof sendReportArgs>,
  ReportSeen & { report: UpwardReport | undefined },
  UpwardReport
> = {
  name: 'report.send',
  args: sendReportArgs,
  tables: ['incidents', 'upwardReports', 'plans'],
  read: (store, args, _stamp, seat) => readReport(store, args, seat),
  decide: decideSendReport,
};

export type { ReportInput, SendInput };
