// Drill screens work on the drill database only: in live mode they say so and offer nothing.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useConsole } from '../../db/DatabaseContext';

export function DrillOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { db } = useConsole();
  if (db.mode !== 'drill') {
    return (
      <section className="page">
        <h1>{t('nav.drill')}</h1>
        <p role="status">{t('drill.onlyInDrill')}</p>
      </section>
    );
  }
  return <>{children}</>;
}
