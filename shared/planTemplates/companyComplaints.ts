// 公司投诉: a company's customer complaints — product, service and contract categories, three
// levels by the harm to the company, the hotline / e-mail / online / walk-in channels, and the
// 紧急 / 较紧急 / 一般 urgency set at registration.
import { STANDARD_URGENCIES, t, type PlanTemplate } from './template';

export const companyComplaintsTemplate: PlanTemplate = {
  key: 'company-complaints',
  name: t('公司客户投诉应急预案', 'Company customer complaint plan'),
  summary: t(
    '适合一般企业：产品、服务、合同三类投诉，三级响应，热线、邮箱、在线和现场四个渠道。',
    'For a company: product, service and contract complaints, three levels, hotline, e-mail, online and walk-in channels.',
  ),
  content: {
    title: t('客户投诉应急预案', 'Customer complaint emergency plan'),
    version: '1.0',
    organisationName: t('本公司', 'The company'),
    utcOffsetMinutes: 480,
    grades: [
      {
        level: 1,
        name: t('一级投诉', 'Level 1'),
        criteria: t(
          '可能严重损害公司声誉、引发媒体关注，客户要求马上解决且难度大。',
          'May badly harm the company’s name or draw the media; the customer wants it solved now and it is hard.',
        ),
        response: t('领导小组组长下令启动一级响应，组成专项小组。', 'The leader orders a level-1 response and forms a task force.'),
        nationalLevels: ['I', 'II'],
      },
      {
        level: 2,
        name: t('二级投诉', 'Level 2'),
        criteria: t('明显影响正常经营，需要几个部门配合尽快解决。', 'Clearly affects business; several departments must solve it soon.'),
        response: t('责任部门牵头，客服部跟踪协调。', 'The responsible department leads; customer service follows up.'),
        nationalLevels: ['III'],
      },
      {
        level: 3,
        name: t('三级投诉', 'Level 3'),
        criteria: t('影响小，按常规流程就能较快解决。', 'Little impact; the routine process solves it quickly.'),
        response: t('客服部按常规流程处理。', 'Customer service handles it routinely.'),
        nationalLevels: ['IV'],
      },
    ],
    categories: [
      { code: 'product-quality', name: t('产品质量', 'Product quality'), department: '质量管理部' },
      { code: 'service-quality', name: t('服务质量', 'Service quality'), department: '客服部' },
      { code: 'contract-dispute', name: t('合同纠纷', 'Contract dispute'), department: '法务部' },
      { code: 'other', name: t('其他', 'Other'), department: '客服部' },
    ],
    channels: [
      { code: 'hotline', name: t('24小时客服热线', '24-hour customer line') },
      { code: 'email', name: t('投诉邮箱', 'Complaint mailbox') },
      { code: 'online', name: t('官网与手机App', 'Website and app') },
      { code: 'visit', name: t('营业网点现场', 'In person at a branch') },
    ],
    urgencies: STANDARD_URGENCIES,
    grading: { groupPeople: 5, largeGroupPeople: 30, amountLevel2: 10_000, amountLevel1: 100_000 },
    approvalLevels: [1, 2],
    timeLimits: [
      { stage: 'acceptance', amount: 24, unit: 'hours', from: 'received' },
      { stage: 'report', amount: 1, unit: 'hours', from: 'previous', levels: [1] },
      { stage: 'investigation', amount: 3, unit: 'workingDays', from: 'previous' },
      { stage: 'solution', amount: 5, unit: 'workingDays', from: 'previous' },
      { stage: 'feedback', amount: 2, unit: 'workingDays', from: 'previous' },
      { stage: 'evaluation', amount: 15, unit: 'workingDays', from: 'previous' },
    ],
    dueSoon: { hours: 4, fraction: 0.2 },
    standardInstructions: [
      {
        code: 'root-cause',
        teamCode: 'coordination',
        content: t(
          '责任部门调查原因、收集证据并提出解决方案。',
          'The responsible department finds the cause, gathers evidence and proposes a solution.',
        ),
        dueMinutes: 240,
        priority: 'high',
      },
      {
        code: 'customer-contact',
        teamCode: 'information',
        content: t(
          '联系客户致歉，说明处理安排并记录期望。',
          'Call the customer, apologise, explain what happens next and note what they expect.',
        ),
        dueMinutes: 60,
        priority: 'urgent',
      },
      {
        code: 'media-watch',
        teamCode: 'publicity',
        content: t('关注媒体和网络反应，准备说明材料。', 'Watch media and online reaction; prepare an explanation.'),
        dueMinutes: 120,
        priority: 'high',
        levels: [1],
      },
    ],
    holdingStatement: t(
      '关于{{date}}在{{place}}发生的“{{title}}”，{{organisation}}已成立专项小组调查处理，并与客户保持沟通。',
      'About “{{title}}” at {{place}} on {{date}}: {{organisation}} has a task force investigating and is keeping in touch with the customer.',
    ),
    opinionRaise: { negativeReach: 10_000, withinHours: 24 },
    document: {
      purpose: t(
        '及早发现并妥善处理客户投诉，防止事态升级，保障客户权益和公司形象。',
        'To catch and settle customer complaints early, stop them escalating, and protect customers and the company’s name.',
      ),
      scope: t(
        '适用于公司提供产品或服务过程中客户提出的各类投诉。',
        'Applies to every complaint customers raise about the company’s products or services.',
      ),
      definitions: t(
        '紧急程度：登记时按紧急、较紧急、一般初步判断。责任部门：按投诉类别对口处理的部门。',
        'Urgency: set at registration as urgent, fairly urgent or normal. Responsible department: the one that handles the category.',
      ),
      duties: [
        {
          teamCode: 'leading-group',
          teamName: t('投诉应急处理领导小组', 'Complaint leading group'),
          duty: t(
            '总经理任组长，指挥处理并解决重大问题，制定和修订预案。',
            'Led by the general manager; commands, settles major issues, keeps the plan.',
          ),
        },
        {
          teamCode: 'information',
          teamName: t('客服部（受理）', 'Customer service (intake)'),
          duty: t(
            '受理登记、初步分类分级，转责任部门并跟踪进度。',
            'Registers, classifies and grades, passes on to the responsible department and follows up.',
          ),
        },
        {
          teamCode: 'coordination',
          teamName: t('责任部门', 'Responsible departments'),
          duty: t(
            '调查分析、制定并实施方案，向客服部和领导小组汇报。',
            'Investigate, make and carry out the solution, report to customer service and the leading group.',
          ),
        },
        {
          teamCode: 'publicity',
          teamName: t('品牌公关部', 'Brand and PR'),
          duty: t('应对媒体，维护公司形象。', 'Handles the media and protects the company’s image.'),
        },
      ],
      acceptance: t(
        '登记投诉时间、投诉人、事项、期望和紧急程度，24小时内完成受理。',
        'Time, complainant, matter, expectation and urgency are recorded; acceptance within 24 hours.',
      ),
      investigation: t('责任部门3个工作日内查明原因。', 'The responsible department finds the cause within 3 working days.'),
      handling: t(
        '5个工作日内拿出方案；一级、二级方案报领导小组审批。',
        'A solution within 5 working days; level 1 and 2 solutions need the leading group’s approval.',
      ),
      feedback: t(
        '2个工作日内答复客户，15个工作日内回访评估。',
        'The customer is answered within 2 working days and called back within 15.',
      ),
      resources: t(
        '客服热线、投诉邮箱、在线客服平台和法律顾问。',
        'The customer line, complaint mailbox, online service and legal counsel.',
      ),
      revision: t('领导小组每年修订，组长签批后生效。', 'The leading group revises it yearly; it takes effect once the leader signs.'),
      training: t('客服人员每半年培训一次，每年演练一次。', 'Customer service is trained twice a year and drills once a year.'),
      improvement: t('每月分析投诉数据，跟踪整改到位。', 'Complaint data are analysed monthly and fixes followed through.'),
    },
  },
};
