// What a plan template is, and the parts every template shares: the three urgencies and the
// holding-statement placeholders are the console's, not any one source plan's.
import type { LocalizedText } from '../text';
import type { Plan } from '../plan';

export const t = (zh: string, en: string): LocalizedText => ({ zh, en });

/** The settings and text a template carries; id, dates and inForce are given when it is used. */
export type PlanContent = Omit<Plan, 'id' | 'effectiveDate' | 'inForce' | 'createdAt' | 'updatedAt'>;

export type PlanTemplate = {
  /** Stable, for routes and tests. */
  key: string;
  name: LocalizedText;
  /** One or two sentences on whom it suits, shown in the list. */
  summary: LocalizedText;
  content: PlanContent;
};

export const STANDARD_URGENCIES: Plan['urgencies'] = [
  { code: 'urgent', name: t('紧急', 'Urgent') },
  { code: 'fairly-urgent', name: t('较紧急', 'Fairly urgent') },
  { code: 'normal', name: t('一般', 'Normal') },
];

/** A draft plan from a template: never in force until the leader approves it. */
export function planFromTemplate(template: PlanTemplate, id: string, nowIso: string): Plan {
  // A deep copy, so a draft edited in memory never changes the template offered next time.
  const content = JSON.parse(JSON.stringify(template.content)) as PlanContent;
  return { ...content, id, effectiveDate: nowIso.slice(0, 10), inForce: false, createdAt: nowIso, updatedAt: nowIso };
}
