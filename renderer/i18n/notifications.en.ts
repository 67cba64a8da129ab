// English texts of the notifications feature, typed against the Chinese ones.
import type { Catalog } from './zh-CN';

export const enNotifications: Catalog['notifications'] = {
  title: 'Notifications',
  bell: {
    label: 'Notifications: {{count}} unacknowledged',
    labelNone: 'Notifications (none unacknowledged)',
    latest: 'Unacknowledged notifications',
    empty: 'No unacknowledged notifications.',
    more: '{{count}} more unacknowledged',
    viewAll: 'View all',
  },
  burst: {
    title: '{{count}} more alerts',
    body: 'Open the notification centre to review and acknowledge each one.',
  },
  filter: {
    label: 'Show',
    unacknowledged: 'Unacknowledged',
    all: 'All',
  },
  kind: {
    level1: 'Level-1 incident',
    'due-soon': 'Due soon',
    overdue: 'Overdue',
    'instruction-overdue': 'Instruction overdue',
    'drill-inject': 'Drill inject',
    'report-due-soon': 'Report due soon',
    'report-overdue': 'Report overdue',
    'call-back-due': 'Call-back due',
    'drill-plan-due': 'Drill coming up',
    'drill-plan-overdue': 'Drill not held',
    'petition-due': 'Petition due',
    'opinion-warning': 'Opinion warning',
  },
  list: 'Notifications',
  firedAt: 'Alerted {{at}}',
  dueAt: 'Alert was due {{at}}',
  shownCount: 'Shown {{times}} times, last at {{at}}',
  incident: 'Incident {{number}}',
  petition: 'Petition {{number}}',
  acknowledge: 'Acknowledge',
  acknowledgeAll: 'Acknowledge all',
  acknowledgedBy: 'Acknowledged by {{name}} at {{at}}',
  showing: 'Showing the latest {{count}}',
  empty: {
    unacknowledged: 'No unacknowledged notifications.',
    all: 'No notifications yet.',
  },
  acknowledgedAll: 'Acknowledged {{total}}.',
  alert: {
    level1: {
      title: 'Level-1 incident {{number}}',
      body: '{{title}}. Graded level 1: report to the leading group now and activate the level-1 response.',
    },
    dueSoon: {
      title: '{{number}}: {{stage}} due soon',
      body: '{{title}}: {{stage}} is due by {{deadline}}.',
    },
    overdue: {
      title: '{{number}}: {{stage}} overdue',
      body: '{{title}}: {{stage}} was due by {{deadline}}. Act now.',
    },
    instructionUnsigned: {
      title: '{{number}}: instruction not signed for in time',
      body: '{{receiver}}: {{content}} (due {{deadline}})',
    },
    instructionUnfinished: {
      title: '{{number}}: instruction not finished in time',
      body: '{{receiver}}: {{content}} (due {{deadline}})',
    },
    reportDueSoon: {
      title: '{{number}}: $t(reports.inSentence.{{report}}) due soon',
      body: '{{title}}: the $t(reports.inSentence.{{report}}) is due by {{deadline}}; draft and approve it now.',
    },
    opinionWarning: {
      title: 'Public opinion: $t(opinion.warning.{{warning}})',
      body: '$t(opinion.platform.{{platform}}), estimated reach {{reach, number}}: {{summary}}',
    },
    drillPlan: {
      title: 'Drill plan: {{scenarioEn}} on {{day}}',
      body: 'The year’s drill plan holds “{{scenarioEn}}” on {{day}}; tell the teams taking part and prepare the room and material.',
    },
    drillPlanOverdue: {
      title: 'Drill plan: {{scenarioEn}} ({{day}}) not held',
      body: '“{{scenarioEn}}” was planned for {{day}} and no attendance has been recorded. Record it once held, or cancel the drill in the plan.',
    },
    petition: {
      title: '{{number}}: petition due soon',
      body: '{{subject}}: {{deadline}} is the deadline to $t(petitions.duty.{{duty}}).',
    },
    callBack: {
      title: '{{number}}: call-back due',
      body: '{{title}}: the complainant is due a call-back on {{deadline}}; record the result and their satisfaction.',
    },
    reportOverdue: {
      title: '{{number}}: $t(reports.inSentence.{{report}}) overdue',
      body: '{{title}}: the $t(reports.inSentence.{{report}}) was due by {{deadline}} and has not been sent; send it now.',
    },
  },
  // The desktop notice's body: only numbers, stages and deadlines, since the host keeps its
  // notices in a file outside the database; the names and the matter stay in the console.
  desktop: {
    level1: 'Graded level 1: report to the leading group now and activate the level-1 response.',
    'due-soon': '{{stage}} is due by {{deadline}}.',
    overdue: '{{stage}} was due by {{deadline}}. Act now.',
    'instruction-overdue': 'The instruction was due by {{deadline}}. See the console for details.',
    'drill-inject': 'Drill {{run}} has a new message. See the console for details.',
    'report-due-soon': 'The $t(reports.inSentence.{{report}}) is due by {{deadline}}.',
    'report-overdue': 'The $t(reports.inSentence.{{report}}) was due by {{deadline}} and is overdue.',
    'call-back-due': 'A closed incident’s complainant is due a call-back on {{deadline}}.',
    'drill-plan-due': 'A drill in the year’s plan is coming up; see Drills & training.',
    'drill-plan-overdue': 'A drill in the year’s plan has passed with no attendance recorded; see Drills & training.',
    'petition-due': 'A petition is due by {{deadline}}.',
    'opinion-warning': '$t(opinion.warning.{{warning}}) on $t(opinion.platform.{{platform}}). See the console for details.',
  },
  refusal: {
    'notice-not-found': 'This notification cannot be found; it may have been cleared.',
    'notice-already-acknowledged': 'This notification was already acknowledged by {{name}}.',
  },
};
