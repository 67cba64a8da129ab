// The inventory as the screens read it: every resource with its available count and flags,
// live from the database, so an allocation made on an incident shows here at once.
import { useLiveQuery } from 'dexie-react-hooks';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '@shared/model';
import { resourceStandings, type Allocation, type Resource, type ResourceStanding } from '@shared/resources';
import type { Failure, Result } from '@shared/result';
import { useConsole } from '../../db/DatabaseContext';
import { attempt, failureText } from '../../ui/describe';
import { useNow } from '../../ui/useNow';

export type Inventory = {
  standings: ResourceStanding[];
  allocations: Allocation[];
  incidents: Map<string, Incident>;
  nowMs: number;
};

export function useInventory(): Inventory | undefined {
  const { db, now } = useConsole();
  // Once a minute is enough for a promised return time to pass.
  const nowMs = useNow(now, 60_000);
  const data = useLiveQuery(async () => {
    const [resources, allocations] = await Promise.all([db.resources.toArray(), db.allocations.toArray()]);
    const ids = [...new Set(allocations.map((a) => a.incidentId))];
    const incidents = (await db.incidents.bulkGet(ids)).filter((i): i is Incident => Boolean(i));
    return { resources, allocations, incidents: new Map(incidents.map((i) => [i.id, i])) };
  }, [db]);
  if (!data) return undefined;
  return {
    standings: resourceStandings(data.resources, data.allocations, (id) => data.incidents.get(id), nowMs),
    allocations: data.allocations,
    incidents: data.incidents,
    nowMs,
  };
}

/** The words for a resource's kind, unit and status, and an amount of it (1 vehicle, 12台). */
export function resourceWords(t: TFunction) {
  return {
    amount: (r: Pick<Resource, 'unit'>, count: number) => t(`resources.amountOf.${r.unit}`, { count }),
    type: (r: Pick<Resource, 'type'>) => t(`resources.type.${r.type}`),
    unit: (r: Pick<Resource, 'unit'>) => t(`resources.unit.${r.unit}`),
    status: (r: Pick<Resource, 'status'>) => t(`resources.status.${r.status}`),
  };
}

/**
 * Runs a repository write: field errors for the form, a sentence for a refusal. A refusal listed
 * in `fieldOf` (code → field) is said once, at that field, instead of above the form.
 */
export function useResourceWrite(fieldOf: Record<string, string> = {}) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run<T>(write: () => Promise<Result<T>>): Promise<T | null> {
    setBusy(true);
    const result = await attempt(write);
    setBusy(false);
    if (!result.ok) {
      show(result.error);
      return null;
    }
    setErrors({});
    setAlert(null);
    return result.value;
  }
  function show(error: Failure) {
    const field = fieldOf[error.code];
    if (field) {
      setErrors({ [field]: failureText(error, t) });
      setAlert(null);
      return;
    }
    const fields = error.code === 'validation' ? (error.params ?? {}) : {};
    setErrors(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, String(v)])));
    setAlert(failureText(error, t));
  }
  const clear = () => {
    setErrors({});
    setAlert(null);
  };
  return { errors, alert, busy, run, clear };
}
