// 导出: the complaint and incident lists as tables for CSV or XLSX, in Chinese, times in the
// plan's (China) time and codes as their names. Personal data is masked unless the operator asked
// for it in full; a full complaint export carries the import's own column titles, so it reads
// back in as the same complaints.
import type { Complaint, Incident, Role } from './model';
import type { Plan } from './plan';
import { maskIdNumber, maskName, maskPhone } from './privacy';
import { COLUMN_TITLES, IMPORT_FIELDS, type ImportField } from './importing';
import { toIsoWithOffset } from './time';

/** Who may export complainants' personal data in full when the plan does not say (组长、副组长). */
export const DEFAULT_PERSONAL_DATA_ROLES: readonly Role[] = ['leader', 'deputy'];

export const personalDataRoles = (plan: Plan): readonly Role[] => plan.personalDataRoles ?? DEFAULT_PERSONAL_DATA_ROLES;

export const mayExportPersonalData = (plan: Plan, role: Role) => personalDataRoles(plan).includes(role);

/** datetime cells hold plan-local "YYYY-MM-DD HH:mm"; the XLSX writer makes them date cells. */
export type ExportColumn = { title: string; kind: 'text' | 'number' | 'datetime' };
export type ExportTable = { sheet: string; columns: ExportColumn[]; rows: (string | number)[][] };

export const planLocalText = (iso: string | null | undefined, offsetMinutes: number) =>
  iso ? toIsoWithOffset(Date.parse(iso), offsetMinutes).slice(0, 16).replace('T', ' ') : '';

/** An address keeps its district-level start (where, roughly) and hides the rest. */
export function maskAddress(address: string): string {
  const chars = [...address.trim()];
  if (chars.length === 0) return '';
  const shown = Math.min(6, Math.floor(chars.length / 2));
  return chars.slice(0, shown).join('') + '*'.repeat(Math.max(4, chars.length - shown));
}

const yesNo = (value: boolean) => (value ? '是' : '否');
const nameOf = (items: readonly { code: string; name: { zh: string } }[], code: string) =>
  items.find((i) => i.code === code)?.name.zh ?? code;

// Our own numbers come first for reference; the import does not read them back (the 工单号 is
// the other system's number, and only that identifies a re-import).
const COMPLAINT_EXTRA = ['投诉编号', '事件编号'] as const;
const KINDS: Partial<Record<ImportField, ExportColumn['kind']>> = {
  receivedAt: 'datetime',
  peopleInvolved: 'number',
  amountAtStake: 'number',
};

export function complaintTable(
  complaints: readonly Complaint[],
  incidentNumbers: ReadonlyMap<string, string>,
  plan: Plan,
  fullPersonalData: boolean,
): ExportTable {
  const offset = plan.utcOffsetMinutes;
  const cellOf = (c: Complaint): Record<ImportField, string | number> => {
    const p = c.complainant;
    return {
      externalRef: c.externalRef ?? '',
      receivedAt: planLocalText(c.receivedAt, offset),
      channelCode: nameOf(plan.channels, c.channelCode),
      categoryCode: nameOf(plan.categories, c.categoryCode),
      urgency: nameOf(plan.urgencies, c.urgency),
      name: fullPersonalData ? p.name : maskName(p.name),
      phone: fullPersonalData ? p.phone : maskPhone(p.phone),
      idNumber: fullPersonalData ? p.idNumber : maskIdNumber(p.idNumber),
      address: fullPersonalData ? p.address : maskAddress(p.address),
      subject: c.subject,
      place: c.place,
      content: c.content,
      expectedResolution: c.expectedResolution,
      peopleInvolved: c.peopleInvolved,
      amountAtStake: c.facts.amountAtStake,
      mediaAttention: yesNo(c.facts.mediaAttention),
      injury: yesNo(c.facts.injury),
      regulatorInvolved: yesNo(c.facts.regulatorInvolved),
      repeatComplaint: yesNo(c.facts.repeatComplaint),
    };
  };
  return {
    sheet: '投诉清单',
    columns: [
      ...COMPLAINT_EXTRA.map((title) => ({ title, kind: 'text' as const })),
      ...IMPORT_FIELDS.map((field) => ({ title: COLUMN_TITLES[field], kind: KINDS[field] ?? ('text' as const) })),
    ],
    rows: complaints.map((c) => {
      const cells = cellOf(c);
      return [c.number, incidentNumbers.get(c.incidentId) ?? '', ...IMPORT_FIELDS.map((field) => cells[field])];
    }),
  };
}

/** Words the renderer supplies (in Chinese): workflow states, levels, and people by id. */
export type IncidentWords = { state: (state: string) => string; level: (level: number | null) => string; person: (id: string) => string };

export function incidentTable(incidents: readonly Incident[], plan: Plan, words: IncidentWords, fullPersonalData: boolean): ExportTable {
  const offset = plan.utcOffsetMinutes;
  const column = (title: string, kind: ExportColumn['kind'] = 'text'): ExportColumn => ({ title, kind });
  return {
    sheet: '事件清单',
    columns: [
      column('事件编号'),
      column('事由'),
      column('投诉分类'),
      column('受理渠道'),
      column('发生地点'),
      column('紧急程度'),
      column('级别'),
      column('当前阶段'),
      column('负责人'),
      column('投诉人数', 'number'),
      column('涉及人数', 'number'),
      column('投诉人'),
      column('受理时间', 'datetime'),
      column('下一时限', 'datetime'),
      column('更新时间', 'datetime'),
    ],
    rows: incidents.map((i) => [
      i.number,
      i.title,
      nameOf(plan.categories, i.categoryCode),
      nameOf(plan.channels, i.channelCode),
      i.place,
      nameOf(plan.urgencies, i.urgency),
      words.level(i.level),
      words.state(i.state),
      words.person(i.ownerId),
      i.complainantCount,
      i.peopleInvolved,
      (fullPersonalData ? i.complainantNames : i.complainantNames.map(maskName)).join('、'),
      planLocalText(i.milestones.receivedAt, offset),
      planLocalText(i.nextDeadlineAt, offset),
      planLocalText(i.updatedAt, offset),
    ]),
  };
}

/** A file name with the list and the plan-local minute, e.g. 投诉清单-20261123-1005.csv. */
export function exportFileName(table: ExportTable, nowMs: number, offsetMinutes: number, extension: 'csv' | 'xlsx'): string {
  const stamp = toIsoWithOffset(nowMs, offsetMinutes).slice(0, 16).replace(/-/g, '').replace('T', '-').replace(':', '');
  return `${table.sheet}-${stamp}.${extension}`;
}
