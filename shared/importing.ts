// 导入: complaints from a hotline system's export (already read into a header row and cells)
// become registrations. Which column feeds which field is guessed from the header names and can
// be changed; values are converted to the plan's codes; every row is checked with the same schema
// as the intake form; duplicates of what is already stored, or earlier in the file, are set apart.
import type { Plan } from './plan';
import { validateRegistrations, type Registration, type RegistrationInput } from './registration';
import { parsePlanLocalDateTime, toPlanLocalInput } from './time';

/**
 * The largest file an import reads, and the most data rows it takes in one run. A hotline's
 * monthly export is a few MB and tens of thousands of rows; beyond these the page would freeze
 * while reading and checking, so the file is refused with a sentence and should be split.
 */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 100_000;

/** The registration's fields an export can feed, plus the hotline's own ticket number. */
export const IMPORT_FIELDS = [
  'externalRef',
  'receivedAt',
  'channelCode',
  'categoryCode',
  'urgency',
  'name',
  'phone',
  'idNumber',
  'address',
  'subject',
  'place',
  'content',
  'expectedResolution',
  'peopleInvolved',
  'amountAtStake',
  'mediaAttention',
  'injury',
  'regulatorInvolved',
  'repeatComplaint',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Fields the registration schema requires; an unmapped one makes every row invalid. */
export const REQUIRED_FIELDS: readonly ImportField[] = [
  'receivedAt',
  'channelCode',
  'categoryCode',
  'urgency',
  'name',
  'phone',
  'subject',
  'place',
  'content',
  'expectedResolution',
];

/**
 * The column titles this console writes (exporting.ts) and recognises first. They are a file
 * format shared with hotline systems, not screen text, so they live here and not in a catalog.
 */
export const COLUMN_TITLES: Record<ImportField, string> = {
  externalRef: '工单号',
  receivedAt: '受理时间',
  channelCode: '受理渠道',
  categoryCode: '投诉分类',
  urgency: '紧急程度',
  name: '投诉人姓名',
  phone: '联系电话',
  idNumber: '身份证号',
  address: '地址',
  subject: '投诉事项',
  place: '发生地点',
  content: '投诉内容',
  expectedResolution: '诉求',
  peopleInvolved: '涉及人数',
  amountAtStake: '涉及金额',
  mediaAttention: '媒体关注',
  injury: '人身伤害',
  regulatorInvolved: '监管介入',
  repeatComplaint: '重复投诉',
};

// Header names seen in hotline (12345 / 12315 / call-centre) exports, compared after normalising.
const SYNONYMS: Record<ImportField, string[]> = {
  externalRef: [
    '工单编号',
    '热线工单号',
    '来电编号',
    '受理编号',
    '单号',
    '工单',
    'ticket',
    'ticketno',
    'ticketid',
    'caseid',
    'externalref',
  ],
  receivedAt: ['受理日期', '来电时间', '登记时间', '投诉时间', '接收时间', '时间', 'receivedat', 'received', 'date', 'time'],
  channelCode: ['渠道', '来源', '来源渠道', '投诉渠道', 'channel', 'source'],
  categoryCode: ['分类', '类别', '投诉类别', '问题分类', '投诉类型', 'category', 'type'],
  urgency: ['紧急度', '缓急程度', '紧急', 'urgency', 'priority'],
  name: ['姓名', '投诉人', '来电人', '联系人', '客户姓名', 'name', 'complainant'],
  phone: ['电话', '手机', '手机号', '联系方式', '来电号码', '电话号码', 'phone', 'mobile', 'tel'],
  idNumber: ['身份证', '身份证号码', '证件号码', 'idnumber', 'id'],
  address: ['住址', '联系地址', '投诉人地址', 'address'],
  subject: ['事项', '标题', '主题', '涉及产品或服务', '产品或服务', 'subject', 'title'],
  place: ['地点', '事发地点', '发生地址', '事发地址', 'place', 'location'],
  content: ['内容', '事情经过', '问题描述', '诉求内容', '来电内容', 'content', 'description', 'details'],
  expectedResolution: ['期望解决方式', '诉求', '投诉诉求', '处理要求', '期望', 'expectedresolution', 'expected', 'request'],
  peopleInvolved: ['人数', '涉及人员', 'people', 'peopleinvolved'],
  amountAtStake: ['金额', '涉及金额元', '争议金额', 'amount', 'amountatstake'],
  mediaAttention: ['媒体关注', '引起媒体关注', 'media', 'mediaattention'],
  injury: ['人身伤害', '受伤', '涉及人身安全', 'injury'],
  regulatorInvolved: ['监管介入', '监管部门介入', 'regulator', 'regulatorinvolved'],
  repeatComplaint: ['重复投诉', '是否重复', 'repeat', 'repeatcomplaint'],
};

/** 受理渠道 wording other systems use for the plan's channels (matched after code and name). */
const CHANNEL_ALIASES: Record<string, string[]> = {
  hotline: ['热线', '12345', '12345热线', '电话', '来电', '热线电话', '24小时热线'],
  email: ['邮件', '邮箱', 'email', 'e-mail'],
  online: ['在线客服', '网上', '网站', 'app', '小程序'],
  visit: ['来访', '上门', '现场'],
  letter: ['信件', '来信'],
  'regulator-12315': ['12315', '12315转办', '市场监管转办'],
  'social-media': ['微博', '微信', '抖音', '社交媒体'],
  media: ['媒体', '媒体曝光', '新闻媒体'],
};

const normalise = (value: string) =>
  value
    .trim()
    .toLowerCase()
    .replace(/[\s_\-/\\.:：（）()[\]【】*＊#]/g, '');

/** Column index per field (absent: the field is not imported). */
export type ColumnMapping = Partial<Record<ImportField, number>>;

/** The same export layout maps itself next time: the mapping is remembered under this key. */
export function headerSignature(headers: readonly string[]): string {
  return headers.map(normalise).join('|');
}

/** A first mapping from the header names: our own titles first, then known synonyms. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const names = headers.map(normalise);
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  const claim = (field: ImportField, candidates: string[]) => {
    if (mapping[field] !== undefined) return;
    const index = names.findIndex((name, i) => !taken.has(i) && candidates.includes(name));
    if (index >= 0) {
      mapping[field] = index;
      taken.add(index);
    }
  };
  for (const field of IMPORT_FIELDS) claim(field, [normalise(COLUMN_TITLES[field])]);
  for (const field of IMPORT_FIELDS) claim(field, SYNONYMS[field].map(normalise));
  return mapping;
}

/** A remembered mapping (field → header name) applied to this file's headers. */
export function mappingFromNames(headers: readonly string[], names: Partial<Record<ImportField, string>>): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const field of IMPORT_FIELDS) {
    const index = names[field] === undefined ? -1 : headers.indexOf(names[field]);
    if (index >= 0) mapping[field] = index;
  }
  return mapping;
}

export function mappingToNames(headers: readonly string[], mapping: ColumnMapping): Partial<Record<ImportField, string>> {
  const names: Partial<Record<ImportField, string>> = {};
  for (const field of IMPORT_FIELDS) {
    const index = mapping[field];
    if (index !== undefined && headers[index] !== undefined) names[field] = headers[index];
  }
  return names;
}

/** A cell as the readers hand it over: CSV gives text, XLSX also numbers, booleans and dates. */
export type Cell = string | number | boolean | Date | null | undefined;
export type SourceTable = { headers: string[]; rows: Cell[][] };

const text = (cell: Cell): string => {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return toPlanLocalInput(Math.round(cell.getTime() / 1000) * 1000, 0).replace('T', ' ');
  return String(cell).trim();
};

// Excel counts days from 1899-12-30 (its 1900 leap-year bug included); 25569 is 1970-01-01.
const EXCEL_EPOCH_DAYS = 25_569;
const DAY_MS = 86_400_000;

/**
 * 受理时间 as "YYYY-MM-DDTHH:mm" in the plan's time, or null. Accepts what hotline exports
 * write (2026-11-23 09:05[:00], 2026/11/23 9:05, 2026年11月23日 9时5分, ISO with an offset), an
 * XLSX date (its wall-clock time is stored as if UTC) and a bare Excel serial number.
 */
export function parseReceivedAt(cell: Cell, offsetMinutes: number): string | null {
  // A serial is a fraction of a day, so 09:05 may come back as 09:04:59.999: rounded to the
  // second first, then cut to the minute as a typed time would be.
  const wall = (ms: number) => toPlanLocalInput(Math.round(ms / 1000) * 1000, 0);
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : wall(cell.getTime());
  if (typeof cell === 'number') return cell < 1 || cell > 100_000 ? null : wall((cell - EXCEL_EPOCH_DAYS) * DAY_MS);
  const value = text(cell);
  if (/[zZ]$|[+-]\d{2}:?\d{2}$/.test(value) && value.includes('T')) {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? null : toPlanLocalInput(ms, offsetMinutes);
  }
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2})[:时](\d{1,2})(?:[:分](\d{1,2})(?:\.\d+)?秒?)?分?)?$/.exec(
    value,
  );
  if (!match) return null;
  const [, y, mo, d, h = '0', mi = '0'] = match as unknown as [string, string, string, string, string?, string?];
  const local = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}T${h.padStart(2, '0')}:${mi.padStart(2, '0')}`;
  return parsePlanLocalDateTime(local, offsetMinutes) === null ? null : local;
}

const YES = new Set(['是', '有', 'y', 'yes', 'true', '1', '√', '✓']);
const NO = new Set(['否', '无', 'n', 'no', 'false', '0', '']);

/** What one row's cell could not become, before the registration schema has its say. */
export type ImportReason = { key: string; params?: Record<string, string> };
/** `row`: the row as a whole (its cells do not line up with the header), not one field. */
export type RowProblem = { row: number; field: ImportField | 'row'; reason: ImportReason };

/** A cell as the file has it (trimmed), for showing what a row really says. */
export const cellText = (cells: readonly Cell[], mapping: ColumnMapping, field: ImportField): string =>
  mapping[field] === undefined ? '' : text(cells[mapping[field]]);

// What privacy.ts and exporting.ts write in place of personal data: 138****5678, 1101**********002X,
// 刘*, 北京市东城********. Real names, numbers and addresses do not contain asterisks.
const MASK = /[*＊]/;
const MASKED_ADDRESS = /[*＊]{4,}$/;
const PERSONAL_FIELDS = ['name', 'phone', 'idNumber', 'address'] as const;

/** A personal-data cell that a masked export wrote in place of the real value. */
export function isMaskedValue(field: (typeof PERSONAL_FIELDS)[number], value: string): boolean {
  return (field === 'address' ? MASKED_ADDRESS : MASK).test(value);
}

/** Code lookup tables for the plan: code, Chinese and English names, and known aliases. */
export function planVocabulary(plan: Plan) {
  const table = (
    items: readonly { code: string; name: { zh: string; en?: string | undefined } }[],
    aliases = {} as Record<string, string[]>,
  ) => {
    const map = new Map<string, string>();
    for (const item of items) {
      for (const word of [item.code, item.name.zh, item.name.en ?? '', ...(aliases[item.code] ?? [])]) {
        if (word && !map.has(normalise(word))) map.set(normalise(word), item.code);
      }
    }
    return map;
  };
  return {
    channelCode: table(plan.channels, CHANNEL_ALIASES),
    categoryCode: table(plan.categories),
    urgency: table(plan.urgencies, { urgent: ['特急', '非常紧急'], normal: ['普通', '不紧急'] }),
  };
}
export type PlanVocabulary = ReturnType<typeof planVocabulary>;

export type ConvertedRow = { row: number; input: RegistrationInput; externalRef: string; problems: RowProblem[] };

/** One source row → the registration it asks for, with what could not be converted. */
export function convertRow(cells: Cell[], row: number, mapping: ColumnMapping, plan: Plan, vocabulary: PlanVocabulary, ownerId: string) {
  const problems: RowProblem[] = [];
  const cell = (field: ImportField): Cell => (mapping[field] === undefined ? undefined : cells[mapping[field]]);
  const value = (field: ImportField) => text(cell(field));
  const code = (field: 'channelCode' | 'categoryCode' | 'urgency') => {
    const raw = value(field);
    if (raw === '') return '';
    const found = vocabulary[field].get(normalise(raw));
    if (!found) problems.push({ row, field, reason: { key: 'exchange.reason.unknownValue', params: { value: raw } } });
    return found ?? '';
  };
  const flag = (field: ImportField) => {
    const raw = value(field).toLowerCase();
    if (YES.has(raw)) return true;
    if (!NO.has(raw)) problems.push({ row, field, reason: { key: 'exchange.reason.yesNo', params: { value: value(field) } } });
    return false;
  };
  const number = (field: ImportField, fallback: number) => {
    const raw = value(field).replace(/[,，¥￥\s]|元$|人$/g, '');
    return raw === '' ? fallback : Number(raw);
  };
  // A masked export (the default) cannot come back: say so, not that the number is invalid.
  for (const field of PERSONAL_FIELDS) {
    if (isMaskedValue(field, value(field))) problems.push({ row, field, reason: { key: 'exchange.reason.masked' } });
  }
  let receivedAt = '';
  if (value('receivedAt') !== '') {
    receivedAt = parseReceivedAt(cell('receivedAt'), plan.utcOffsetMinutes) ?? '';
    if (!receivedAt)
      problems.push({ row, field: 'receivedAt', reason: { key: 'exchange.reason.badDate', params: { value: value('receivedAt') } } });
  }
  const input: RegistrationInput = {
    receivedAt,
    channelCode: code('channelCode'),
    categoryCode: code('categoryCode'),
    urgency: code('urgency') as RegistrationInput['urgency'],
    complainant: { name: value('name'), phone: value('phone'), idNumber: value('idNumber'), address: value('address') },
    subject: value('subject'),
    content: value('content'),
    expectedResolution: value('expectedResolution'),
    place: value('place'),
    peopleInvolved: number('peopleInvolved', 1),
    facts: {
      mediaAttention: flag('mediaAttention'),
      injury: flag('injury'),
      regulatorInvolved: flag('regulatorInvolved'),
      repeatComplaint: flag('repeatComplaint'),
      amountAtStake: number('amountAtStake', 0),
    },
    ownerId,
  };
  return { row, input, externalRef: value('externalRef'), problems } satisfies ConvertedRow;
}

/**
 * A row whose cells do not line up with the header: more cells than titles (a stray separator,
 * or a value that spilled over: what is beyond the header would be lost without a word) or fewer
 * (a line broken in two). Its values may sit under the wrong titles, so the row is not imported.
 * Blank cells past the header are no loss (some systems end every line with a separator).
 */
export function cellCountProblem(cells: readonly Cell[], headers: readonly string[], row: number): RowProblem | null {
  const columns = headers.length;
  if (cells.length > columns && cells.slice(columns).some((cell) => text(cell) !== '')) {
    const params = { cells: String(cells.length), columns: String(columns), from: String(columns + 1) };
    return { row, field: 'row', reason: { key: 'exchange.reason.extraCells', params } };
  }
  if (cells.length < columns) {
    const missing = headers[cells.length] || String(cells.length + 1);
    const params = { cells: String(cells.length), columns: String(columns), missing };
    return { row, field: 'row', reason: { key: 'exchange.reason.missingCells', params } };
  }
  return null;
}

/** A registration path from the schema (complainant.phone) → the import field (phone). */
const fieldOfPath = (path: string): ImportField => {
  const field = path.replace(/^complainant\./, '').replace(/^facts\./, '');
  return (IMPORT_FIELDS as readonly string[]).includes(field) ? (field as ImportField) : 'content';
};

export type ValidRow = { row: number; registration: Registration; externalRef: string };
export type Checked = { valid: ValidRow[]; problems: RowProblem[]; invalidRows: number };

/**
 * Every row converted and validated. Rows are numbered as in the file (the header is row 1).
 * A row with a conversion problem is reported for that field only, not again by the schema.
 */
export function checkRows(table: SourceTable, mapping: ColumnMapping, plan: Plan, nowMs: number, ownerId: string): Checked {
  const vocabulary = planVocabulary(plan);
  const converted = table.rows.map((cells, i) => {
    const c = convertRow(cells, i + 2, mapping, plan, vocabulary, ownerId);
    const shape = cellCountProblem(cells, table.headers, c.row);
    return shape ? { ...c, problems: [shape, ...c.problems] } : c;
  });
  const { valid, invalid } = validateRegistrations(
    plan,
    nowMs,
    converted.map((c) => c.input),
  );
  const problems: RowProblem[] = [];
  const failed = new Set<number>();
  const schemaErrors = new Map(invalid.map((entry) => [entry.index, entry.errors]));
  converted.forEach((c, index) => {
    const reported = new Set(c.problems.map((p) => p.field));
    problems.push(...c.problems);
    for (const [path, key] of Object.entries(schemaErrors.get(index) ?? {})) {
      const field = fieldOfPath(path);
      if (reported.has(field)) continue;
      // The bad number is quoted, as other fields' values are.
      if (key === 'validation.phone') {
        problems.push({ row: c.row, field, reason: { key: 'exchange.reason.badPhone', params: { value: c.input.complainant.phone } } });
      } else problems.push({ row: c.row, field, reason: { key } });
    }
    if (c.problems.length > 0 || schemaErrors.has(index)) failed.add(index);
  });
  return {
    valid: valid
      .filter((v) => !failed.has(v.index))
      .map((v) => ({ row: converted[v.index]!.row, registration: v.registration, externalRef: converted[v.index]!.externalRef })),
    problems,
    invalidRows: failed.size,
  };
}

/** Without a ticket number, the same caller, minute and words are the same complaint. */
export const contentKey = (phone: string, receivedAt: string, content: string) =>
  `${phone.replace(/\s+/g, '')}|${receivedAt.slice(0, 16)}|${content.trim()}`;

export type Duplicate = {
  row: number;
  externalRef: string;
  reason: 'ref-stored' | 'ref-in-file' | 'content-stored' | 'content-in-file';
  firstRow?: number;
};

/**
 * Sets apart rows already stored (by 工单号, or without one by phone + 受理时间 + 投诉内容) or
 * repeating an earlier valid row of the same file. `stored` holds what the database already has.
 */
export function splitDuplicates(rows: ValidRow[], stored: { refs: ReadonlySet<string>; contentKeys: ReadonlySet<string> }) {
  const fresh: ValidRow[] = [];
  const duplicates: Duplicate[] = [];
  const refsSeen = new Map<string, number>();
  const keysSeen = new Map<string, number>();
  for (const r of rows) {
    const { registration: g } = r;
    if (r.externalRef) {
      const first = refsSeen.get(r.externalRef);
      if (stored.refs.has(r.externalRef)) duplicates.push({ row: r.row, externalRef: r.externalRef, reason: 'ref-stored' });
      else if (first !== undefined) duplicates.push({ row: r.row, externalRef: r.externalRef, reason: 'ref-in-file', firstRow: first });
      else {
        refsSeen.set(r.externalRef, r.row);
        fresh.push(r);
      }
      continue;
    }
    const key = contentKey(g.complainant.phone, g.receivedAt, g.content);
    const first = keysSeen.get(key);
    if (stored.contentKeys.has(key)) duplicates.push({ row: r.row, externalRef: '', reason: 'content-stored' });
    else if (first !== undefined) duplicates.push({ row: r.row, externalRef: '', reason: 'content-in-file', firstRow: first });
    else {
      keysSeen.set(key, r.row);
      fresh.push(r);
    }
  }
  return { fresh, duplicates };
}
