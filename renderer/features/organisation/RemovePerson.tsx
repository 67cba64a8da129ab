// Removing a person: says what it takes with it, and asks who takes over open instructions.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonOptions } from '../../ui/PersonOptions';
import type { Person } from '@shared/model';
import { useConsole } from '../../db/DatabaseContext';
import { removePerson } from '../../db/organisation';
import { useOpenAssignmentCount } from '../../db/reads/instructions';
import { Field } from '../../ui/Field';
import { useWriteContext } from '../session/useWriteContext';
import { FormAlert } from '../../ui/Outcome';
import { useCommand } from '../../ui/useCommand';

type Props = { person: Person; people: Person[]; onDone: (removed: boolean) => void };

export function RemovePerson({ person, people, onDone }: Props) {
  const { t } = useTranslation();
  const { db } = useConsole();
  const writeContext = useWriteContext();
  const { alert, busy, run } = useCommand();
  const [reassignTo, setReassignTo] = useState('');
  const open = useOpenAssignmentCount(person.id);
  const title = t('organisation.removePerson', { name: person.name });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await run(() => removePerson(db, person.id, reassignTo || null, writeContext()));
    if (result !== null) onDone(true);
  }

  return (
    <form className="org-form remove-person" onSubmit={submit} noValidate aria-label={title}>
      <h3 className="wide">{title}</h3>
      <FormAlert text={alert} />
      <p className="hint wide">{t('organisation.removeHint')}</p>
      {open > 0 ? (
        <>
          <p className="notice warning wide">{t('organisation.openInstructions', { name: person.name, count: open })}</p>
          <Field label={t('organisation.reassignTo')}>
            {(a) => (
              <select {...a} value={reassignTo} onChange={(e) => setReassignTo(e.target.value)}>
                <PersonOptions people={people.filter((p) => p.id !== person.id)} emptyLabel={t('intake.choose')} />
              </select>
            )}
          </Field>
        </>
      ) : null}
      <div className="form-actions wide">
        <button type="submit" className="danger" disabled={busy}>
          {t('organisation.confirmRemove')}
        </button>
        <button type="button" onClick={() => onDone(false)}>
          {t('organisation.cancel')}
        </button>
      </div>
    </form>
  );
}
