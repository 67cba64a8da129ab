// 观察记录: observers note what they see during a drill, timed on both clocks, optionally marking
// an observed action (one whose evidence is an observer's word) done or not done.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DrillRunRecord } from '@shared/drillRecords';
import { localized } from '@shared/text';
import { useConsole } from '../../db/DatabaseContext';
import { addDrillNote } from '../../db/drillRuns';
import { useAppSelector } from '../../store';
import { Field, Panel } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { useCommand } from '../../ui/useCommand';
import { useWriteContext } from '../session/useWriteContext';
import { tPlusMinutes } from './drillText';
import { useRunNotes, useTeamName } from './useDrill';
import { FormAlert } from '../../ui/Outcome';

export function ObserverNotes({ run }: { run: DrillRunRecord }) {
  const { t } = useTranslation();
  const teamName = useTeamName();
  const { db, plan } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const context = useWriteContext();
  const notes = useRunNotes(run.id);
  const write = useCommand();
  const [text, setText] = useState('');
  const [actionId, setActionId] = useState('');
  const [done, setDone] = useState<'' | 'done' | 'not-done'>('');
  const fired = new Set(run.state.injects.filter((p) => p.fired).map((p) => p.seq));
  const observable = run.scenario.injects
    .filter((inject) => fired.has(inject.seq))
    .flatMap((inject) => inject.expectedActions.filter((a) => a.evidence.kind === 'observed'));
  const descriptions = new Map(run.scenario.injects.flatMap((i) => i.expectedActions).map((a) => [a.id, localized(a.description, locale)]));
  const canNote = run.state.status !== 'ready';

  const add = async () => {
    const saved = await write.run(() =>
      addDrillNote(db, run.id, { text, ...(actionId ? { actionId, ...(done ? { done: done === 'done' } : {}) } : {}) }, context()),
    );
    if (saved) {
      setText('');
      setActionId('');
      setDone('');
    }
  };

  return (
    <Panel title={t('drill.console.notes')} className="drill-notes">
      {canNote ? (
        <div className="note-form">
          <Field label={t('drill.console.noteText')} wide>
            {(props) => (
              <textarea
                {...props}
                rows={3}
                value={text}
                placeholder={t('drill.console.notePlaceholder')}
                onChange={(e) => setText(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('drill.console.markAction')} wide>
            {(props) => (
              <select {...props} value={actionId} onChange={(e) => setActionId(e.target.value)}>
                <option value="">{t('drill.console.noMark')}</option>
                {observable.map((action) => (
                  <option key={action.id} value={action.id}>
                    {`${teamName(action.team)}：${localized(action.description, locale)}`}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {actionId ? (
            <div className="checks" role="radiogroup" aria-label={t('drill.console.markAction')}>
              <label>
                <input type="radio" name="mark" checked={done === 'done'} onChange={() => setDone('done')} /> {t('drill.console.markDone')}
              </label>
              <label>
                <input type="radio" name="mark" checked={done === 'not-done'} onChange={() => setDone('not-done')} />{' '}
                {t('drill.console.markNotDone')}
              </label>
            </div>
          ) : null}
          <FormAlert text={write.alert} />
          <div className="form-actions">
            <button type="button" className="primary" onClick={() => void add()}>
              {t('drill.console.addNote')}
            </button>
          </div>
        </div>
      ) : null}
      {notes.length === 0 ? <p className="muted">{t('drill.console.noNotes')}</p> : null}
      <ol className="note-list" aria-label={t('drill.console.notes')}>
        {[...notes].reverse().map((note) => (
          <li key={note.id}>
            <div className="small muted">
              {t('drill.console.noteBy', {
                tPlus: t('drill.tPlus', { minutes: tPlusMinutes(note.drillMinute) }),
                time: formatDateTime(note.at, plan.utcOffsetMinutes).slice(-5),
                name: note.byName,
              })}
            </div>
            {note.text ? <div>{note.text}</div> : null}
            {note.actionId ? (
              <div className="small">
                {t('drill.console.marked', {
                  action: descriptions.get(note.actionId) ?? '',
                  outcome: note.done ? t('drill.console.markDone') : t('drill.console.markNotDone'),
                })}
              </div>
            ) : null}
          </li>
        ))}
      </ol>
    </Panel>
  );
}
