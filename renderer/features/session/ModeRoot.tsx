// Opens the database of the current mode (live or 演练) and mounts the console on it. Keyed by
// mode, so a switch throws away every screen, query and cache of the other mode's data.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mode } from '@shared/model';
import { App } from '../../App';
import { rollBackInterruptedImports } from '../../db/imports';
import { openConsoleDb, type ConsoleDb } from '../../db/schema';
import { ensureSeeded } from '../../db/seed';
import { useAppSelector } from '../../store';

// One connection per mode for the life of the window: switching back and forth reuses it
// rather than opening a second Dexie instance on the same database.
const opened = new Map<Mode, Promise<ConsoleDb>>();

/** Opens and seeds the mode's database once; the drill database gets the same default plan and sample organisation. */
export function openSeeded(mode: Mode): Promise<ConsoleDb> {
  let ready = opened.get(mode);
  if (!ready) {
    const db = openConsoleDb(mode);
    ready = (async () => {
      await ensureSeeded(db, Date.now());
      // An import the app was killed in the middle of is taken back whole before anyone sees it.
      await rollBackInterruptedImports(db, Date.now());
      return db;
    })();
    // A failed open may be retried by the next switch instead of being remembered.
    ready.catch(() => opened.delete(mode));
    opened.set(mode, ready);
  }
  return ready;
}

type Opening = { mode: Mode; db: ConsoleDb } | { mode: Mode; error: string };

export function ModeRoot({ askOperator }: { askOperator: boolean }) {
  const { t } = useTranslation();
  const mode = useAppSelector((s) => s.session.mode);
  const [opening, setOpening] = useState<Opening | null>(null);
  // Only the first mount asks who is at the seat; a switch made by that operator keeps them,
  // also when they switch back to the mode they started in.
  const [firstMode] = useState(mode);
  const [switched, setSwitched] = useState(false);
  if (mode !== firstMode && !switched) setSwitched(true);

  useEffect(() => {
    let current = true;
    openSeeded(mode).then(
      (db) => current && setOpening({ mode, db }),
      (error: unknown) => current && setOpening({ mode, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [mode]);

  // Until the new mode's database is open nothing is shown, so no screen of one mode ever sits on the other's data.
  if (!opening || opening.mode !== mode) return <div className="loading">{t('app.loading')}</div>;
  if ('error' in opening) return <div className="loading">{t('app.storageError', { message: opening.error })}</div>;
  return <App key={mode} db={opening.db} askOperator={askOperator && !switched} />;
}
