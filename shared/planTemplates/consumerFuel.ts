// 消费投诉（加油站）: consumer complaints at a retail fuel network. A dispute over the amount
// or quality of fuel goes to the station manager, then the quantity-and-quality department,
// and if still unresolved the 技术监督局 is asked to test on site; a service complaint's
// outcome is reported back to the customer within 24 hours.
import { STANDARD_URGENCIES, t, type PlanTemplate } from './template';

export const consumerFuelTemplate: PlanTemplate = {
  key: 'consumer-fuel',
  name: t('消费投诉应急预案（加油站）', 'Consumer complaint plan (fuel stations)'),
  summary: t(
    '适合零售网点和加油站：油量油质争议请技术监督局到场检测，服务投诉24小时内答复客户。',
    'For retail outlets and fuel stations: fuel quantity or quality disputes are tested on site by the technical supervision bureau; service complaints are answered within 24 hours.',
  ),
  content: {
    title: t('加油站消费投诉应急预案', 'Fuel station consumer complaint emergency plan'),
    version: '1.0',
    organisationName: t('本公司', 'The company'),
    utcOffsetMinutes: 480,
    grades: [
      {
        level: 1,
        name: t('一级投诉', 'Level 1'),
        criteria: t(
          '被媒体曝光、引发围观，或涉及批量油品质量问题。',
          'Exposed by the media, drawing a crowd, or a quality problem in a whole batch of fuel.',
        ),
        response: t(
          '分公司负责人到场，统一口径，必要时暂停该站销售。',
          'The branch head goes to the station, sets one line to take, and stops sales there if needed.',
        ),
        nationalLevels: ['I', 'II'],
      },
      {
        level: 2,
        name: t('二级投诉', 'Level 2'),
        criteria: t('油量或油质争议站内无法解决。', 'A fuel quantity or quality dispute the station cannot settle.'),
        response: t(
          '数质量部门和零售管理部门到场调查，请技术监督局检测。',
          'The quantity-and-quality and retail departments investigate and ask the technical supervision bureau to test.',
        ),
        nationalLevels: ['III'],
      },
      {
        level: 3,
        name: t('三级投诉', 'Level 3'),
        criteria: t(
          '服务态度等问题，站长可以当场解释处理。',
          'Service manner and the like, which the station manager can settle on the spot.',
        ),
        response: t('站长当场解释、致歉并登记。', 'The station manager explains, apologises and records it on the spot.'),
        nationalLevels: ['IV'],
      },
    ],
    categories: [
      { code: 'fuel-quantity-quality', name: t('油量油质', 'Fuel quantity / quality'), department: '数质量管理部' },
      { code: 'service-quality', name: t('服务态度', 'Service manner'), department: '零售管理部' },
      { code: 'pricing', name: t('价格与结算', 'Prices and payment'), department: '零售管理部' },
      { code: 'other', name: t('其他', 'Other'), department: '零售管理部' },
    ],
    channels: [
      { code: 'visit', name: t('站内当面', 'At the station') },
      { code: 'opinion-book', name: t('顾客意见簿', 'Customer opinion book') },
      { code: 'hotline', name: t('服务热线', 'Service line') },
      { code: 'regulator-12315', name: t('12315 转办', 'Regulator transfer (12315)') },
      { code: 'media', name: t('媒体曝光', 'Media exposure') },
    ],
    urgencies: STANDARD_URGENCIES,
    grading: { groupPeople: 5, largeGroupPeople: 20, amountLevel2: 2_000, amountLevel1: 50_000 },
    approvalLevels: [1],
    timeLimits: [
      { stage: 'acceptance', amount: 1, unit: 'hours', from: 'received' },
      { stage: 'report', amount: 30, unit: 'minutes', from: 'previous', levels: [1, 2] },
      { stage: 'investigation', amount: 2, unit: 'workingDays', from: 'previous' },
      { stage: 'solution', amount: 3, unit: 'workingDays', from: 'previous' },
      { stage: 'feedback', amount: 2, unit: 'workingDays', from: 'previous' },
      // A service complaint: the customer hears what was done about the staff within 24 hours.
      { stage: 'feedback', amount: 24, unit: 'hours', from: 'received', categories: ['service-quality'] },
      { stage: 'evaluation', amount: 10, unit: 'workingDays', from: 'previous' },
    ],
    dueSoon: { hours: 2, fraction: 0.2 },
    standardInstructions: [
      {
        code: 'private-talk',
        teamCode: 'information',
        content: t(
          '请顾客到站长室面谈，避免围观，查询加油机记录。',
          'Invite the customer to the manager’s office away from onlookers; check the pump records.',
        ),
        dueMinutes: 15,
        priority: 'urgent',
      },
      {
        code: 'call-bureau',
        teamCode: 'coordination',
        content: t(
          '报告数质量和零售管理部门，请技术监督局到场检测。',
          'Report to the quantity-and-quality and retail departments; ask the technical supervision bureau to test on site.',
        ),
        dueMinutes: 60,
        priority: 'high',
        levels: [1, 2],
      },
      {
        code: 'media-line',
        teamCode: 'publicity',
        content: t('统一对外口径，记者采访由分公司指定专人接待。', 'Keep one line to the public; one named person meets reporters.'),
        dueMinutes: 60,
        priority: 'urgent',
        levels: [1],
      },
    ],
    holdingStatement: t(
      '{{date}}，有顾客在{{place}}反映“{{title}}”。{{organisation}}已请有关部门到场检测核实，结果出来后将如实告知。',
      'On {{date}}, a customer at {{place}} raised “{{title}}”. {{organisation}} has asked the authorities to test on site and will report the result truthfully.',
    ),
    opinionRaise: { negativeReach: 5_000, withinHours: 12 },
    document: {
      purpose: t(
        '让站内的每一起消费争议都有章可循，依法公正处理，避免事态扩大。',
        'So that every consumer dispute at a station follows set steps, is handled fairly and lawfully, and does not grow.',
      ),
      scope: t(
        '适用于所属加油站的顾客投诉、媒体曝光和外部检查。',
        'Applies to customer complaints, media exposure and outside inspections at our stations.',
      ),
      definitions: t(
        '数质量争议：顾客对加油数量或油品质量提出的异议。技术监督局：负责计量和质量检测的政府部门。',
        'Quantity/quality dispute: a customer challenging the amount or quality of fuel. Technical supervision bureau: the government body that tests measures and quality.',
      ),
      duties: [
        {
          teamCode: 'leading-group',
          teamName: t('分公司应急领导小组', 'Branch leading group'),
          duty: t('决定一级响应和停售，审批对外口径。', 'Decides level-1 responses and stopping sales; approves statements.'),
        },
        {
          teamCode: 'information',
          teamName: t('加油站站长', 'Station managers'),
          duty: t('第一时间接待顾客，查询记录，登记投诉。', 'Receive the customer first, check the records, register the complaint.'),
        },
        {
          teamCode: 'coordination',
          teamName: t('数质量与零售管理部门', 'Quantity/quality and retail departments'),
          duty: t(
            '调查争议，联系技术监督局检测，提出处理意见。',
            'Investigate disputes, bring in the bureau to test, propose the outcome.',
          ),
        },
        {
          teamCode: 'publicity',
          teamName: t('宣传组', 'Publicity team'),
          duty: t('接待媒体，统一口径。', 'Receives the media and keeps one line.'),
        },
      ],
      acceptance: t(
        '当班员工立即报告站长，站长1小时内完成登记。',
        'The attendant tells the station manager at once; the manager registers it within 1 hour.',
      ),
      investigation: t(
        '站内先查加油机和交易记录；解决不了的报上级部门，请技术监督局到场。',
        'The station checks pump and sales records first; what it cannot settle goes up, and the bureau is asked to come.',
      ),
      handling: t(
        '服务问题按规定处理当事员工；数质量问题以检测结果为准。',
        'Service problems are dealt with under the staff rules; quantity and quality follow the test result.',
      ),
      feedback: t(
        '服务类投诉24小时内把处理情况告知顾客；其他投诉2个工作日内答复。',
        'Service complaints: the customer hears what was done within 24 hours; others within 2 working days.',
      ),
      resources: t(
        '加油机电子记录、标准计量器具、检测联系人名单、站长室。',
        'Pump records, standard measures, the list of testing contacts, the manager’s office.',
      ),
      revision: t('零售管理部每年修订，领导小组批准。', 'The retail department revises it yearly; the leading group approves.'),
      training: t(
        '每年组织消费投诉应急演练，模拟油量争议和媒体到场。',
        'A yearly drill simulating a fuel quantity dispute and reporters arriving.',
      ),
      improvement: t('演练和实际投诉后评估，发现问题及时改进。', 'Drills and real complaints are evaluated and problems fixed.'),
    },
  },
};
