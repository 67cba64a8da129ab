// The actions allowed now. The operator picks one, fills in what it needs and confirms; a
// refusal comes back from the state machine with its reason and nothing changes.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outcome } from '../../ui/Outcome';
import type { Incident } from '@shared/model';
import { LEVELS, type Level } from '@shared/plan';
import { OPEN_INSTRUCTION_STATES } from '@shared/instructions';
import { commandsFrom, type CommandType } from '@shared/workflow';
import { useConsole } from '../../db/DatabaseContext';
import { applyCommand } from '../../db/incidents';
import { Field, FormActions, Panel } from '../../ui/Field';
import { useCommand } from '../../ui/useCommand';
import { useInstructionsOf } from '../../db/reads/instructions';
import { useWriteContext } from '../session/useWriteContext';
import { buildCommand, CANCEL_REASON_FIELD, COMMAND_FIELDS, initialValues, SECONDARY } from './commandForms';
import { say } from '../../i18n/keys';

export function ActionsPanel({ incident, suggestedLevel }: { incident: Incident; suggestedLevel: Level }) {
  const { t } = useTranslation();
  const { db } = useConsole();
  const writeContext = useWriteContext();
  const [open, setOpen] = useState<CommandType | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const { alert: refusal, busy, run, clear } = useCommand();
  const commands = commandsFrom(incident.state);
  const ordered = [...commands.filter((c) => !SECONDARY.has(c)), ...commands.filter((c) => SECONDARY.has(c))];
  // Closing asks what becomes of the instructions still open: withdrawn with a reason, or no closing yet.
  const openInstructions = useInstructionsOf(incident.id).filter((i) => OPEN_INSTRUCTION_STATES.includes(i.state)).length;
  const fields =
    open === 'close' && openInstructions > 0 ? [...COMMAND_FIELDS.close, CANCEL_REASON_FIELD] : open ? COMMAND_FIELDS[open] : [];

  const choose = (type: CommandType) => {
    setOpen(type);
    clear();
    setValues(initialValues(type, suggestedLevel));
  };

  async function confirm() {
    if (!open) return;
    const submitted = open;
    const applied = await run(() => applyCommand(db, incident.id, buildCommand(submitted, values), writeContext()));
    if (!applied) return;
    // Only the form that was saved closes: a slow write must never close another one.
    setOpen((current) => (current === submitted ? null : current));
  }

  return (
    <Panel title={t('detail.actions')} className="actions-panel">
      {ordered.length === 0 ? <p className="muted">{t('detail.noActions')}</p> : null}
      <div className="action-buttons">
        {ordered.map((type) => (
          <button
            key={type}
            type="button"
            className={`${SECONDARY.has(type) ? 'secondary' : 'primary'}${open === type ? ' pressed' : ''}`}
            aria-pressed={open === type}
            // While a command is being saved the next one waits, so the two cannot cross.
            disabled={busy}
            onClick={() => choose(type)}
          >
            {t(`command.${type}`)}
          </button>
        ))}
      </div>
      {open ? (
        <form
          className="command-form"
          aria-label={t(`command.${open}`)}
          onSubmit={(e) => {
            e.preventDefault();
            void confirm();
          }}
        >
          <h3>{t(`command.${open}`)}</h3>
          {open === 'close' && openInstructions > 0 ? (
            <p className="notice warning">{t('commandField.openInstructions', { count: openInstructions })}</p>
          ) : null}
          {fields.map((field) => (
            <Field key={field.name} label={say(t, field.label)} wide={field.kind === 'textarea'}>
              {(a) =>
                field.kind === 'level' ? (
                  <select {...a} value={values.level} onChange={(e) => setValues((v) => ({ ...v, level: e.target.value }))}>
                    {LEVELS.map((level) => (
                      <option key={level} value={level}>
                        {t(`level.${level}`)}
                      </option>
                    ))}
                  </select>
                ) : field.kind === 'select' ? (
                  <select {...a} value={values[field.name]} onChange={(e) => setValues((v) => ({ ...v, [field.name]: e.target.value }))}>
                    {field.options.map((o) => (
                      <option key={o.value} value={o.value}>
                        {say(t, o.label)}
                      </option>
                    ))}
                  </select>
                ) : field.kind === 'textarea' ? (
                  <textarea
                    rows={3}
                    {...a}
                    value={values[field.name] ?? ''}
                    onChange={(e) => setValues((v) => ({ ...v, [field.name]: e.target.value }))}
                  />
                ) : (
                  <input {...a} value={values[field.name]} onChange={(e) => setValues((v) => ({ ...v, [field.name]: e.target.value }))} />
                )
              }
            </Field>
          ))}
          {refusal ? <Outcome kind="error">{refusal}</Outcome> : null}
          <FormActions
            busy={busy}
            submitLabel={t('commandField.submit')}
            cancelLabel={t('commandField.cancel')}
            onCancel={() => setOpen(null)}
          />
        </form>
      ) : null}
    </Panel>
  );
}
