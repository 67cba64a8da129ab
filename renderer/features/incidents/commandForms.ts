// What each workflow command asks the operator for, and how the answers become the command.
// The machine in shared/ still decides whether it is allowed.
import type { Level } from '@shared/plan';
import type { Command, CommandType } from '@shared/workflow';
import { keyIn, type TextKey } from '../../i18n/keys';

export type FieldSpec =
  | { name: string; label: TextKey; kind: 'text' | 'textarea'; required?: boolean }
  | { name: string; label: TextKey; kind: 'select'; options: { value: string; label: TextKey }[] }
  | { name: 'level'; label: TextKey; kind: 'level' };

const note: FieldSpec = { name: 'note', label: 'commandField.note', kind: 'textarea' };
const reason: FieldSpec = { name: 'reason', label: 'commandField.reason', kind: 'textarea', required: true };
const option = (value: string) => ({ value, label: keyIn('commandField', value) });

export const COMMAND_FIELDS: Record<CommandType, FieldSpec[]> = {
  verify: [note],
  reject: [{ name: 'kind', label: 'commandField.kind', kind: 'select', options: [option('invalid'), option('special')] }, reason],
  reinstate: [reason],
  grade: [
    { name: 'level', label: 'commandField.level', kind: 'level' },
    { ...reason, required: false },
  ],
  regrade: [{ name: 'level', label: 'commandField.level', kind: 'level' }, reason],
  activateResponse: [note],
  completeInvestigation: [{ name: 'findings', label: 'commandField.findings', kind: 'textarea', required: true }],
  submitSolution: [{ name: 'solution', label: 'commandField.solution', kind: 'textarea', required: true }],
  approveSolution: [note],
  returnSolution: [reason],
  startImplementation: [note],
  completeImplementation: [note],
  recordFeedback: [{ name: 'feedback', label: 'commandField.feedback', kind: 'textarea', required: true }],
  recordSatisfaction: [
    { name: 'satisfaction', label: 'commandField.satisfaction', kind: 'select', options: [option('satisfied'), option('unsatisfied')] },
    note,
  ],
  close: [note],
  reopen: [reason],
  escalate: [
    {
      name: 'route',
      label: 'commandField.route',
      kind: 'select',
      options: [option('mediation'), option('arbitration'), option('authorities')],
    },
    reason,
  ],
  resolveEscalation: [{ name: 'outcome', label: 'commandField.outcome', kind: 'textarea', required: true }],
};

/** Asked on closing only while instructions are open: they are withdrawn with this reason. */
export const CANCEL_REASON_FIELD: FieldSpec = {
  name: 'cancelReason',
  label: 'commandField.cancelReason',
  kind: 'textarea',
  required: true,
};

/** Commands that step aside from the main path; shown after the main ones, quieter. */
export const SECONDARY: ReadonlySet<CommandType> = new Set(['reject', 'regrade', 'returnSolution', 'reopen', 'escalate']);

export function initialValues(type: CommandType, suggestedLevel: Level): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of COMMAND_FIELDS[type]) {
    if (field.kind === 'level') values.level = String(suggestedLevel);
    else if (field.kind === 'select') values[field.name] = field.options[0]!.value;
    else values[field.name] = '';
  }
  return values;
}

export function buildCommand(type: CommandType, v: Record<string, string>): Command {
  const level = Number(v.level) as Level;
  const text = (name: string) => v[name] ?? '';
  switch (type) {
    case 'reject':
      return { type, kind: text('kind') === 'special' ? 'special' : 'invalid', reason: text('reason') };
    case 'grade':
      return { type, level, reason: text('reason') };
    case 'regrade':
      return { type, level, reason: text('reason') };
    case 'reinstate':
    case 'returnSolution':
    case 'reopen':
      return { type, reason: text('reason') };
    case 'completeInvestigation':
      return { type, findings: text('findings') };
    case 'submitSolution':
      return { type, solution: text('solution') };
    case 'recordFeedback':
      return { type, feedback: text('feedback') };
    case 'recordSatisfaction':
      return { type, satisfaction: text('satisfaction') === 'unsatisfied' ? 'unsatisfied' : 'satisfied', note: text('note') };
    case 'escalate':
      return { type, route: text('route') as 'mediation' | 'arbitration' | 'authorities', reason: text('reason') };
    case 'resolveEscalation':
      return { type, outcome: text('outcome') };
    case 'close':
      return { type, note: text('note'), cancelReason: text('cancelReason') || undefined };
    default:
      return { type, note: text('note') };
  }
}
