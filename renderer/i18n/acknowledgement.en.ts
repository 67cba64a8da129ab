// English texts of the quick path and the acknowledgement, typed against the Chinese ones.
import type { Catalog } from './zh-CN';

export const enAcknowledgement: Catalog['acknowledgement'] = {
  quick: {
    legend: 'Settled on the spot (level 3)',
    toggle: 'The complainant is here and the matter was settled on the spot: register and close it now',
    hint: 'Only for complaints the rules grade level 3. Saving records acceptance, grading, investigation, solution, communication, implementation, feedback, satisfaction and closing, the same timeline as step by step.',
    result: 'Result',
    feedback: 'Feedback given to the complainant',
    satisfaction: 'Complainant satisfaction',
    satisfied: 'Satisfied',
    unsatisfied: 'Not satisfied',
    save: 'Register and close on the spot',
    saving: 'Closing…',
    saved: 'Registered and closed on the spot: complaint {{complaint}}, incident {{incident}} (closed).',
  },
  open: 'Acknowledgement',
  title: 'Acknowledgement of complaint',
  print: 'Print receipt / export PDF',
  printing: 'Printing…',
  back: 'Back to the incident',
  provisionalNumber:
    '{{number}} (provisional: this desk has not yet reached the office server; the office confirms the final number, and this receipt can be quoted meanwhile)',
  fileName: 'Acknowledgement-{{number}}.pdf',
  notFound:
    'The complaint was not found, so no acknowledgement can be made. It may have been removed, or belong to the other mode (live/drill).',
  drillMark: '[Drill] This acknowledgement comes from an emergency drill, not from a real complaint.',
  given: 'The acknowledgement is on the incident timeline ({{name}}, {{at}}).',
  greeting: 'Dear {{name}},',
  intro:
    'Your complaint was received and registered on {{at}}. Please keep this receipt and quote the complaint number when you ask about it or send more documents.',
  section: {
    complaint: 'Your complaint',
    next: 'What happens next',
    limits: 'Time limits',
    outcome: 'Outcome',
    contact: 'Contact',
  },
  field: {
    number: 'Complaint number',
    receivedAt: 'Registered',
    complainant: 'Complainant',
    phone: 'Phone',
    subject: 'Subject',
    stage: 'Current stage',
    organisation: 'Handled by',
    office: 'Enquiries',
    handler: 'Case officer',
  },
  status: {
    accept: 'Awaiting acceptance',
    investigate: 'Being investigated',
    solve: 'Solution being prepared and carried out',
    feedback: 'Result to be reported to you',
    evaluate: 'Result being evaluated',
    closed: 'Closed',
    rejected: 'Not accepted',
  },
  phase: {
    accept: 'Acceptance: we check that the complaint is valid and set how it is handled.',
    investigate: 'Investigation: we find out what happened and verify the facts.',
    solve: 'We propose a solution, agree it with you and carry it out.',
    feedback: 'We tell you the result and the reasons for it.',
    evaluate: 'We hear what you think of the result, evaluate it and close the complaint.',
  },
  closedNote: 'Your complaint has been closed. If you disagree with the result, please contact us after receiving this receipt.',
  rejectedNote: 'After review your complaint was not accepted; you have been told why separately. If you disagree, please contact us.',
  limit: {
    stage: 'Stage',
    allowance: 'Limit',
    due: 'Due by',
    amount: '{{amount}} {{unit}}',
    calendarMissing:
      'Calendar data missing: the public holidays of {{year}} are not yet published or loaded; the date will be set once they are',
    done: 'Done on {{at}}',
    startsAt: {
      received: 'Counted from receipt',
      accepted: 'Counted from acceptance',
      levelOne: 'Counted from grading as level 1',
      investigated: 'Counted from the end of the investigation',
      solutionReady: 'Counted from the agreed solution',
      feedbackGiven: 'Counted from the feedback to you',
    },
    note: 'Working days follow the official public-holiday calendar, not counting the day of acceptance; a limit ends at 24:00 of its last working day.',
  },
  privacy: 'To protect your privacy, the phone number on this receipt is partly hidden.',
  refusal: {
    'quick-path-level':
      'The rules suggest {{suggested}}, so it cannot be closed on the spot. Save the registration and handle it step by step.',
    'quick-path-new-only': 'A complaint attached to an existing incident cannot be closed on the spot; register it the usual way.',
    'complaint-not-found': 'The complaint was not found; it may have been removed.',
  },
};
