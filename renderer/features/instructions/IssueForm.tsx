// 下达指令: a receiver (team or person), the instruction, its priority and a deadline (default
// one hour from now). Bad input is marked field by field and nothing is written.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INSTRUCTION_PRIORITIES, type Instruction } from '@shared/command';
import { newInstructionErrors } from '@shared/instructionCommands';
import type { Incident, Team } from '@shared/model';
import { localized } from '@shared/text';
import { parsePlanLocalDateTime, toIsoWithOffset, toPlanLocalInput } from '@shared/time';
import { useConsole, usePeople } from '../../db/DatabaseContext';
import { issueInstruction } from '../../db/instructions';
import { useAppSelector } from '../../store';
import { fail } from '@shared/result';
import { Field, FormActions } from '../../ui/Field';
import { useCommand } from '../../ui/useCommand';
import { useWriteContext } from '../session/useWriteContext';

type Props = { incident: Incident; teams: Team[]; onDone: () => void };

export function IssueForm({ incident, teams, onDone }: Props) {
  const { t } = useTranslation();
  const { db, plan, now } = useConsole();
  const people = usePeople();
  const locale = useAppSelector((s) => s.session.locale);
  const writeContext = useWriteContext();
  const [receiver, setReceiver] = useState('');
  const [content, setContent] = useState('');
  const [priority, setPriority] = useState<Instruction['priority']>('high');
  const [deadline, setDeadline] = useState(() => toPlanLocalInput(now() + 3_600_000, plan.utcOffsetMinutes));
  const { errors, alert, busy, run } = useCommand();
  // Teams that may receive: standing teams and departments, and this incident's own task force.
  const receivers = teams.filter((team) => team.kind !== 'task-force' || team.incidentId === incident.id);

  async function submit() {
    const [kind, id] = receiver.split(':') as ['team' | 'person' | '', string | undefined];
    const ms = parsePlanLocalDateTime(deadline, plan.utcOffsetMinutes);
    const input = {
      incidentId: incident.id,
      teamId: kind === 'team' ? (id ?? null) : null,
      assigneeId: kind === 'person' ? (id ?? null) : null,
      content,
      priority,
      deadline: ms === null ? null : toIsoWithOffset(ms, plan.utcOffsetMinutes),
    };
    // Every field's problem at once, before the command refuses the first of them.
    const problems = newInstructionErrors(input, now());
    const issued = await run(() =>
      Object.keys(problems).length > 0 ? Promise.resolve(fail<never>('validation', problems)) : issueInstruction(db, input, writeContext()),
    );
    if (issued) onDone();
  }

  return (
    <form
      className="issue-form"
      aria-label={t('instructions.issue')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Field label={t('instructions.receiver')} error={errors.receiver}>
        {(a) => (
          <select {...a} value={receiver} onChange={(e) => setReceiver(e.target.value)}>
            <option value="">{t('instructions.choose')}</option>
            <optgroup label={t('instructions.receiverTeams')}>
              {receivers.map((team) => (
                <option key={team.id} value={`team:${team.id}`}>
                  {localized(team.name, locale)}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('instructions.receiverPeople')}>
              {people.map((person) => (
                <option key={person.id} value={`person:${person.id}`}>
                  {`${person.name} · ${person.title}`}
                </option>
              ))}
            </optgroup>
          </select>
        )}
      </Field>
      <Field label={t('instructions.priority')}>
        {(a) => (
          <select {...a} value={priority} onChange={(e) => setPriority(e.target.value as Instruction['priority'])}>
            {INSTRUCTION_PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t(`instructions.prio.${p}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('instructions.deadline')} error={errors.deadline}>
        {(a) => <input type="datetime-local" {...a} value={deadline} onChange={(e) => setDeadline(e.target.value)} />}
      </Field>
      <Field label={t('instructions.content')} error={errors.content} wide>
        {(a) => <textarea rows={3} {...a} value={content} onChange={(e) => setContent(e.target.value)} />}
      </Field>
      {alert && Object.keys(errors).length === 0 ? (
        <div className="notice error wide" role="alert">
          {alert}
        </div>
      ) : null}
      <FormActions busy={busy} submitLabel={t('instructions.issueSubmit')} cancelLabel={t('instructions.cancel')} onCancel={onDone} />
    </form>
  );
}
