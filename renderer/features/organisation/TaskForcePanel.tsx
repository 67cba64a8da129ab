// 专项处理小组: for an open level-1 incident the leader or a deputy forms a task force from people
// across the teams; everyone else sees it, and why they cannot change it (their role, or the
// incident being over).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonOptions } from '../../ui/PersonOptions';
import type { Incident, Team } from '@shared/model';
import { taskForceRefusal } from '@shared/taskForce';
import { useConsole, usePeople } from '../../db/DatabaseContext';
import { saveTaskForce } from '../../db/organisation';
import { useTaskForceOf } from '../../db/reads/organisation';
import { Field, FormActions, Panel } from '../../ui/Field';
import { useOperator, useWriteContext } from '../session/useWriteContext';
import { FormAlert } from '../../ui/Outcome';
import { useCommand } from '../../ui/useCommand';
import './organisation.css';

export function TaskForcePanel({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const people = usePeople();
  const operator = useOperator();
  const taskForce = useTaskForceOf(incident.id);
  const [editing, setEditing] = useState(false);
  if (incident.level !== 1) return null;
  const refusal = operator ? taskForceRefusal(incident, operator) : null;
  const mayChange = operator !== null && refusal === null;
  const byId = new Map(people.map((p) => [p.id, p]));
  const lead = taskForce?.leadId ? byId.get(taskForce.leadId) : undefined;
  return (
    <Panel
      title={t('organisation.taskForce.title')}
      className="task-force-panel"
      actions={
        mayChange && !editing ? (
          <button type="button" onClick={() => setEditing(true)}>
            {t(taskForce ? 'organisation.taskForce.change' : 'organisation.taskForce.form')}
          </button>
        ) : null
      }
    >
      {editing && mayChange ? (
        <TaskForceForm incidentId={incident.id} taskForce={taskForce} onDone={() => setEditing(false)} />
      ) : taskForce ? (
        <dl className="team-facts">
          <dt>{t('organisation.taskForce.lead')}</dt>
          <dd>{lead ? `${lead.name} · ${lead.phone}` : t('organisation.none')}</dd>
          <dt>{t('organisation.members')}</dt>
          <dd>
            {taskForce.memberIds
              .flatMap((id) => byId.get(id) ?? [])
              .map((p) => p.name)
              .join(t('common.listSeparator'))}
          </dd>
        </dl>
      ) : (
        <p className="muted">{t('organisation.taskForce.notFormed')}</p>
      )}
      {refusal?.code === 'task-force-needs-leader' && operator ? (
        <p className="hint">{t('organisation.taskForce.readOnly', { role: t(`role.${operator.role}`) })}</p>
      ) : null}
      {refusal?.code === 'task-force-incident-closed' ? <p className="hint">{t('organisation.taskForce.closed')}</p> : null}
    </Panel>
  );
}

function TaskForceForm({ incidentId, taskForce, onDone }: { incidentId: string; taskForce: Team | undefined; onDone: () => void }) {
  const { t } = useTranslation();
  const { db } = useConsole();
  const people = usePeople();
  const writeContext = useWriteContext();
  const { errors, alert, busy, run } = useCommand();
  const [leadId, setLeadId] = useState(taskForce?.leadId ?? '');
  const [memberIds, setMemberIds] = useState<string[]>(taskForce?.memberIds ?? []);
  const title = t(taskForce ? 'organisation.taskForce.change' : 'organisation.taskForce.form');

  async function submit(event: FormEvent) {
    event.preventDefault();
    // The lead is on the task force by being its lead.
    const members = leadId && !memberIds.includes(leadId) ? [leadId, ...memberIds] : memberIds;
    if (await run(() => saveTaskForce(db, incidentId, { leadId, memberIds: members }, writeContext()))) onDone();
  }

  return (
    <form className="org-form" onSubmit={submit} noValidate aria-label={title}>
      <FormAlert text={alert} />
      <Field label={t('organisation.taskForce.lead')} error={errors.leadId}>
        {(a) => (
          <select {...a} value={leadId} onChange={(e) => setLeadId(e.target.value)}>
            <PersonOptions people={people} emptyLabel={t('intake.choose')} />
          </select>
        )}
      </Field>
      <fieldset className="member-picks wide">
        <legend>{t('organisation.taskForce.members')}</legend>
        {people.map((p) => (
          <label key={p.id} className="check">
            <input
              type="checkbox"
              checked={memberIds.includes(p.id) || p.id === leadId}
              disabled={p.id === leadId}
              onChange={(e) => setMemberIds(e.target.checked ? [...memberIds, p.id] : memberIds.filter((m) => m !== p.id))}
            />
            {p.name}
            <span className="muted small">{p.title}</span>
          </label>
        ))}
      </fieldset>
      <FormActions busy={busy} submitLabel={t('organisation.save')} cancelLabel={t('organisation.cancel')} onCancel={onDone} />
    </form>
  );
}
