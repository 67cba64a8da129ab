// English texts of the archive, typed against the Chinese ones.
import type { Catalog } from './zh-CN';

export const enArchive: Catalog['archive'] = {
  title: 'Archive',
  rule: 'Plan: a file is kept from the year after archiving for {{one}} years (level 1), {{two}} (level 2), {{three}} (level 3); then it may be deleted by: {{roles}}.',
  notFinished: 'An incident is archived once it is closed or rejected.',
  archive: 'Archive',
  archived: 'Archived as {{number}} by {{name}} at {{at}}; kept until {{until}}.',
  offBoard: 'It has left the incident board and is found by its number or a search.',
  dossier: 'Open the file',
  delete: 'Delete the file',
  confirmDelete:
    'Delete file {{number}}? The incident and everything recorded on it will be deleted, the deletion recorded in the organisation’s audit. This cannot be undone.',
  confirm: 'Delete',
  cancel: 'Cancel',
  deleted: 'File {{archive}} (incident {{number}}) deleted.',
  retentionRunning: 'Kept until {{until}}; it may be deleted after that.',
  refusal: {
    'archive-delete-role': 'Under the plan, your role may not delete a file.',
    'archive-exists': 'This incident is already archived.',
    'archive-not-archived': 'This incident is not archived.',
    'archive-not-finished': 'An incident is archived once it is closed or rejected.',
    'archive-retention-running': 'The file is kept until {{until}}; it may be deleted after that.',
  },
  file: {
    title: 'Incident file',
    fileName: 'File-{{number}}',
    back: 'Back to the incident',
    cover: 'Cover',
    archiveNumber: 'Archive number',
    incidentNumber: 'Incident number',
    subject: 'Subject',
    period: 'From – to',
    archivedBy: 'Archived by',
    retainUntil: 'Kept until',
    contents: 'Contents',
    contentItems:
      '1 Summary; 2 Complainants; 3 Time limits; 4 Instructions; 5 Communications; 6 Statements; 7 Reports upward; 8 Review; 9 Evidence list; 10 Timeline',
    releases: 'Statements released',
    releasesNone: 'No statement was released on this incident.',
    review: 'Review',
    reviewNone: 'No after-action review was written.',
    evidence: 'Evidence list',
    evidenceNone: 'No attachments in this file.',
    column: { at: 'When', channel: 'Channel', title: 'Title', approvedBy: 'Approved by' },
  },
};
