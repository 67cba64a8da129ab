// 下达指令: a receiver (team or person), the instruction, its priority and a deadline (default
// one hour from now). Bad input is marked field by field and nothing is written.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INSTRUCTION_PRIORITIES, type Instruction } from '@shared/command';
import { validateNewInstruction, type NewInstructionProblem } from '@shared/instructions';
import type { Incident, Team } from '@shared/model';
import { localized } from '@shared/text';
import { parsePlanLocalDateTime, toIsoWithOffset, toPlanLocalInput } from '@shared/time';
import { useConsole, usePeople } from '../../db/DatabaseContext';
import { issueInstruction } from '../../db/instructions';
import { useAppSelector } from '../../store';
import { attempt } from '../../ui/describe';
import { Field, FormActions } from '../../ui/Field';
import { useWriteContext } from '../session/useWriteContext';
import { instructionFailureText } from './instructionText';

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
  const [problems, setProblems] = useState<NewInstructionProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Teams that may receive: standing teams and departments, and this incident's own task force.
  const receivers = teams.filter((team) => team.kind !== 'task-force' || team.incidentId === incident.id);
  const errorOf = (field: NewInstructionProblem['field']) => {
    const problem = problems.find((p) => p.field === field);
    return problem ? `instructions.refusal.${problem.code}` : undefined;
  };

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
    const found = validateNewInstruction(input, now());
    setProblems(found);
    setFailure(null);
    if (found.length > 0) return;
    setBusy(true);
    const result = await attempt(() => issueInstruction(db, input, writeContext()));
    setBusy(false);
    if (!result.ok) {
      setFailure(instructionFailureText(result.error, t));
      return;
    }
    onDone();
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
      <Field label={t('instructions.receiver')} error={errorOf('receiver')}>
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
      <Field label={t('instructions.deadline')} error={errorOf('deadline')}>
        {(a) => <input type="datetime-local" {...a} value={deadline} onChange={(e) => setDeadline(e.target.value)} />}
      </Field>
      <Field label={t('instructions.content')} error={errorOf('content')} wide>
        {(a) => <textarea rows={3} {...a} value={content} onChange={(e) => setContent(e.target.value)} />}
      </Field>
      {failure ? (
        <div className="notice error wide" role="alert">
          {failure}
        </div>
      ) : null}
      <FormActions busy={busy} submitLabel={t('instructions.issueSubmit')} cancelLabel={t('instructions.cancel')} onCancel={onDone} />
    </form>
  );
}
