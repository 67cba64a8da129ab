// Opens the database of the current mode (live or 演练) and mounts the console on it. Keyed by
// mode, so a switch throws away every screen, query and cache of the other mode's data.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mode } from '@shared/model';
import { App } from '../../App';
import type { ConsoleDb } from '../../db/schema';
import { useAppSelector } from '../../store';
import { closeSeeded, openSeeded } from './modeDatabase';

export { openSeeded } from './modeDatabase';

type Opening = { mode: Mode; db: ConsoleDb } | { mode: Mode; error: string };

export function ModeRoot({ askOperator }: { askOperator: boolean }) {
  const { t } = useTranslation();
  const mode = useAppSelector((s) => s.session.mode);
  const [opening, setOpening] = useState<Opening | null>(null);
  // Only the first mount asks who is at the seat; a switch keeps the operator who confirmed here,
  // also when they switch back to the mode they started in. A window still at the picker when
  // another window switches keeps asking: the person remembered from last time is not signed in.
  const seated = useAppSelector((s) => s.session.seated);
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
      // The screens of this mode are gone by now; whatever they still had under way must not
      // write into a database the console has left.
      void closeSeeded(mode);
    };
  }, [mode]);

  // Until the new mode's database is open nothing is shown, so no screen of one mode ever sits on the other's data.
  if (!opening || opening.mode !== mode) return <div className="loading">{t('app.loading')}</div>;
  if ('error' in opening) return <div className="loading">{t('app.storageError', { message: opening.error })}</div>;
  return <App key={mode} db={opening.db} askOperator={askOperator && !(switched && seated)} />;
}
