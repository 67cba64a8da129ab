// Everything the evaluation report shows, read live from the drill database: the run's evaluation,
// the numbers of the incidents its injects opened, and the title of the drill notice it carried out.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDrillNotice } from '../../../db/drillNotices';
import { loadRunEvaluation, type RunEvaluation } from '../../../db/drillRuns';
import { useConsole } from '../../../db/DatabaseContext';
import { incidentsById } from '../../../db/reads/incidents';

export type ReportData = {
  evaluation: RunEvaluation;
  /** Inject seq → the number of the incident its complaint opened or joined. */
  incidentNumbers: Map<number, string>;
  noticeTitle: string | null;
};

/** undefined while loading; a failure code when the run cannot be evaluated (e.g. not found). */
export function useReportData(runId: string): ReportData | { failure: string } | undefined {
  const { db } = useConsole();
  return useLiveQuery(async () => {
    const result = await loadRunEvaluation(db, runId);
    if (!result.ok) return { failure: result.error.code };
    const { run } = result.value;
    const seqs = Object.keys(run.injectIncidents).map(Number);
    const incidents = await incidentsById(db, Object.values(run.injectIncidents));
    const incidentNumbers = new Map<number, string>();
    for (const seq of seqs) {
      const incident = incidents.get(run.injectIncidents[String(seq)]!);
      if (incident) incidentNumbers.set(seq, incident.number);
    }
    const notice = run.noticeId ? await getDrillNotice(db, run.noticeId) : undefined;
    return { evaluation: result.value, incidentNumbers, noticeTitle: notice?.title ?? null };
  }, [db, runId]);
}
