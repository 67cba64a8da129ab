// English texts of the command dashboard and the wall display, typed against the Chinese ones.
import type { Catalog } from './zh-CN';

export const enDashboard: Catalog['dashboard'] = {
  title: 'Command dashboard',
  bigScreen: 'Wall display',
  leadership: 'Leading group and duty',
  onDuty: 'On duty now',
  attention: 'Overdue and due within 2 hours',
  nothingDue: 'Nothing overdue or due within 2 hours.',
  attentionMore: '{{count}} more overdue or falling due: see the incident board with “Overdue only”.',
  clockItem: '{{number}} {{title}} · {{stage}}',
  instructionItem: '{{number}} {{team}} instruction: {{content}}',
  openInstructions: 'open instructions',
  overdueInstructions: 'overdue',
  byLevelAndPhase: 'Live incidents by level and phase',
  level: 'Level',
  total: 'Total',
  phase: { intake: 'Intake and grading', handling: 'Investigation', negotiation: 'Negotiation', closing: 'Feedback and evaluation' },
  latest: 'Latest activity',
  chartByHour: "Today's complaints by hour",
  chartByCategory: 'Live incidents by category',
  chartByLevel: 'Live incidents by level',
  chartOnTime: 'On-time rate per stage (last {{days}} days, %)',
  noData: 'No data yet',
  exitHint: 'Press Esc to return to the dashboard',
  updated: 'Updated {{time}}',
  slide: { overview: 'Overview', charts: 'Statistics', teams: 'Teams' },
};
