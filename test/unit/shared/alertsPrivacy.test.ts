// What the desktop host is handed for its schedule file (schedule.json, outside the database):
// incident numbers, stages and deadlines, never a complainant's name, a phone number or the
// matter itself, in either language. The notification centre keeps the full words.
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { alertsFor, desktopWording, type Alert } from '@shared/alerts';
import { officialCalendar } from '@shared/calendar';
import type { Instruction } from '@shared/command';
import { defaultPlan } from '@shared/defaultPlan';
import type { Incident } from '@shared/model';
import { noticeText } from '../../../renderer/features/notifications/noticeText';
import { en } from '../../../renderer/i18n/en';
import { zhCN } from '../../../renderer/i18n/zh-CN';

const plan = defaultPlan('2026-11-01T09:00:00+08:00');
const NOW = Date.parse('2026-11-23T10:00:00+08:00');
const INCIDENT_ID = 'b0000000-0000-4000-8000-00000000000b';
// What an operator may well type into an incident's title or an instruction: a name and a phone.
const PERSONAL = ['李秀英', '13812345678', '幸福里小区', '王强'];

const incident: Incident = {
  id: INCIDENT_ID,
  mode: 'live',
  number: 'SJ-20261123-0007',
  title: '李秀英（13812345678）投诉幸福里小区停水三天',
  categoryCode: 'service-quality',
  channelCode: 'hotline',
  place: '幸福里小区',
  urgency: 'urgent',
  ownerId: 'p',
  facts: { mediaAttention: true, injury: false, regulatorInvolved: false, repeatComplaint: false, amountAtStake: 0 },
  milestones: {
    receivedAt: '2026-11-23T08:00:00+08:00',
    acceptedAt: '2026-11-23T08:30:00+08:00',
    gradedAt: '2026-11-23T09:00:00+08:00',
    levelOneAt: '2026-11-23T09:00:00+08:00',
  },
  complainantCount: 1,
  peopleInvolved: 1,
  complainantNames: ['李秀英'],
  state: 'graded',
  level: 1,
  nextDeadlineAt: null,
  nextDeadlineStage: null,
  createdAt: '',
  createdBy: '',
  updatedAt: '',
  updatedBy: '',
};

const instruction: Instruction = {
  id: 'i1',
  mode: 'live',
  incidentId: INCIDENT_ID,
  teamId: 'team-info',
  assigneeId: 'p-wang',
  content: '回访李秀英 13812345678，核实停水情况',
  priority: 'urgent',
  state: 'issued',
  deadline: '2026-11-23T09:30:00+08:00',
  issuedAt: '2026-11-23T09:00:00+08:00',
  issuedBy: 'l',
  issuedByName: '赵建国',
  progress: [],
  updatedAt: '',
  updatedBy: '',
};

const alerts = alertsFor({
  incidents: [incident],
  instructions: [instruction],
  plan,
  preferences: { dueSoonLeadMinutes: 120, levelOneRepeatMinutes: 10 },
  calendar: officialCalendar,
  now: NOW,
  levelOneNotices: new Map(),
  teamNames: new Map([['team-info', { zh: '信息收集组', en: 'Information team' }]]),
  personNames: new Map([['p-wang', '王强']]),
});

// A drill's message, as injectAlerts words it: the scenario's own text goes only to the centre.
const drillMessage: Alert = {
  key: 'drill:r1:inject:2',
  fireAt: '2026-11-23T10:00:00+08:00',
  kind: 'drill-inject',
  urgent: true,
  titleKey: 'drill.alert.title',
  bodyKey: 'drill.alert.body',
  params: { run: 'YL-2026-03', seq: 2, injectType: 'complaint', from: '王强', to: '信息收集组', content: '李秀英来电 13812345678' },
};

const t: Record<'zh-CN' | 'en', TFunction> = {} as Record<'zh-CN' | 'en', TFunction>;

beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: 'zh-CN',
    interpolation: { escapeValue: false },
  });
  t['zh-CN'] = instance.getFixedT('zh-CN');
  t.en = instance.getFixedT('en');
});

const desktopText = (alert: Alert, language: 'zh-CN' | 'en') =>
  noticeText(desktopWording(alert), t[language], plan.utcOffsetMinutes, language);

describe('the desktop notices the host keeps in its schedule file', () => {
  it('covers a level-1 incident, its stage clocks and an overdue instruction', () => {
    expect(new Set(alerts.map((alert) => alert.kind))).toEqual(new Set(['level1', 'overdue', 'instruction-overdue', 'due-soon']));
  });

  for (const language of ['zh-CN', 'en'] as const) {
    it(`name no complainant, phone, place or receiver and tell no matter (${language})`, () => {
      for (const alert of [...alerts, drillMessage]) {
        const { title, body } = desktopText(alert, language);
        for (const word of PERSONAL) {
          expect(title).not.toContain(word);
          expect(body).not.toContain(word);
        }
        // A missing param would show as an empty gap or a raw {{…}}: every body is a sentence.
        expect(body).not.toMatch(/\{\{|notifications\./);
        expect(body.length).toBeGreaterThan(10);
      }
    });
  }

  it('still say which incident, which stage and by when', () => {
    const overdue = alerts.find((alert) => alert.kind === 'overdue')!;
    const { title, body } = desktopText(overdue, 'zh-CN');
    expect(title).toContain('SJ-20261123-0007');
    expect(title).toContain('超时');
    expect(body).toMatch(/期限 .*\d{2}:\d{2}.* 已过/);
  });

  it('leave the full words to the notification centre inside the database', () => {
    const levelOne = alerts.find((alert) => alert.kind === 'level1')!;
    expect(noticeText(levelOne, t['zh-CN'], plan.utcOffsetMinutes, 'zh-CN').body).toContain('李秀英');
  });
});
