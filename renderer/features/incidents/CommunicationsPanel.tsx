// 沟通记录: each contact with the complainant, added here and listed newest first.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMUNICATION_CHANNELS, COMMUNICATION_PARTIES, partyOf } from '@shared/model';
import { toPlanLocalInput } from '@shared/time';
import { addCommunication, type CommunicationInput } from '../../db/communications';
import { useConsole } from '../../db/DatabaseContext';
import { useCommunicationsOf } from '../../db/reads/communications';
import { Field, Panel } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { useCommand } from '../../ui/useCommand';
import { useWriteContext } from '../session/useWriteContext';
import { FormAlert } from '../../ui/Outcome';

export function CommunicationsPanel({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const { db, plan, now } = useConsole();
  const writeContext = useWriteContext();
  const records = useCommunicationsOf(incidentId) ?? [];
  const blank = (): CommunicationInput => ({
    at: toPlanLocalInput(now(), plan.utcOffsetMinutes),
    channel: 'phone',
    party: 'complainant',
    person: '',
    summary: '',
    outcome: '',
  });
  const [form, setForm] = useState<CommunicationInput>(blank);
  const [adding, setAdding] = useState(false);
  const { errors, alert: failure, busy, run, clear } = useCommand();

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!(await run(() => addCommunication(db, incidentId, form, writeContext())))) return;
    setForm(blank());
    setAdding(false);
  }
  const set = (key: keyof CommunicationInput, value: string) => setForm((f) => ({ ...f, [key]: value }));

  return (
    <Panel
      title={t('communication.title')}
      className="communications-panel"
      actions={
        !adding ? (
          <button
            type="button"
            onClick={() => {
              // The contact is dated now, when the form opens, not when the page was first shown.
              setForm(blank());
              clear();
              setAdding(true);
            }}
          >
            {t('communication.add')}
          </button>
        ) : null
      }
    >
      {adding ? (
        <form className="communication-form" onSubmit={save} noValidate aria-label={t('communication.add')}>
          <Field label={t('communication.at')} error={errors.at}>
            {(a) => <input type="datetime-local" {...a} value={form.at} onChange={(e) => set('at', e.target.value)} />}
          </Field>
          <Field label={t('communication.channel')} error={errors.channel}>
            {(a) => (
              <select {...a} value={form.channel} onChange={(e) => set('channel', e.target.value)}>
                {COMMUNICATION_CHANNELS.map((c) => (
                  <option key={c} value={c}>
                    {t(`communication.channels.${c}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('communication.party')} error={errors.party}>
            {(a) => (
              <select {...a} value={form.party} onChange={(e) => set('party', e.target.value)}>
                {COMMUNICATION_PARTIES.map((p) => (
                  <option key={p} value={p}>
                    {t(`communication.parties.${p}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('communication.person')} error={errors.person}>
            {(a) => <input {...a} value={form.person} onChange={(e) => set('person', e.target.value)} />}
          </Field>
          <Field label={t('communication.summary')} error={errors.summary} wide>
            {(a) => <textarea rows={2} {...a} value={form.summary} onChange={(e) => set('summary', e.target.value)} />}
          </Field>
          <Field label={t('communication.outcome')} error={errors.outcome} wide>
            {(a) => <input {...a} value={form.outcome} onChange={(e) => set('outcome', e.target.value)} />}
          </Field>
          <FormAlert text={failure} wide />
          <div className="form-actions wide">
            <button type="submit" className="primary" disabled={busy}>
              {t('communication.save')}
            </button>
            <button type="button" onClick={() => setAdding(false)}>
              {t('commandField.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      {records.length === 0 ? <p className="muted">{t('communication.empty')}</p> : null}
      <ul className="communication-list">
        {records.map((r) => (
          <li key={r.id}>
            <div className="muted small">
              {formatDateTime(r.at, plan.utcOffsetMinutes)} · {t(`communication.channels.${r.channel}`)} ·{' '}
              {t(`communication.parties.${partyOf(r)}`)} · {r.person}
            </div>
            <div>{r.summary}</div>
            {r.outcome ? <div className="small">→ {r.outcome}</div> : null}
          </li>
        ))}
      </ul>
    </Panel>
  );
}
