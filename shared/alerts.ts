// Which alerts should exist right now, computed from the records: a new level-1 incident (and its
// repeats until someone acknowledges it), each running stage clock due soon and overdue, and each
// overdue instruction. The host only keeps time for them; the notification centre records them.
import type { WorkingCalendar } from './calendar';
import type { Instruction } from './command';
import { stageClocks, type StageClock } from './deadlines';
import { instructionOverdue } from './instructions';
import type { Incident } from './model';
import type { Plan } from './plan';
import { planOfIncident, type PlanBook } from './planVersions';
import type { Preferences } from './preferences';
import type { ScheduledAlert } from './schedule';
import type { LocalizedText } from './text';
import { toIsoWithOffset } from './time';
import { reportClocks, reportingRule } from './upwardReports';
import { callBackDue, callBackRule } from './callBacks';
import { petitionRule } from './petitionLimits';
import { petitionDue, type Petition } from './petitions';
import type { OpinionItem } from './opinion';
import { isOpen } from './workflow';

const MINUTE = 60_000;

/** The host refuses a registration of more than this many alerts (ScheduleRegistrationSchema). */
export const MAX_REGISTERED_ALERTS = 10_000;

export type AlertKind = ScheduledAlert['kind'];
export type AlertParams = Record<string, string | number>;

/** One alert as the records call for it; its words are i18n keys, so each seat reads its own language. */
export type Alert = {
  key: string;
  /** ISO with the plan's offset. */
  fireAt: string;
  kind: AlertKind;
  urgent: boolean;
  /** The incident it is about; a drill message (情景注入) may concern no incident yet. */
  target?: { kind: 'incident' | 'petition'; id: string };
  titleKey: string;
  bodyKey: string;
  /** Numbers and names people know (事件编号, stage codes, deadlines as ISO); never a raw id. */
  params: AlertParams;
};

/** What the notification centre knows about a level-1 key: its latest notice. */
export type LevelOneNoticeState = { lastShownAt: string; acknowledgedAt?: string | undefined };

export type AlertInput = {
  /** Open incidents (closed and rejected ones are skipped anyway). */
  incidents: readonly Incident[];
  /** Instructions not yet accepted; those of incidents not in `incidents` are skipped. */
  instructions: readonly Instruction[];
  /** The plan in force and every version kept: each incident's clocks run by its own version. */
  plan: Plan;
  plans?: readonly Plan[];
  preferences: Pick<Preferences, 'dueSoonLeadMinutes' | 'levelOneRepeatMinutes'>;
  calendar: WorkingCalendar;
  now: number;
  /** Level-1 key → its latest notice, so repeats stop once acknowledged. */
  levelOneNotices: ReadonlyMap<string, LevelOneNoticeState>;
  /** Receivers' names for instruction alerts; a missing name leaves the receiver blank. */
  teamNames?: ReadonlyMap<string, LocalizedText>;
  personNames?: ReadonlyMap<string, string>;
  /** Lets a caller reuse clocks computed before (they only change when the incident does). */
  clocksOf?: (incident: Incident) => StageClock[];
  /** Opinion items whose warning is raised as an alert (舆情预警), recent ones only. */
  opinionWarnings?: readonly OpinionItem[];
  /** Petitions (信访事项) owing something by their stored dueAt within the window. */
  petitions?: readonly Petition[];
};

/**
 * The only params a desktop notice may carry: numbers, stage codes, deadlines, a drill's run and
 * message numbers. The host keeps registered notices in a file outside IndexedDB (schedule.json,
 * not encrypted), so an incident's title, an instruction's text or a receiver's name, which may
 * name a complainant or carry a phone number, never go there; the notification centre, inside the
 * database, keeps the full words.
 */
// A planned drill's scenario title and day name no one (演练计划).
export const DESKTOP_PARAMS = [
  'number',
  'stage',
  'deadline',
  'run',
  'seq',
  'injectType',
  'report',
  'warning',
  'platform',
  'scenario',
  'scenarioEn',
  'day',
] as const;

/** An alert's words for the desktop: its title (numbers only) and a body key of the same kind without personal data. */
export function desktopWording(alert: Pick<Alert, 'kind' | 'titleKey' | 'params'>): Pick<Alert, 'titleKey' | 'bodyKey' | 'params'> {
  const params: AlertParams = {};
  for (const name of DESKTOP_PARAMS) if (alert.params[name] !== undefined) params[name] = alert.params[name];
  return { titleKey: alert.titleKey, bodyKey: `notifications.desktop.${alert.kind}`, params };
}

export const levelOneKey = (incidentId: string) => `incident:${incidentId}:level1`;
export const stageAlertKey = (incidentId: string, stage: string, kind: 'due-soon' | 'overdue') => `incident:${incidentId}:${stage}:${kind}`;
export const instructionAlertKey = (instructionId: string) => `instruction:${instructionId}:overdue`;
/** Each 续报 has its own number, so the clock that starts after one is sent alerts afresh. */
export const reportAlertKey = (incidentId: string, kind: string, sequence: number, when: 'due-soon' | 'overdue') =>
  `report:${incidentId}:${kind}:${sequence}:${when}`;

const TEXT = 'notifications.alert';
// Long free text is cut so a title or body always fits the host's limits.
const clip = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/**
 * The next level-1 firing not yet shown: the first at the moment the incident became level 1,
 * then every `repeatMinutes` while unacknowledged. Only one instant is registered at a time; a
 * firing missed while the console was closed is replaced by the latest one, so it shows once.
 */
export function nextLevelOneFiring(levelOneAt: number, now: number, repeatMinutes: number, notice?: LevelOneNoticeState): number | null {
  // An acknowledgement made after the incident became level 1 ends the alert for good.
  if (notice?.acknowledgedAt && Date.parse(notice.acknowledgedAt) >= levelOneAt) return null;
  const shown = notice && !notice.acknowledgedAt ? Date.parse(notice.lastShownAt) : -Infinity;
  if (repeatMinutes === 0) return shown >= levelOneAt ? null : levelOneAt;
  if (now < levelOneAt) return levelOneAt;
  const every = repeatMinutes * MINUTE;
  const latest = levelOneAt + Math.floor((now - levelOneAt) / every) * every;
  return shown >= latest ? latest + every : latest;
}

function incidentAlerts(incident: Incident, input: AlertInput, iso: (ms: number) => string): Alert[] {
  const { now, preferences } = input;
  const target = { kind: 'incident', id: incident.id } as const;
  const base = { number: incident.number, title: clip(incident.title, 80) };
  const alerts: Alert[] = [];
  const levelOneAt = incident.milestones.levelOneAt ? Date.parse(incident.milestones.levelOneAt) : null;
  if (incident.level === 1 && levelOneAt !== null) {
    const key = levelOneKey(incident.id);
    const at = nextLevelOneFiring(levelOneAt, now, preferences.levelOneRepeatMinutes, input.levelOneNotices.get(key));
    if (at !== null) {
      alerts.push({
        key,
        fireAt: iso(at),
        kind: 'level1',
        urgent: true,
        target,
        titleKey: `${TEXT}.level1.title`,
        bodyKey: `${TEXT}.level1.body`,
        params: base,
      });
    }
  }
  const clocks = input.clocksOf?.(incident) ?? stageClocks(incident, planOfIncident(input, incident), input.calendar);
  const lead = preferences.dueSoonLeadMinutes * MINUTE;
  for (const clock of clocks) {
    // Finished, not started, or without calendar data (the screens say so; an alert cannot).
    if (clock.startAt === null || clock.doneAt !== null || clock.dueAt === null) continue;
    const params = { ...base, stage: clock.stage, deadline: iso(clock.dueAt) };
    const soonAt = clock.dueAt - lead;
    // Not once the deadline has passed (the overdue alert says more), and not for a stage that
    // began inside its own warning window (e.g. the 30-minute report to the leading group): its
    // deadline was in front of the operator from the start, and an instant alert would only
    // double the one that started it.
    if (now < clock.dueAt && soonAt > clock.startAt) {
      alerts.push({
        key: stageAlertKey(incident.id, clock.stage, 'due-soon'),
        fireAt: iso(soonAt),
        kind: 'due-soon',
        urgent: false,
        target,
        titleKey: `${TEXT}.dueSoon.title`,
        bodyKey: `${TEXT}.dueSoon.body`,
        params,
      });
    }
    alerts.push({
      key: stageAlertKey(incident.id, clock.stage, 'overdue'),
      fireAt: iso(clock.dueAt),
      kind: 'overdue',
      urgent: true,
      target,
      titleKey: `${TEXT}.overdue.title`,
      bodyKey: `${TEXT}.overdue.body`,
      params,
    });
  }
  return alerts;
}

/** Only instructions whose receiver still owes something can fall overdue (reported and accepted cannot). */
export const INSTRUCTION_STATES_THAT_CAN_FALL_OVERDUE: readonly Instruction['state'][] = ['issued', 'signed', 'in-progress', 'returned'];
const CAN_FALL_OVERDUE = new Set<Instruction['state']>(INSTRUCTION_STATES_THAT_CAN_FALL_OVERDUE);

function instructionAlert(instruction: Instruction, incident: Incident, input: AlertInput, iso: (ms: number) => string): Alert | null {
  if (!CAN_FALL_OVERDUE.has(instruction.state)) return null;
  const deadline = Date.parse(instruction.deadline);
  if (!Number.isFinite(deadline)) return null;
  const team = instruction.teamId ? input.teamNames?.get(instruction.teamId) : undefined;
  const person = instruction.assigneeId ? input.personNames?.get(instruction.assigneeId) : undefined;
  // Which words fit depends on whether it was signed: 逾期未签收 / 逾期未完成.
  const which = instruction.state === 'issued' ? 'instructionUnsigned' : 'instructionUnfinished';
  return {
    key: instructionAlertKey(instruction.id),
    fireAt: iso(deadline),
    kind: 'instruction-overdue',
    urgent: true,
    target: { kind: 'incident', id: incident.id },
    titleKey: `${TEXT}.${which}.title`,
    bodyKey: `${TEXT}.${which}.body`,
    params: {
      number: incident.number,
      receiver: [team?.zh, person].filter(Boolean).join(' · '),
      receiverEn: [team?.en ?? team?.zh, person].filter(Boolean).join(' · '),
      content: clip(instruction.content, 120),
      deadline: iso(deadline),
    },
  };
}

/** 首报 / 续报 / 终报 owed: due soon (the operator's lead time before) and overdue, while unsent. */
function reportAlerts(incident: Incident, input: AlertInput, iso: (ms: number) => string): Alert[] {
  const rule = reportingRule(planOfIncident(input, incident));
  const target = { kind: 'incident', id: incident.id } as const;
  const lead = input.preferences.dueSoonLeadMinutes * MINUTE;
  const alerts: Alert[] = [];
  for (const clock of reportClocks(incident, rule)) {
    if (clock.doneAt !== null) continue;
    const params = {
      number: incident.number,
      title: clip(incident.title, 80),
      report: clock.kind,
      seq: clock.sequence,
      deadline: iso(clock.dueAt),
    };
    const soonAt = clock.dueAt - lead;
    if (input.now < clock.dueAt && soonAt > clock.startAt) {
      alerts.push({
        key: reportAlertKey(incident.id, clock.kind, clock.sequence, 'due-soon'),
        fireAt: iso(soonAt),
        kind: 'report-due-soon',
        urgent: false,
        target,
        titleKey: `${TEXT}.reportDueSoon.title`,
        bodyKey: `${TEXT}.reportDueSoon.body`,
        params,
      });
    }
    alerts.push({
      key: reportAlertKey(incident.id, clock.kind, clock.sequence, 'overdue'),
      fireAt: iso(clock.dueAt),
      kind: 'report-overdue',
      urgent: true,
      target,
      titleKey: `${TEXT}.reportOverdue.title`,
      bodyKey: `${TEXT}.reportOverdue.body`,
      params,
    });
  }
  return alerts;
}

/** 回访 owed: one reminder when it falls due (again the day after an attempt that did not reach them). */
function callBackAlert(incident: Incident, input: AlertInput, iso: (ms: number) => string): Alert | null {
  const due = callBackDue(incident, callBackRule(planOfIncident(input, incident)));
  if (due === null) return null;
  return {
    key: `callback:${incident.id}:${iso(due)}`,
    fireAt: iso(due),
    kind: 'call-back-due',
    urgent: false,
    target: { kind: 'incident', id: incident.id },
    titleKey: `${TEXT}.callBack.title`,
    bodyKey: `${TEXT}.callBack.body`,
    params: { number: incident.number, title: clip(incident.title, 80), deadline: iso(due) },
  };
}

/** 舆情预警: raised once, when the item was logged, with its level, platform and reach; red and orange are urgent. */
function opinionAlert(item: OpinionItem): Alert | null {
  if (!item.alertAt || !item.warning) return null;
  return {
    key: `opinion:${item.id}:warning`,
    fireAt: item.alertAt,
    kind: 'opinion-warning',
    urgent: item.warning === 'red' || item.warning === 'orange',
    ...(item.incidentId ? { target: { kind: 'incident' as const, id: item.incidentId } } : {}),
    titleKey: `${TEXT}.opinionWarning.title`,
    bodyKey: `${TEXT}.opinionWarning.body`,
    params: { warning: item.warning, platform: item.platform, reach: item.reach, summary: clip(item.summary, 120) },
  };
}

/** 信访事项: one reminder the lead time before what the office owes next falls due; it opens the petition. */
function petitionAlert(petition: Petition, input: AlertInput, iso: (ms: number) => string): Alert | null {
  const clock = { rule: petitionRule(input.plan), offsetMinutes: input.plan.utcOffsetMinutes, calendar: input.calendar };
  const due = petitionDue(petition, clock);
  if (!due) return null;
  return {
    key: `petition:${petition.id}:${due.duty}:${iso(due.dueAt)}`,
    fireAt: iso(due.dueAt - input.preferences.dueSoonLeadMinutes * MINUTE),
    kind: 'petition-due',
    urgent: false,
    target: { kind: 'petition', id: petition.id },
    titleKey: `${TEXT}.petition.title`,
    bodyKey: `${TEXT}.petition.body`,
    params: { number: petition.number, subject: clip(petition.subject, 80), duty: due.duty, deadline: iso(due.dueAt) },
  };
}

/** Every alert the records call for at `now`, earliest first (the key breaks ties). */
export function alertsFor(input: AlertInput): Alert[] {
  const iso = (ms: number) => toIsoWithOffset(ms, input.plan.utcOffsetMinutes);
  const open = new Map<string, Incident>();
  for (const incident of input.incidents) if (isOpen(incident.state)) open.set(incident.id, incident);
  const alerts: Alert[] = [];
  for (const incident of open.values()) alerts.push(...incidentAlerts(incident, input, iso));
  for (const instruction of input.instructions) {
    const incident = open.get(instruction.incidentId);
    const alert = incident ? instructionAlert(instruction, incident, input, iso) : null;
    if (alert) alerts.push(alert);
  }
  // Reports upward are owed by open incidents and, for the 终报, by closed ones too.
  for (const incident of input.incidents) if (incident.reportDueAt !== undefined) alerts.push(...reportAlerts(incident, input, iso));
  for (const incident of input.incidents) {
    const alert = incident.callBackDueAt !== undefined ? callBackAlert(incident, input, iso) : null;
    if (alert) alerts.push(alert);
  }
  for (const item of input.opinionWarnings ?? []) {
    const alert = opinionAlert(item);
    if (alert) alerts.push(alert);
  }
  for (const petition of input.petitions ?? []) {
    const alert = petitionAlert(petition, input, iso);
    if (alert) alerts.push(alert);
  }
  // Parsed once per alert, not once per comparison: an office with many open incidents has tens of thousands.
  return alerts
    .map((alert) => ({ alert, at: Date.parse(alert.fireAt) }))
    .sort((a, b) => a.at - b.at || (a.alert.key < b.alert.key ? -1 : a.alert.key > b.alert.key ? 1 : 0))
    .map(({ alert }) => alert);
}

/**
 * At most `max` alerts for the host: everything still to come (earliest first), then what already
 * came due, latest first. On a very large office the oldest overdue alerts are left out: they
 * fired long ago and are already in the notification centre.
 */
export function alertsToRegister<T extends Pick<Alert, 'fireAt'>>(alerts: readonly T[], now: number, max = MAX_REGISTERED_ALERTS): T[] {
  if (alerts.length <= max) return [...alerts];
  const future = alerts.filter((a) => Date.parse(a.fireAt) > now);
  const past = alerts.filter((a) => Date.parse(a.fireAt) <= now).reverse();
  return [...future, ...past].slice(0, max);
}

const HOUR = 60 * MINUTE;

/**
 * How far ahead the host is given alerts. The page re-registers as time passes, so this only has
 * to cover what the host must fire on its own: while the window is hidden, hung, or reloading, and
 * after the app was quit for a night (the host fires what its file holds, then the page registers
 * what else came due). A day covers all of these.
 */
export const ALERT_LOOK_AHEAD_MS = 24 * HOUR;
/** The window's end moves in whole hours, so as time passes the reads and the registration change once an hour, not every minute. */
export const ALERT_WINDOW_STEP_MS = HOUR;
/**
 * Read beyond the window's end: stored deadlines are compared by the index as ISO text, which
 * orders instants only among one UTC offset (a plan version with another offset would be off by
 * the difference), and a day more costs only the rows of one more day.
 */
export const ALERT_READ_MARGIN_MS = 24 * HOUR;

/**
 * What the watcher looks at `now`: alerts firing up to `until` (every past one included: they
 * come from records still open), and so the records that can raise them. An instruction's alert
 * fires at its deadline; a stage's due-soon alert fires the lead time before the deadline, and the
 * incident's stored next deadline is its earliest running one, so an incident whose next deadline
 * is later than `until` plus the lead raises nothing before `until`. Level-1 repeats and incidents
 * without a next deadline are read whatever their deadlines (incidentsThatCanAlert).
 */
export function alertWindow(
  now: number,
  dueSoonLeadMinutes: number,
): { until: number; incidentsBefore: number; instructionsBefore: number } {
  const until = Math.ceil((now + ALERT_LOOK_AHEAD_MS) / ALERT_WINDOW_STEP_MS) * ALERT_WINDOW_STEP_MS;
  return {
    until,
    incidentsBefore: until + dueSoonLeadMinutes * MINUTE + ALERT_READ_MARGIN_MS,
    instructionsBefore: until + ALERT_READ_MARGIN_MS,
  };
}

/** The alerts firing up to `until` (those already due included), in their order. */
export const alertsUntil = <T extends Pick<Alert, 'fireAt'>>(alerts: readonly T[], until: number): T[] =>
  alerts.filter((a) => Date.parse(a.fireAt) <= until);

/** Alerts whose time has come (the notification centre records these). */
export const alertsDue = <T extends Pick<Alert, 'fireAt'>>(alerts: readonly T[], now: number): T[] =>
  alerts.filter((a) => Date.parse(a.fireAt) <= now);

/** The latest notice per level-1 key, from the notices of those keys. */
export function levelOneNoticeStates(
  notices: readonly { key: string; firedAt: string; lastShownAt: string; acknowledgedAt?: string | undefined }[],
): Map<string, LevelOneNoticeState> {
  const latest = new Map<string, { firedAt: string; state: LevelOneNoticeState }>();
  for (const n of notices) {
    const seen = latest.get(n.key);
    if (!seen || Date.parse(n.firedAt) > Date.parse(seen.firedAt)) {
      latest.set(n.key, { firedAt: n.firedAt, state: { lastShownAt: n.lastShownAt, acknowledgedAt: n.acknowledgedAt } });
    }
  }
  return new Map([...latest].map(([key, { state }]) => [key, state]));
}

/** A notice's times as the centre keeps them; `dueAt` is missing on notices stored before it existed. */
export type NoticeTimes = { firedAt: string; dueAt?: string | undefined };

/** When the notice's alert was due: its `dueAt`, or for older notices `firedAt` (which then held it). */
export const noticeDueAt = (notice: NoticeTimes): string => notice.dueAt ?? notice.firedAt;

/**
 * Whether the console raised the alert more than a minute after it was due (closed, asleep, or
 * off overnight), so the centre must say both when it was raised and when it should have been.
 * A minute is the alerts' own resolution: they are recomputed once a minute.
 */
export function raisedLate(notice: NoticeTimes): boolean {
  return Date.parse(notice.firedAt) - Date.parse(noticeDueAt(notice)) > MINUTE;
}

/** Newest raised first; among notices raised in the same look, the latest due first, then by id. */
export function newestRaisedFirst(a: NoticeTimes & { id: string }, b: NoticeTimes & { id: string }): number {
  return (
    Date.parse(b.firedAt) - Date.parse(a.firedAt) ||
    Date.parse(noticeDueAt(b)) - Date.parse(noticeDueAt(a)) ||
    (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
  );
}

/**
 * What the tray (or tab title) shows: overdue items counted as the dashboard's attention list
 * counts them (running clocks past their deadline, overdue instructions of open incidents), and
 * open level-1 incidents. Counted here rather than through `attention` so cached clocks are reused.
 */
export function statusCounts(
  incidents: readonly Incident[],
  instructions: readonly Instruction[],
  now: number,
  book: PlanBook,
  calendar: WorkingCalendar,
  clocksOf: (incident: Incident) => StageClock[] = (incident) => stageClocks(incident, planOfIncident(book, incident), calendar),
): { overdue: number; levelOneOpen: number } {
  let overdue = 0;
  let levelOneOpen = 0;
  const live = new Set<string>();
  for (const incident of incidents) {
    if (!isOpen(incident.state)) continue;
    live.add(incident.id);
    if (incident.level === 1) levelOneOpen += 1;
    for (const clock of clocksOf(incident)) {
      if (clock.startAt !== null && clock.doneAt === null && clock.dueAt !== null && clock.dueAt < now) overdue += 1;
    }
  }
  for (const instruction of instructions) {
    if (instructionOverdue(instruction, now, live.has(instruction.incidentId)) !== null) overdue += 1;
  }
  return { overdue, levelOneOpen };
}
