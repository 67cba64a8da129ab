// 受理回执: what the complainant takes away from the desk — the complaint's number, what happens
// next, the time limits that apply with their dates, and whom to call. Built from the records and
// the plan; the screen only words it. Their own name is on it; their phone only masked.
import { z } from 'zod';
import type { WorkingCalendar } from './calendar';
import { decided, refused, type Decision } from './commandKit';
import { stageClocks } from './deadlines';
import type { Complaint, Incident } from './model';
import type { ClockedStage, Plan, TimeLimitRule } from './plan';
import { planOfIncident } from './planVersions';
import { maskPhone } from './privacy';
import type { LocalizedText } from './text';
import type { WorkflowState } from './workflowStates';

/** The phases a complainant hears about, in order. */
export const ACKNOWLEDGEMENT_PHASES = ['accept', 'investigate', 'solve', 'feedback', 'evaluate'] as const;
export type AcknowledgementPhase = (typeof ACKNOWLEDGEMENT_PHASES)[number];

const PHASE_OF: Record<WorkflowState, AcknowledgementPhase | 'closed' | 'rejected'> = {
  registered: 'accept',
  verified: 'investigate',
  graded: 'investigate',
  investigating: 'investigate',
  solution: 'solve',
  approval: 'solve',
  communicating: 'solve',
  implementing: 'solve',
  feedback: 'feedback',
  evaluating: 'evaluate',
  escalated: 'evaluate',
  closed: 'closed',
  rejected: 'rejected',
};

/** Where a limit's clock starts, for one not yet running: the event the complainant can watch for. */
const STARTS_AT: Record<ClockedStage, 'received' | 'accepted' | 'levelOne' | 'investigated' | 'solutionReady' | 'feedbackGiven'> = {
  acceptance: 'received',
  report: 'levelOne',
  investigation: 'accepted',
  solution: 'investigated',
  feedback: 'solutionReady',
  evaluation: 'feedbackGiven',
};

export type AcknowledgementDue =
  | { kind: 'date'; at: number }
  | { kind: 'done'; at: number }
  /** The working days run into a year without official calendar data: no date is guessed. */
  | { kind: 'calendar-missing'; year: number }
  | { kind: 'not-started'; startsAt: (typeof STARTS_AT)[ClockedStage] };

export type AcknowledgementLimit = { stage: ClockedStage; amount: number; unit: TimeLimitRule['unit']; due: AcknowledgementDue };

export type AcknowledgementContact = {
  organisation: LocalizedText;
  /** The desk that answers the complainant's calls (the command office's team). */
  office?: { name: LocalizedText; phone: string };
  /** 承办人: the owner, by name only — a colleague's own mobile is not handed out. */
  handler?: string;
};

export type Acknowledgement = {
  complaintNumber: string;
  incidentNumber: string;
  receivedAt: string;
  complainantName: string;
  complainantPhone: string;
  subject: string;
  status: AcknowledgementPhase | 'closed' | 'rejected';
  /** The phases still ahead, the current one first; empty once the matter is closed or rejected. */
  nextSteps: AcknowledgementPhase[];
  limits: AcknowledgementLimit[];
  /** For a matter settled already: what was done and what the complainant was told. */
  outcome?: { result?: string; feedback?: string };
  contact: AcknowledgementContact;
};

export type AcknowledgementInput = {
  complaint: Pick<Complaint, 'number' | 'receivedAt' | 'complainant' | 'subject'>;
  incident: Pick<Incident, 'number' | 'state' | 'level' | 'categoryCode' | 'milestones' | 'solution' | 'feedback' | 'planVersionId'>;
  /** The plan in force and every version kept: the limits printed are those of the incident's version. */
  plan: Plan;
  plans?: readonly Plan[];
  calendar: WorkingCalendar;
  contact: AcknowledgementContact;
};

export function acknowledgementOf(input: AcknowledgementInput): Acknowledgement {
  const { complaint, incident, calendar, contact } = input;
  const status = PHASE_OF[incident.state];
  const current = ACKNOWLEDGEMENT_PHASES.indexOf(status as AcknowledgementPhase);
  const finished = status === 'closed' || status === 'rejected';
  const limits = finished
    ? []
    : stageClocks(incident, planOfIncident(input, incident), calendar)
        // 一级报告 is the office's own duty to its leaders, not a promise to the complainant.
        .filter((clock) => clock.stage !== 'report')
        .map((clock): AcknowledgementLimit => {
          const { stage, rule } = clock;
          const due: AcknowledgementDue =
            clock.startAt === null
              ? { kind: 'not-started', startsAt: rule.from === 'received' ? 'received' : STARTS_AT[stage] }
              : clock.doneAt !== null
                ? { kind: 'done', at: clock.doneAt }
                : clock.dueAt !== null
                  ? { kind: 'date', at: clock.dueAt }
                  : { kind: 'calendar-missing', year: clock.calendarMissingYear ?? 0 };
          return { stage, amount: rule.amount, unit: rule.unit, due };
        });
  return {
    complaintNumber: complaint.number,
    incidentNumber: incident.number,
    receivedAt: complaint.receivedAt,
    complainantName: complaint.complainant.name,
    complainantPhone: maskPhone(complaint.complainant.phone),
    subject: complaint.subject,
    status,
    nextSteps: finished ? [] : ACKNOWLEDGEMENT_PHASES.slice(Math.max(0, current)),
    limits,
    ...(status === 'closed' ? { outcome: { result: incident.solution, feedback: incident.feedback } } : {}),
    contact,
  };
}

/** 受理回执 given: recorded on the incident's timeline (no table of its own: the timeline is the record). */
export const acknowledgementArgs = z.object({ complaintId: z.string().min(1) });
export function decideAcknowledgementGiven(seen: { complaint: Complaint | undefined }): Decision<void> {
  const { complaint } = seen;
  if (!complaint) return refused('complaint-not-found');
  return decided(
    undefined,
    [],
    [{ incidentId: complaint.incidentId, kind: 'acknowledgement-given', params: { complaint: complaint.number } }],
  );
}
