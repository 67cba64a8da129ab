// 提醒与托盘: the office's alert, tray and backup preferences. Each number is checked where it is
// typed; nothing is saved while one is out of range.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PreferencesSchema, type Preferences } from '@shared/preferences';
import { savePreferences } from '../../db/preferences';
import { useStoredPreferences } from '../../db/reads/records';
import type { TFunction } from 'i18next';
import { useCommand, type CommandState } from '../../ui/useCommand';
import { Field, Panel } from '../../ui/Field';
import { useWriteContext } from '../session/useWriteContext';
import { useConsole } from '../../db/DatabaseContext';
import { useLiveDb } from './useLiveDb';
import { Outcome } from '../../ui/Outcome';
import { say, type TextKey } from '../../i18n/keys';

const NUMBER_FIELDS = ['dueSoonLeadMinutes', 'levelOneRepeatMinutes', 'backupsKept', 'idleLockMinutes'] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];
type Form = Record<NumberField, string> & { closeToTray: boolean };

const formOf = (preferences: Preferences): Form => ({
  dueSoonLeadMinutes: String(preferences.dueSoonLeadMinutes),
  levelOneRepeatMinutes: String(preferences.levelOneRepeatMinutes),
  backupsKept: String(preferences.backupsKept),
  idleLockMinutes: String(preferences.idleLockMinutes),
  closeToTray: preferences.closeToTray,
});

/** The preferences the form holds, or the catalog key of each field's problem. */
export function readForm(form: Form): { preferences: Preferences | null; errors: Partial<Record<NumberField, string>> } {
  const errors: Partial<Record<NumberField, string>> = {};
  const values: Partial<Record<NumberField, number>> = {};
  for (const field of NUMBER_FIELDS) {
    const text = form[field].trim();
    // Only plain digits: Number('') is 0 and Number('1e2') is 100, neither what was meant.
    const parsed = PreferencesSchema.shape[field].safeParse(/^\d{1,6}$/.test(text) ? Number(text) : Number.NaN);
    if (parsed.success) values[field] = parsed.data;
    else errors[field] = `settings.validation.${field}`;
  }
  const whole = PreferencesSchema.safeParse({ ...values, closeToTray: form.closeToTray });
  return { preferences: Object.keys(errors).length === 0 && whole.success ? whole.data : null, errors };
}

function PreferencesForm({ stored, command }: { stored: Preferences; command: CommandState }) {
  const { t } = useTranslation();
  const db = useLiveDb();
  // The preferences are the office's live settings: in rehearsal mode they are shown, not changed.
  const drill = useConsole().db.mode === 'drill';
  const writeContext = useWriteContext();
  const [form, setForm] = useState<Form>(() => formOf(stored));
  const [errors, setErrors] = useState<Partial<Record<NumberField, string>>>({});
  const { busy, run, setMessage, clear } = command;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const locked = (tr: TFunction) => tr('settings.preferences.drillLocked');
    if (drill) return setMessage({ kind: 'error', text: locked(t), say: locked });
    const read = readForm(form);
    setErrors(read.errors);
    const invalid = (tr: TFunction) => tr('settings.preferences.invalid');
    if (!read.preferences) return setMessage({ kind: 'error', text: invalid(t), say: invalid });
    const { preferences } = read;
    await run(
      () => savePreferences(db, preferences, writeContext()),
      (_saved, tr) => tr('settings.preferences.saved'),
    );
  }

  const number = (field: NumberField, min: number, max: number, hint: TextKey) => (
    <Field label={t(`settings.preferences.${field}`)} error={errors[field]}>
      {(a) => (
        <>
          <input
            {...a}
            type="number"
            inputMode="numeric"
            min={min}
            max={max}
            step={1}
            value={form[field]}
            onChange={(e) => setForm((f) => ({ ...f, [field]: e.target.value }))}
          />
          <span className="hint">{say(t, hint)}</span>
        </>
      )}
    </Field>
  );

  return (
    <form className="preferences-form" onSubmit={submit} noValidate aria-label={t('settings.preferences.title')}>
      {number('dueSoonLeadMinutes', 5, 24 * 60, 'settings.preferences.dueSoonHint')}
      {number('levelOneRepeatMinutes', 0, 240, 'settings.preferences.levelOneRepeatHint')}
      <div className="field">
        <label className="check">
          <input type="checkbox" checked={form.closeToTray} onChange={(e) => setForm((f) => ({ ...f, closeToTray: e.target.checked }))} />
          {t('settings.preferences.closeToTray')}
        </label>
        <span className="hint">{t('settings.preferences.closeToTrayHint')}</span>
      </div>
      {number('backupsKept', 1, 365, 'settings.preferences.backupsKeptHint')}
      {number('idleLockMinutes', 1, 120, 'settings.preferences.idleLockMinutesHint')}
      {drill ? <p className="hint restore-locked">{t('settings.preferences.drillLocked')}</p> : null}
      <div className="form-actions">
        <button
          type="submit"
          className="primary"
          disabled={busy || drill}
          title={drill ? t('settings.preferences.drillLocked') : undefined}
        >
          {t('settings.preferences.save')}
        </button>
        <button
          type="button"
          onClick={() => {
            setForm(formOf(stored));
            setErrors({});
            clear();
          }}
        >
          {t('settings.preferences.reset')}
        </button>
      </div>
    </form>
  );
}

export function PreferencesPanel() {
  const { t } = useTranslation();
  const stored = useStoredPreferences(useLiveDb());
  // Kept here, not in the form: a saved change refills (remounts) the form, the message stays.
  const command = useCommand();
  const { message } = command;
  return (
    <Panel title={t('settings.preferences.title')} className="preferences-panel">
      {message ? <Outcome kind={message.kind}>{message.text}</Outcome> : null}
      {/* Keyed by the stored values: a restore or another window's change refills the form. */}
      {stored ? <PreferencesForm key={JSON.stringify(stored)} stored={stored} command={command} /> : null}
    </Panel>
  );
}
