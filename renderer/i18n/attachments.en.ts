// English texts of evidence and attachments: the incident panel, its list and its refusals.
export const enAttachments = {
  title: 'Evidence and attachments',
  intro:
    'Photos, recordings, videos, scanned letters, pump calibration records and the like, up to {{max}} MB each. Files are kept with the console data on this PC and saved with its backups; the console shows photos only; save a copy of any other file to open it in its own program.',
  field: {
    file: 'File',
    on: 'Attach to',
    label: 'Description',
  },
  labelHint: 'e.g. photo at the scene, pump calibration record, scanned letter from the complainant',
  attach: 'Attach file',
  attached: 'Attached “{{name}}”.',
  chooseFile: 'Choose the file to attach first.',
  fixFields: 'Correct the marked fields, then attach.',
  empty: 'No attachments yet.',
  list: 'Attachments',
  on: {
    incident: 'This incident',
    complaint: 'Complaint {{number}} ({{name}})',
    communication: 'Communication of {{at}}',
    review: 'Review',
  },
  onKind: {
    incident: 'incident',
    complaint: 'complaint',
    communication: 'communication',
    review: 'review',
  },
  type: {
    photo: 'photo',
    recording: 'recording',
    video: 'video',
    pdf: 'PDF',
    document: 'document',
  },
  columns: {
    name: 'File',
    type: 'Type',
    label: 'Description',
    on: 'Attached to',
    size: 'Size',
    by: 'Attached by, at',
    actions: 'Actions',
  },
  show: 'Show photo',
  hide: 'Hide photo',
  save: 'Save a copy',
  photoOf: 'Photo: {{name}}',
  printed: {
    title: 'Evidence and attachments',
    none: 'No attachments to this incident.',
    file: 'File and description',
    hash: 'SHA-256',
    count: '{{count}} attachments; the files are kept with the console backups.',
  },
  refusal: {
    'attachment-archived': 'This incident is archived (archive number {{number}}); nothing more is added to its file.',
    'backup-attachment-damaged':
      'The attachment “{{file}}” in the backup is incomplete or damaged; nothing was restored and nothing changed.',
    'attachment-target-not-found': 'What it was to be attached to no longer belongs to this incident; nothing was attached.',
    'attachment-empty': 'This file is empty; nothing was attached.',
    'attachment-too-large':
      'The file is larger than {{max}} MB; nothing was attached. Compress the photo or cut the recording to the part that matters first.',
    'attachment-type':
      'Only photos, recordings, videos, PDFs and office documents can be attached (jpg, png, mp3, m4a, wav, amr, mp4, pdf, doc, docx, xls, xlsx, txt…); this file was not attached.',
    'attachment-executable': 'This file is a program; the console does not take programs, and nothing was attached.',
    'attachment-missing': 'This PC does not hold the file (it may be on the PC it was attached at).',
    'attachment-damaged': 'The file differs from what was attached (it may be damaged); the console did not use it.',
  },
} as const;
