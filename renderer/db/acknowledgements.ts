// 受理回执 given: a receipt handed to (or printed for) a complainant is on the incident's
// timeline, with who gave it and when. No table of its own: the timeline is the record.
import type { Result } from '@shared/result';
import { appendTimeline, Refused, settle, type WriteContext } from './context';
import type { ConsoleDb } from './schema';

export async function recordAcknowledgementGiven(db: ConsoleDb, complaintId: string, ctx: WriteContext): Promise<Result<void>> {
  return settle(() =>
    db.transaction('rw', [db.complaints, db.timeline], async () => {
      const complaint = await db.complaints.get(complaintId);
      if (!complaint) throw new Refused('complaint-not-found');
      await appendTimeline(db, ctx, {
        incidentId: complaint.incidentId,
        kind: 'acknowledgement-given',
        params: { complaint: complaint.number },
      });
    }),
  );
}
