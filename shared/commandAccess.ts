// Who may run each command, checked by the executor where data changes (not only by a screen's
// buttons), and which commands need the password given again within the last minutes (再次验证).
// The table names every command: a command not in it is refused, so a new one cannot slip in
// without a rule. A decision may refuse further on what it read (a level-1 activation by the
// leader or a deputy only, full data by the plan's roles); this is the first gate.
import type { WorkflowArgs, WorkflowSeen } from './incidentCommands';
import type { ReleaseCommand } from './releases';
import type { Role } from './model';

/** Every signed-in role. */
const EVERYONE: readonly Role[] = ['leader', 'deputy', 'member', 'staff', 'trainer'];
/** 组长 and 副组长. */
const LEADERS: readonly Role[] = ['leader', 'deputy'];
/** Who runs rehearsals: the leading group's leaders and the 导调员. */
const DRILL_STAFF: readonly Role[] = ['leader', 'deputy', 'trainer'];

export type CommandAccess =
  | {
      roles: readonly Role[];
      /** Whether this run of the command needs the password given again (args and what it read). */
      reauth?: true | ((args: unknown, seen: unknown) => boolean);
    }
  /** Run by the console itself (clocks, alerts, start-up upkeep): no person, and it goes on while the seat is locked. */
  | { system: true };

const everyone = { roles: EVERYONE };
const leaders = { roles: LEADERS };
const drillStaff = { roles: DRILL_STAFF };
const system = { system: true } as const;
const withProof = (roles: readonly Role[]) => ({ roles, reauth: true as const });

/** 启动一级响应 (or a regrade to level 1) and 批准处置方案 ask for the password again. */
function graveWorkflowStep(args: unknown, seen: unknown): boolean {
  const { command } = args as WorkflowArgs;
  const { incident } = seen as WorkflowSeen;
  if (command.type === 'approveSolution') return true;
  // Raised to level 1 on an incident already under way: the level-1 response starts with it.
  if (command.type === 'regrade' && command.level === 1) return true;
  return command.type === 'activateResponse' && incident?.level === 1;
}
/** 批准 a public statement asks for the password again. */
const approvesStatement = (args: unknown) => (args as { command: ReleaseCommand }).command.type === 'approve';

export const COMMAND_ACCESS: Readonly<Record<string, CommandAccess>> = {
  'acknowledgement.given': everyone,
  // A file for another PC carries everyone's data: the plan's personal-data roles (checked by the decision), with the password again.
  'backup.fileExported': withProof(EVERYONE),
  // Where the file was saved, recorded after it was made (the making asked for the password).
  'backup.fileSavedAs': everyone,
  'backup.restore': withProof(LEADERS),
  'board.clear': system,
  'calendar.saveYear': everyone,
  'calendar.approveYear': leaders,
  'calendar.recountDrill': system,
  'calendar.saveClosures': everyone,
  'calendar.approveClosures': leaders,
  'communication.add': everyone,
  'complaint.register': everyone,
  'complaint.registerAndSettle': everyone,
  'drillNotice.save': drillStaff,
  'drillNotice.remove': drillStaff,
  'drillRun.create': drillStaff,
  'drillRun.command': drillStaff,
  // Injects arrive on the drill clock, whoever sits at the seat.
  'drillRun.deliver': system,
  'drillRun.adjustRating': drillStaff,
  'drillRun.note': everyone,
  // Observers note what they saw and record findings; the trainer adjusts the rating.
  'drillFinding.save': everyone,
  'drillFinding.setStatus': everyone,
  'drillFinding.delete': everyone,
  'export.fullStarted': withProof(EVERYONE),
  'export.fullSavedTo': everyone,
  'export.saved': everyone,
  'import.start': everyone,
  'import.batch': everyone,
  'import.finish': everyone,
  'import.rememberMapping': everyone,
  'import.takeBack': everyone,
  'incident.workflow': { roles: EVERYONE, reauth: graveWorkflowStep },
  'incident.personalDataViewed': withProof(EVERYONE),
  'instruction.issue': everyone,
  'instruction.issueStandard': everyone,
  'instruction.step': everyone,
  'instruction.reportWork': everyone,
  'instruction.escalate': system,
  'measure.add': everyone,
  'measure.update': everyone,
  'measure.complete': everyone,
  'notice.recordFirings': system,
  'notice.acknowledge': everyone,
  'notice.acknowledgeAll': everyone,
  'opinion.log': everyone,
  'opinion.attach': everyone,
  // Who is who decides who may do what: only the leaders change people and teams.
  'person.save': leaders,
  'person.remove': leaders,
  'team.save': leaders,
  'taskForce.save': everyone,
  'shift.save': everyone,
  'shift.remove': everyone,
  'contact.save': everyone,
  'contact.remove': everyone,
  'plan.fromTemplate': everyone,
  'plan.importFile': everyone,
  'plan.startRevision': everyone,
  'plan.saveDraft': everyone,
  'plan.submit': everyone,
  'plan.return': leaders,
  'plan.approve': withProof(LEADERS),
  'plan.discard': everyone,
  'preferences.save': everyone,
  'release.draft': everyone,
  'release.change': { roles: EVERYONE, reauth: approvesStatement },
  'release.publish': everyone,
  // 信息报送: anyone on duty drafts and sends; the leaders approve (checked by the decision too).
  'report.draft': everyone,
  'report.step': everyone,
  'report.send': everyone,
  'callBack.record': everyone,
  'attachment.add': everyone,
  // 演练计划与培训: the drill staff plan drills, record attendance and training; anyone may close a measure they carried out.
  'drillPlan.add': drillStaff,
  'drillPlan.attendance': drillStaff,
  'drillPlan.cancel': drillStaff,
  'drillMeasure.add': drillStaff,
  'drillMeasure.done': everyone,
  'training.record': drillStaff,
  'petition.register': everyone,
  'petition.step': everyone,
  'incident.archive': everyone,
  // Deleting a file after its retention: the plan's roles (checked by the decision), with the password again.
  'incident.deleteArchive': withProof(EVERYONE),
  'resource.save': everyone,
  'resource.loadSamples': everyone,
  'resource.allocate': everyone,
  'resource.return': everyone,
  'review.save': everyone,
  'review.fullDataPrinted': withProof(EVERYONE),
  'scenario.copy': drillStaff,
  'scenario.save': drillStaff,
  'scenario.delete': drillStaff,
  'scenario.import': drillStaff,
  'store.seed': system,
  'summaries.rebuild': system,
  // 账户: managed by the leaders with the password given again; a sign-in is recorded by the console.
  'account.create': withProof(LEADERS),
  'account.reset': withProof(LEADERS),
  'account.setDisabled': withProof(LEADERS),
  'account.createFirst': system,
  'account.attempt': system,
  'account.changePassword': withProof(EVERYONE),
  'account.seatEvent': system,
};

export type AccessVerdict = { ok: true; system: boolean } | { ok: false; code: 'command-not-permitted' | 'command-unknown' };

/** Whether `role` may run the command named `name` (a system command is run by the console itself). */
export function accessFor(name: string, role: Role | null, own?: CommandAccess): AccessVerdict {
  const access = own ?? COMMAND_ACCESS[name];
  if (!access) return { ok: false, code: 'command-unknown' };
  if ('system' in access) return { ok: true, system: true };
  if (role === null || !access.roles.includes(role)) return { ok: false, code: 'command-not-permitted' };
  return { ok: true, system: false };
}

/** Whether this run of the command needs the password given again. */
export function needsReauth(name: string, args: unknown, seen: unknown, own?: CommandAccess): boolean {
  const access = own ?? COMMAND_ACCESS[name];
  if (!access || 'system' in access || !access.reauth) return false;
  return access.reauth === true ? true : access.reauth(args, seen);
}
