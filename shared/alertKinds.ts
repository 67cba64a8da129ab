// Every kind of alert, named once: the host's registration, the notification centre's notices and
// their acknowledgement all take this list. Imports nothing, so any schema may use it.
export const ALERT_KINDS = [
  'level1',
  'due-soon',
  'overdue',
  'instruction-overdue',
  'drill-inject',
  'report-due-soon',
  'report-overdue',
  'call-back-due',
  'petition-due',
  'opinion-warning',
  'drill-plan-due',
  'drill-plan-overdue',
] as const;
export type AlertKindName = (typeof ALERT_KINDS)[number];
