// English texts of the public-opinion log, typed against the Chinese ones.
import type { Catalog } from './zh-CN';

export const enOpinion: Catalog['opinion'] = {
  title: 'Public opinion',
  add: 'Log an item',
  save: 'Save item',
  cancel: 'Cancel',
  choose: 'Choose…',
  empty: 'No public-opinion items logged yet.',
  logged: 'Item logged.',
  platform: { weibo: 'Weibo', wechat: 'WeChat', douyin: 'Douyin', news: 'News site', forum: 'Forum', other: 'Other' },
  sentiment: { negative: 'Negative', neutral: 'Neutral', positive: 'Positive' },
  field: {
    platform: 'Platform',
    sentiment: 'Sentiment',
    reach: 'Estimated reach (people)',
    foundAt: 'Found at',
    link: 'Link (optional)',
    summary: 'Summary',
  },
  reachHint: 'e.g. 12000; 0 if unknown',
  column: { foundAt: 'Found at', platform: 'Platform', sentiment: 'Sentiment', reach: 'Est. reach', summary: 'Summary', link: 'Source' },
  list: 'Public-opinion items',
  openLink: 'Open',
  reach: '{{reach, number}}',
  recordedBy: 'Logged by {{name}}',
  window:
    'Negative items in the last {{hours}} hours reach an estimated {{reach, number}} people; the plan suggests raising the grade at {{threshold, number}}.',
  suggestRaise:
    'Negative coverage reached an estimated {{reach, number}} people within {{hours}} hours, at or above the plan’s threshold of {{threshold, number}}: consider raising the incident from {{currentLevel}} to {{suggestedLevel}}.',
  suggestGrade:
    'Negative coverage reached an estimated {{reach, number}} people within {{hours}} hours, at or above the plan’s threshold of {{threshold, number}}: when grading, count it as media attention and consider {{suggestedLevel}}.',
  raiseHint:
    'A person decides; the grade never changes by itself. Use “$t(command.regrade)” under “$t(detail.actions)” and give the reason.',
  raiseToOneHint:
    'Raising to Level 1 is for the leader or a deputy to decide, with “$t(command.regrade)” under “$t(detail.actions)”; the grade never changes by itself.',
  gradeHint: 'The console does not grade by itself: choose the level under “$t(detail.actions)” → “$t(command.grade)” and give the reason.',
  trend: {
    title: 'Opinion trend',
    byHour: 'Estimated reach per hour, by sentiment',
    byDay: 'Estimated reach per day, by sentiment',
    label: 'Opinion trend: estimated reach per period by sentiment, negative reach over the last {{hours}} hours, and the plan’s threshold',
    window: 'Negative reach, last {{hours}} h',
    threshold: 'Plan threshold {{threshold, number}}',
    axisTick: '{{n}}K',
  },
  error: {
    'platform-required': 'Choose the platform',
    'link-invalid': 'Enter the full address, starting with http:// or https://',
    'link-too-long': 'The link is too long; please check it',
    'summary-required': 'Summarise what was said',
    'summary-too-long': 'The summary is too long (1000 characters at most)',
    'sentiment-required': 'Choose the sentiment',
    'reach-required': 'Enter the estimated reach (0 if unknown)',
    'reach-invalid': 'Enter a whole number of 0 or more, e.g. 12000',
    'reach-too-large': 'This number is too large; please check it',
    'found-at-invalid': 'Enter a valid date and time',
    'found-at-future': 'The time found cannot be later than now',
  },
};
