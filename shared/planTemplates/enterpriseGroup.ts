// 企业群体投诉: a leading group (总经理 as leader) and four working groups — information,
// coordination, publicity, logistics. A 重大 complaint is led by the leader or deputy; a 一般
// one stays with customer service.
import { STANDARD_URGENCIES, t, type PlanTemplate } from './template';

export const enterpriseGroupTemplate: PlanTemplate = {
  key: 'enterprise-group',
  name: t('企业群体投诉应急预案', 'Enterprise group complaint plan'),
  summary: t(
    '适合多人集体投诉：领导小组加信息收集、处置协调、宣传引导、后勤保障四个工作组；区分重大与一般投诉。',
    'For complaints by many people at once: a leading group with information, coordination, publicity and logistics groups; major versus ordinary complaints.',
  ),
  content: {
    title: t('群体投诉应急预案', 'Group complaint emergency plan'),
    version: '1.0',
    organisationName: t('本企业', 'The enterprise'),
    utcOffsetMinutes: 480,
    grades: [
      {
        level: 1,
        name: t('重大群体投诉', 'Major group complaint'),
        criteria: t(
          '人数众多或情绪激烈，可能影响企业运营、社会稳定，或已引起媒体关注。',
          'Many people or strong feelings; may disrupt operations or public order, or has drawn media attention.',
        ),
        response: t(
          '组长或副组长牵头，指挥部进入应急状态，四个工作组同时启动。',
          'The leader or deputy leads; headquarters goes into emergency mode and all four groups start at once.',
        ),
        nationalLevels: ['I', 'II'],
      },
      {
        level: 2,
        name: t('较大群体投诉', 'Serious group complaint'),
        criteria: t('涉及多人、需要几个部门配合，但秩序可控。', 'Several people, needs several departments, but order holds.'),
        response: t(
          '处置协调组牵头，信息收集组随时报告。',
          'The coordination group leads; the information group reports as things change.',
        ),
        nationalLevels: ['III'],
      },
      {
        level: 3,
        name: t('一般投诉', 'Ordinary complaint'),
        criteria: t('诉求明确、人数少，客服可以解决。', 'A clear demand from few people that customer service can meet.'),
        response: t('客服部处理，及时答复客户。', 'Customer service handles it and answers promptly.'),
        nationalLevels: ['IV'],
      },
    ],
    categories: [
      { code: 'consumer-rights', name: t('消费者权益', 'Consumer rights'), department: '客服部' },
      { code: 'environmental-pollution', name: t('环境污染', 'Environmental pollution'), department: '安全环保部' },
      { code: 'food-safety', name: t('食品安全', 'Food safety'), department: '质量管理部' },
      { code: 'public-health', name: t('公共卫生', 'Public health'), department: '行政部' },
      { code: 'other', name: t('其他', 'Other'), department: '客服部' },
    ],
    channels: [
      { code: 'hotline', name: t('客服热线', 'Customer line') },
      { code: 'visit', name: t('集体来访', 'Group visit') },
      { code: 'letter', name: t('来信', 'Letter') },
      { code: 'media', name: t('媒体报道', 'Media report') },
    ],
    urgencies: STANDARD_URGENCIES,
    grading: { groupPeople: 5, largeGroupPeople: 30, amountLevel2: 20_000, amountLevel1: 200_000 },
    approvalLevels: [1],
    timeLimits: [
      { stage: 'acceptance', amount: 2, unit: 'hours', from: 'received' },
      { stage: 'report', amount: 30, unit: 'minutes', from: 'previous', levels: [1, 2] },
      { stage: 'investigation', amount: 3, unit: 'workingDays', from: 'previous' },
      { stage: 'solution', amount: 3, unit: 'workingDays', from: 'previous' },
      { stage: 'feedback', amount: 1, unit: 'workingDays', from: 'previous' },
      { stage: 'evaluation', amount: 10, unit: 'workingDays', from: 'previous' },
    ],
    dueSoon: { hours: 2, fraction: 0.2 },
    standardInstructions: [
      {
        code: 'gather-facts',
        teamCode: 'information',
        content: t(
          '查明时间、地点、人数和诉求，半小时内报指挥部。',
          'Find out time, place, numbers and demands; report to headquarters within half an hour.',
        ),
        dueMinutes: 30,
        priority: 'urgent',
      },
      {
        code: 'draft-disposal',
        teamCode: 'coordination',
        content: t('召集相关部门，拟出处置方案报组长。', 'Call in the departments concerned and draft the disposal plan for the leader.'),
        dueMinutes: 120,
        priority: 'high',
      },
      {
        code: 'guide-opinion',
        teamCode: 'publicity',
        content: t('准备对外说明，及时澄清不实信息。', 'Prepare a public statement and correct false reports quickly.'),
        dueMinutes: 60,
        priority: 'urgent',
        levels: [1],
      },
      {
        code: 'supply-support',
        teamCode: 'logistics',
        content: t('落实接待场地、车辆和通信。', 'Secure a reception room, vehicles and communications.'),
        dueMinutes: 60,
        priority: 'high',
        levels: [1, 2],
      },
    ],
    holdingStatement: t(
      '{{date}}，{{place}}有群众反映“{{title}}”。{{organisation}}已成立工作组接待，正在核实并依法依规处理。',
      'On {{date}}, people raised “{{title}}” at {{place}}. {{organisation}} has formed a working group to receive them and is establishing the facts.',
    ),
    opinionRaise: { negativeReach: 10_000, withinHours: 24 },
    document: {
      purpose: t(
        '在多人同时投诉时快速、有序地接待和化解，保护消费者权益，减少对企业运营和声誉的影响。',
        'To receive and resolve complaints by many people quickly and in order, protecting consumers and limiting harm to operations and reputation.',
      ),
      scope: t(
        '适用于本企业涉及消费者权益、环境、食品安全、公共卫生等方面的集体投诉。',
        'Applies to collective complaints about consumer rights, the environment, food safety, public health and the like.',
      ),
      definitions: t(
        '群体投诉：5人以上就同一事项共同提出的投诉。重大群体投诉：见一级标准。',
        'Group complaint: one raised together by 5 or more people on the same matter. Major: see level 1.',
      ),
      duties: [
        {
          teamCode: 'leading-group',
          teamName: t('应急指挥部', 'Headquarters'),
          duty: t(
            '总经理任组长，统一指挥调度，批准重大事项和对外发布。',
            'The general manager leads, commands, approves major decisions and releases.',
          ),
        },
        {
          teamCode: 'information',
          teamName: t('信息收集组', 'Information group'),
          duty: t('汇总分析事件信息，为决策提供依据。', 'Gathers and analyses the facts for decisions.'),
        },
        {
          teamCode: 'coordination',
          teamName: t('处置协调组', 'Coordination group'),
          duty: t(
            '联络各部门和外部单位，共同制定并落实方案。',
            'Works with departments and outside bodies to make and carry out the plan.',
          ),
        },
        {
          teamCode: 'publicity',
          teamName: t('宣传引导组', 'Publicity group'),
          duty: t('发布信息，引导舆论，防止谣言扩散。', 'Releases information, guides opinion, stops rumours spreading.'),
        },
        {
          teamCode: 'logistics',
          teamName: t('后勤保障组', 'Logistics group'),
          duty: t('提供物资、车辆、通信保障。', 'Provides supplies, vehicles and communications.'),
        },
      ],
      acceptance: t(
        '接到集体投诉后立即登记并报告指挥部，2小时内完成受理。',
        'A collective complaint is recorded and reported at once and accepted within 2 hours.',
      ),
      investigation: t(
        '核实投诉真实性和涉及范围，3个工作日内形成调查结论。',
        'The truth and extent are checked and a finding made within 3 working days.',
      ),
      handling: t(
        '按分级采取措施；重大投诉由组长审定方案。',
        'Measures follow the level; the leader approves the plan for a major complaint.',
      ),
      feedback: t(
        '方案确定后1个工作日内向投诉人反馈，并了解满意程度。',
        'Complainants hear the outcome within 1 working day and are asked if satisfied.',
      ),
      resources: t(
        '接待室、车辆、通信设备、法律顾问和宣传渠道。',
        'Reception rooms, vehicles, communications, legal counsel and publicity channels.',
      ),
      revision: t('每年由指挥部组织修订，组长批准后施行。', 'Headquarters revises it yearly; it takes effect once the leader approves.'),
      training: t(
        '每年至少培训一次、演练一次，重点是集体来访接待。',
        'At least one training and one drill a year, chiefly on receiving group visits.',
      ),
      improvement: t(
        '每次事件后总结原因，追究责任，完善预案。',
        'After each event, causes are reviewed, responsibility settled and the plan improved.',
      ),
    },
  },
};
