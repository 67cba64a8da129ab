// The intake form's state as typed by the operator (strings and booleans), and how it becomes
// the registration the repository validates.
import type { RegistrationInput } from '@shared/registration';
import type { Incident } from '@shared/model';
import { toPlanLocalInput } from '@shared/time';

export type IntakeFormState = {
  receivedAt: string;
  channelCode: string;
  categoryCode: string;
  urgency: string;
  name: string;
  phone: string;
  idNumber: string;
  address: string;
  subject: string;
  content: string;
  expectedResolution: string;
  place: string;
  peopleInvolved: string;
  mediaAttention: boolean;
  injury: boolean;
  regulatorInvolved: boolean;
  repeatComplaint: boolean;
  amountAtStake: string;
  ownerId: string;
};

export function emptyIntake(nowMs: number, offsetMinutes: number, ownerId: string, incident?: Incident): IntakeFormState {
  return {
    receivedAt: toPlanLocalInput(nowMs, offsetMinutes),
    channelCode: '',
    categoryCode: incident?.categoryCode ?? '',
    urgency: '',
    name: '',
    phone: '',
    idNumber: '',
    address: '',
    subject: incident?.title ?? '',
    content: '',
    expectedResolution: '',
    place: incident?.place ?? '',
    peopleInvolved: '1',
    mediaAttention: false,
    injury: false,
    regulatorInvolved: false,
    repeatComplaint: false,
    amountAtStake: '0',
    ownerId: incident?.ownerId ?? ownerId,
  };
}

const toNumber = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

export function toRegistration(form: IntakeFormState, incidentId?: string): RegistrationInput {
  return {
    receivedAt: form.receivedAt,
    channelCode: form.channelCode,
    categoryCode: form.categoryCode,
    urgency: form.urgency as RegistrationInput['urgency'],
    complainant: { name: form.name, phone: form.phone, idNumber: form.idNumber, address: form.address },
    subject: form.subject,
    content: form.content,
    expectedResolution: form.expectedResolution,
    place: form.place,
    peopleInvolved: toNumber(form.peopleInvolved),
    facts: {
      mediaAttention: form.mediaAttention,
      injury: form.injury,
      regulatorInvolved: form.regulatorInvolved,
      repeatComplaint: form.repeatComplaint,
      amountAtStake: form.amountAtStake.trim() === '' ? 0 : toNumber(form.amountAtStake),
    },
    ownerId: form.ownerId,
    ...(incidentId ? { incidentId } : {}),
  };
}

/** Repository error paths (complainant.phone) → the form field that shows them (phone). */
export function fieldOfPath(path: string): keyof IntakeFormState | string {
  return path.replace(/^complainant\./, '').replace(/^facts\./, '');
}

/** 当场解决: the outcome typed on the intake form when the matter was settled at the desk. */
export type QuickFormState = { on: boolean; result: string; feedback: string; satisfaction: '' | 'satisfied' | 'unsatisfied' };
export const emptyQuick = (): QuickFormState => ({ on: false, result: '', feedback: '', satisfaction: '' });
