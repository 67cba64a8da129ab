// Opens the database of the current mode (live or 演练) and mounts the console on it. Keyed by
// mode, so a switch throws away every screen, query and cache of the other mode's data.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mode } from '@shared/model';
import { App } from '../../App';
import type { ConsoleDb } from '../../db/schema';
import { useAppSelector } from '../../store';
import type { StoredBackup } from '@shared/bridge';
import { backupsForEmptyDatabase, EmptyStart } from '../settings/EmptyStart';
import { closeSeeded, openSeeded } from './modeDatabase';

export { openSeeded } from './modeDatabase';

type Opening = { mode: Mode; db: ConsoleDb } | { mode: Mode; error: string } | { mode: Mode; emptyWithBackups: StoredBackup[] };

/** Modes whose empty database the operator chose to start blank, for this window's life. */
const startedBlank = new Set<Mode>();

export function ModeRoot() {
  const { t } = useTranslation();
  const mode = useAppSelector((s) => s.session.mode);
  const [opening, setOpening] = useState<Opening | null>(null);
  // Who is signed in belongs to the seat (renderer/db/seat.ts), not to a mode's database: a
  // switch keeps the person signed in here.
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    // An empty database with backups is not seeded over: the operator is asked first.
    (startedBlank.has(mode) ? Promise.resolve(null) : backupsForEmptyDatabase(mode))
      .then((backups) => {
        if (!backups) return openSeeded(mode);
        if (current) setOpening({ mode, emptyWithBackups: backups });
        return null;
      })
      .then(
        (db) => current && db !== null && setOpening({ mode, db }),
        (error: unknown) => current && setOpening({ mode, error: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      current = false;
      // The screens of this mode are gone by now; whatever they still had under way must not
      // write into a database the console has left.
      void closeSeeded(mode);
    };
  }, [mode, attempt]);

  // Until the new mode's database is open nothing is shown, so no screen of one mode ever sits on the other's data.
  if (!opening || opening.mode !== mode) return <div className="loading">{t('app.loading')}</div>;
  if ('emptyWithBackups' in opening) {
    const again = (blank: boolean) => {
      if (blank) startedBlank.add(mode);
      setAttempt((n) => n + 1);
    };
    return <EmptyStart mode={mode} backups={opening.emptyWithBackups} onDone={again} />;
  }
  if ('error' in opening) return <div className="loading">{t('app.storageError', { message: opening.error })}</div>;
  return <App key={mode} db={opening.db} />;
}
