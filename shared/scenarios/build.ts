// The small vocabulary the built-in scenarios are written in: bilingual text, the exercise
// objectives they share, and the two kinds of evidence an expected action can name.
import type { ActionEvidence, InjectComplaint, TeamCode } from '../scenario';

export const t = (zh: string, en: string) => ({ zh, en });

/** When the built-in scenarios were last revised; a scenario copied by the office gets its own. */
export const BUILT_IN_UPDATED_AT = '2026-11-23T09:00:00+08:00';

/** The exercise objectives (演练目标) the built-in scenarios rate P/S/M/U. */
export const OBJECTIVES = {
  intakeGrading: { code: 'intake-grading', name: t('受理与分级', 'Intake and grading') },
  onSiteControl: { code: 'on-site-control', name: t('现场控制', 'On-site control') },
  informationRelease: { code: 'information-release', name: t('信息发布与舆情引导', 'Information release and public opinion') },
  coordination: { code: 'department-coordination', name: t('部门协调', 'Coordination with departments and outside bodies') },
  communication: { code: 'complainant-communication', name: t('沟通与反馈', 'Communication and feedback to complainants') },
  logistics: { code: 'logistics', name: t('后勤保障', 'Logistics and support') },
} as const;

/** Proven by a timeline entry of one of these kinds on an incident of the drill run. */
export function onTimeline(entryKinds: string[], only: { teamCode?: TeamCode; level?: 1 | 2 | 3 } = {}): ActionEvidence {
  return {
    kind: 'timeline',
    entryKinds,
    ...(only.teamCode ? { teamCode: only.teamCode } : {}),
    ...(only.level ? { level: only.level } : {}),
  };
}

/** No record can prove it (a phone call to an outside body, a word with a reporter): an observer marks it. */
export const observed: ActionEvidence = { kind: 'observed' };

/** Every grading fact spelled out, so a scenario reads the same before and after a JSON round trip. */
export function facts(given: Partial<InjectComplaint['facts']> = {}): InjectComplaint['facts'] {
  return { injury: false, mediaAttention: false, regulatorInvolved: false, repeatComplaint: false, amountAtStake: 0, ...given };
}
