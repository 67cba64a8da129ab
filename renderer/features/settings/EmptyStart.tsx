// The start screen for a database that has come back empty (browser data cleared, a storage
// reset, a full disk) while backups of it exist. The console says so and offers the backups
// instead of quietly loading a fresh plan over the office's history; starting blank is a choice.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultPlan } from '@shared/defaultPlan';
import type { StoredBackup } from '@shared/bridge';
import type { Mode } from '@shared/model';
import { toIsoWithOffset } from '@shared/time';
import { officialCalendar } from '@shared/calendar';
import { isEmptyDatabase, type BackupTrust } from '../../db/backup';
import { openConsoleDb } from '../../db/schema';
import { SYSTEM_ACTOR } from '../../db/seed';
import { getHost } from '../../host';
import { attempt, failureText } from '../../ui/describe';
import { openInBackground, restoreOpened } from './backupRuns';
import { BackupTable } from './BackupTable';
import './settings.css';
import { FormAlert } from '../../ui/Outcome';

/** The mode's backups when its database is empty, or null when there is data (or nothing to offer). */
export async function backupsForEmptyDatabase(mode: Mode): Promise<StoredBackup[] | null> {
  const db = openConsoleDb(mode);
  try {
    if (!(await isEmptyDatabase(db))) return null;
    const listed = await getHost().listBackups(mode);
    return listed.ok && listed.value.length > 0 ? listed.value : null;
  } catch {
    return null; // the ordinary start reports a database that cannot be opened
  } finally {
    db.close();
  }
}

type Props = { mode: Mode; backups: StoredBackup[]; onDone: (blank: boolean) => void };

export function EmptyStart({ mode, backups, onDone }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A backup this console did not sign (a first-format file) is restored only once someone accepts it.
  const [untrusted, setUntrusted] = useState<{ file: string; trust: Exclude<BackupTrust, 'signed'> } | null>(null);
  const [accepted, setAccepted] = useState(false);
  const timeOf = (iso: string) => toIsoWithOffset(Date.parse(iso)).slice(0, 19).replace('T', ' ');
  // The newest backup that holds records is offered first: a near-empty one may be what was lost.
  const offered = [...backups].sort((a, b) => Number(b.rows > 0) - Number(a.rows > 0)).slice(0, 5);

  const restore = async (file: string, untrustedAccepted = false) => {
    setBusy(true);
    setError(null);
    const db = openConsoleDb(mode);
    try {
      const opened = await openInBackground(getHost(), { kind: 'stored', file });
      if (!opened.ok) return setError(failureText(opened.error, t));
      if (opened.value.trust !== 'signed' && !untrustedAccepted) return setUntrusted({ file, trust: opened.value.trust });
      const now = Date.now();
      // Nobody can sign in before the roster is back: the restore is the console's own step, audited as such.
      const ctx = {
        actor: { id: SYSTEM_ACTOR, name: t('emptyStart.actor'), role: 'leader' as const },
        plan: defaultPlan(toIsoWithOffset(now)),
        now,
        calendar: officialCalendar,
      };
      const restored = await attempt(() =>
        restoreOpened(getHost(), db, opened.value, ctx, { intoEmpty: true, untrustedConfirmed: untrustedAccepted }),
      );
      if (!restored.ok) return setError(failureText(restored.error, t));
      onDone(false);
    } finally {
      db.close();
      setBusy(false);
    }
  };

  return (
    <main className="empty-start panel" aria-labelledby="empty-start-title">
      <h1 id="empty-start-title">{t('emptyStart.title')}</h1>
      <p className="notice warning">{t('emptyStart.body', { count: backups.length })}</p>
      <FormAlert text={error} />
      {untrusted ? (
        <div className="restore-confirm">
          <p className="notice error">{t(`settings.backup.trust.${untrusted.trust}`)}</p>
          <label className="checkbox">
            <input type="checkbox" checked={accepted} onChange={(event) => setAccepted(event.target.checked)} />
            {t('emptyStart.acceptUntrusted')}
          </label>
          <div className="form-actions">
            <button type="button" className="danger" disabled={busy || !accepted} onClick={() => void restore(untrusted.file, true)}>
              {t('settings.backup.confirm')}
            </button>
            <button type="button" disabled={busy} onClick={() => setUntrusted(null)}>
              {t('settings.backup.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      <BackupTable
        caption={t('emptyStart.list')}
        backups={offered}
        timeOf={timeOf}
        showRows
        primary
        disabled={busy}
        onRestore={(file) => void restore(file)}
      />
      <p className="hint">{t('emptyStart.blankHint')}</p>
      <button type="button" disabled={busy} onClick={() => onDone(true)}>
        {t('emptyStart.blank')}
      </button>
    </main>
  );
}
