// Reads of 信息报送: an incident's reports (the panel), and one report with its incident (the print).
import type { Incident } from '@shared/model';
import type { UpwardReport } from '@shared/upwardReports';
import { reportsOf } from '../upwardReports';
import { useRead } from './live';

/** undefined while loading. */
export const useIncidentReports = (incidentId: string): UpwardReport[] | undefined =>
  useRead((db) => reportsOf(db, incidentId), [incidentId]);

/** undefined while loading, null when there is no such report on that incident (in this mode). */
export const useReportWithIncident = (
  incidentId: string,
  reportId: string,
): { report: UpwardReport; incident: Incident } | null | undefined =>
  useRead(
    async (db) => {
      const report = await db.upwardReports.get(reportId);
      const incident = report && report.incidentId === incidentId ? await db.incidents.get(incidentId) : undefined;
      return report && incident ? { report, incident } : null;
    },
    [incidentId, reportId],
  );
