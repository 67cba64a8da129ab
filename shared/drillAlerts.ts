// The notices a running drill raises: each inject as it is delivered, and again when the trainer
// re-sends it. Drill scope, so the host shows them with the 【演练】 prefix and a live registration
// never touches them; once the run is finished it raises nothing more.
import type { Alert } from './alerts';
import type { DrillRunRecord } from './drillRecords';
import { incidentsOfRun } from './drillRecord';
import { toIsoWithOffset } from './time';

const clip = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

export const injectAlertKey = (runId: string, seq: number, resent = 0) =>
  `drill:${runId}:inject:${seq}${resent > 0 ? `:resent:${resent}` : ''}`;

export function injectAlerts(run: DrillRunRecord, offsetMinutes: number): Alert[] {
  if (run.state.status !== 'running' && run.state.status !== 'paused') return [];
  const bySeq = new Map(run.scenario.injects.map((inject) => [inject.seq, inject]));
  const firstIncident = [...incidentsOfRun(run).keys()][0];
  const alertFor = (seq: number, atMs: number, resent: number): Alert | null => {
    const inject = bySeq.get(seq);
    if (!inject) return null;
    const incidentId = run.injectIncidents[String(seq)] ?? firstIncident;
    const number = incidentId ? run.incidentNumbers?.[incidentId] : undefined;
    return {
      key: injectAlertKey(run.id, seq, resent),
      fireAt: toIsoWithOffset(atMs, offsetMinutes),
      kind: 'drill-inject',
      urgent: inject.type === 'complaint' || inject.type === 'regulator',
      ...(incidentId ? { target: { kind: 'incident', id: incidentId } as const } : {}),
      titleKey: resent > 0 ? 'drill.alert.resentTitle' : 'drill.alert.title',
      bodyKey: 'drill.alert.body',
      params: {
        run: run.number,
        // The notice links to the incident by its number, as every other notice does.
        ...(number ? { number } : {}),
        seq,
        injectType: inject.type,
        from: inject.from.zh,
        fromEn: inject.from.en ?? '',
        to: inject.to.zh,
        toEn: inject.to.en ?? '',
        content: clip(inject.content.zh, 300),
        contentEn: clip(inject.content.en ?? '', 300),
      },
    };
  };
  const alerts: Alert[] = [];
  for (const progress of run.state.injects) {
    if (!progress.fired) continue;
    const first = alertFor(progress.seq, progress.fired.atMs, 0);
    if (first) alerts.push(first);
  }
  for (const entry of run.log) {
    if (entry.kind !== 'inject-resent' || entry.seq === undefined) continue;
    const again = alertFor(entry.seq, entry.atMs, entry.resentCount ?? 1);
    if (again) alerts.push(again);
  }
  return alerts;
}
