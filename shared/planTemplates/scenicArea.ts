// 景区: visitors' complaints at a scenic area. Acceptance within 24 hours of receipt, then
// 3 / 5 / 2 / 15 working days for investigation, solution, feedback and evaluation; the plan
// is written in the fourteen-part format.
import { STANDARD_URGENCIES, t, type PlanTemplate } from './template';

export const scenicAreaTemplate: PlanTemplate = {
  key: 'scenic-area',
  name: t('景区游客投诉应急预案', 'Scenic area visitor complaint plan'),
  summary: t(
    '适合旅游景区：24小时受理，调查、方案、反馈、评估分别限3、5、2、15个工作日。',
    'For scenic areas: acceptance within 24 hours; 3, 5, 2 and 15 working days for investigation, solution, feedback and evaluation.',
  ),
  content: {
    title: t('景区游客投诉处理应急预案', 'Scenic area visitor complaint emergency plan'),
    version: '1.0',
    organisationName: t('本景区', 'The scenic area'),
    utcOffsetMinutes: 480,
    grades: [
      {
        level: 1,
        name: t('一级（重大）', 'Level 1 (major)'),
        criteria: t(
          '游客伤亡、大量游客滞留或聚集，或已被媒体报道、在网上广泛传播。',
          'Visitors hurt or killed, many visitors stranded or gathering, or already reported by the media and spreading online.',
        ),
        response: t(
          '景区主要负责人到场指挥，启动一级响应，同时报告属地文化和旅游主管部门。',
          'The head of the scenic area commands on site and activates level 1; the local culture and tourism authority is informed at once.',
        ),
        nationalLevels: ['I', 'II'],
      },
      {
        level: 2,
        name: t('二级（较大）', 'Level 2 (serious)'),
        criteria: t(
          '涉及多名游客或多个部门，现场无法当场化解。',
          'Several visitors or several departments are involved and it cannot be settled on the spot.',
        ),
        response: t('游客服务中心牵头，相关部门协同处置。', 'The visitor service centre leads; the departments concerned act together.'),
        nationalLevels: ['III'],
      },
      {
        level: 3,
        name: t('三级（一般）', 'Level 3 (minor)'),
        criteria: t(
          '个别游客对服务或设施的不满，当场可以解释或解决。',
          'A single visitor unhappy with a service or facility; can be explained or settled on the spot.',
        ),
        response: t(
          '一线岗位或游客服务中心当场处理并登记。',
          'Front-line staff or the visitor service centre settle it on the spot and record it.',
        ),
        nationalLevels: ['IV'],
      },
    ],
    categories: [
      { code: 'visitor-safety', name: t('游客安全', 'Visitor safety'), department: '安全保卫部' },
      { code: 'ticketing', name: t('门票与价格', 'Tickets and prices'), department: '票务部' },
      { code: 'service-quality', name: t('服务质量', 'Service quality'), department: '游客服务中心' },
      { code: 'facilities', name: t('设施设备', 'Facilities'), department: '工程维护部' },
      { code: 'environment', name: t('环境卫生', 'Cleanliness'), department: '环境卫生部' },
      { code: 'other', name: t('其他', 'Other'), department: '游客服务中心' },
    ],
    channels: [
      { code: 'hotline', name: t('24小时投诉热线', '24-hour complaint line') },
      { code: 'visit', name: t('游客服务中心现场', 'Visitor service centre in person') },
      { code: 'online', name: t('官网与小程序', 'Website and mini-program') },
      { code: 'regulator-12345', name: t('12345 / 旅游热线转办', 'Transferred by 12345 or the tourism hotline') },
      { code: 'social-media', name: t('社交媒体与点评平台', 'Social media and review sites') },
    ],
    urgencies: STANDARD_URGENCIES,
    grading: { groupPeople: 5, largeGroupPeople: 30, amountLevel2: 5_000, amountLevel1: 50_000 },
    approvalLevels: [1, 2],
    timeLimits: [
      { stage: 'acceptance', amount: 24, unit: 'hours', from: 'received' },
      { stage: 'report', amount: 30, unit: 'minutes', from: 'previous', levels: [1] },
      { stage: 'investigation', amount: 3, unit: 'workingDays', from: 'previous' },
      { stage: 'solution', amount: 5, unit: 'workingDays', from: 'previous' },
      { stage: 'feedback', amount: 2, unit: 'workingDays', from: 'previous' },
      { stage: 'evaluation', amount: 15, unit: 'workingDays', from: 'previous' },
    ],
    dueSoon: { hours: 2, fraction: 0.2 },
    standardInstructions: [
      {
        code: 'secure-scene',
        teamCode: 'coordination',
        content: t(
          '到场疏导游客，排除安全隐患，必要时暂停相关项目并联系医疗救护。',
          'Go to the scene, guide visitors, remove hazards; pause the attraction and call medical help if needed.',
        ),
        dueMinutes: 30,
        priority: 'urgent',
        levels: [1, 2],
      },
      {
        code: 'record-visitor',
        teamCode: 'information',
        content: t(
          '记录游客诉求、联系方式和经过，调取监控与票务记录。',
          'Record the visitor’s demand, contact and account; pull the camera and ticket records.',
        ),
        dueMinutes: 60,
        priority: 'high',
      },
      {
        code: 'watch-reviews',
        teamCode: 'publicity',
        content: t('关注点评平台和社交媒体，拟写回应口径报组长。', 'Watch review sites and social media; draft the reply for the leader.'),
        dueMinutes: 60,
        priority: 'high',
        levels: [1, 2],
      },
      {
        code: 'arrange-rest-area',
        teamCode: 'logistics',
        content: t('安排休息场所、饮水和返程车辆。', 'Arrange a rest area, drinking water and transport back.'),
        dueMinutes: 60,
        priority: 'normal',
        levels: [1],
      },
    ],
    holdingStatement: t(
      '{{date}}，{{place}}发生“{{title}}”。{{organisation}}已第一时间处置，正在核实情况并与游客沟通，结果将及时公布。',
      'On {{date}}, “{{title}}” happened at {{place}}. {{organisation}} acted at once, is establishing the facts and is talking with the visitors; the outcome will be published promptly.',
    ),
    opinionRaise: { negativeReach: 5000, withinHours: 12 },
    document: {
      purpose: t(
        '让游客的每一条投诉都有人接、有期限、有回音，把安全和服务问题解决在景区内，维护游客权益和景区声誉。',
        'So that every visitor complaint is taken up, has a time limit and gets an answer, and safety and service problems are solved inside the scenic area.',
      ),
      scope: t(
        '适用于游客通过各种渠道对本景区门票、服务、设施、安全和环境提出的投诉，以及由此引发的聚集和舆情。',
        'Applies to complaints by visitors through any channel about tickets, service, facilities, safety and cleanliness of the scenic area, and to gatherings and public opinion they cause.',
      ),
      definitions: t(
        '投诉：游客认为权益受损而提出的意见和要求。工作日：按国务院公布的节假日安排计算。受理：登记投诉并告知游客处理期限。',
        'Complaint: what a visitor raises when they believe their rights were harmed. Working day: as set by the State Council holiday arrangement. Acceptance: registering the complaint and telling the visitor the time limits.',
      ),
      duties: [
        {
          teamCode: 'leading-group',
          teamName: t('投诉处理领导小组', 'Complaint leading group'),
          duty: t(
            '决定一级响应，审批处理方案，对外表态。',
            'Decides on level-1 responses, approves solutions, speaks for the scenic area.',
          ),
        },
        {
          teamCode: 'information',
          teamName: t('游客服务中心', 'Visitor service centre'),
          duty: t(
            '受理登记、告知期限、跟踪进度、回访游客。',
            'Registers complaints, tells visitors the limits, follows progress, calls visitors back.',
          ),
        },
        {
          teamCode: 'coordination',
          teamName: t('安全与运营协调组', 'Safety and operations team'),
          duty: t(
            '现场处置，组织相关部门调查并提出方案。',
            'Handles the scene, has the departments concerned investigate and propose a solution.',
          ),
        },
        {
          teamCode: 'publicity',
          teamName: t('宣传组', 'Publicity team'),
          duty: t('监测网络评价，起草回应，统一对外口径。', 'Watches online reviews, drafts replies, keeps one voice outward.'),
        },
        {
          teamCode: 'logistics',
          teamName: t('后勤保障组', 'Logistics team'),
          duty: t('保障车辆、场地、物资和通信。', 'Provides vehicles, rooms, supplies and communications.'),
        },
      ],
      acceptance: t(
        '热线全天有人值守；收到投诉后24小时内完成登记并告知游客编号、期限和联系人。',
        'The line is staffed around the clock; within 24 hours of receipt the complaint is registered and the visitor told its number, limits and contact.',
      ),
      investigation: t(
        '受理后3个工作日内查明事实，调取监控、票务和巡查记录，听取双方陈述。',
        'Within 3 working days of acceptance the facts are established from camera, ticket and patrol records and both sides’ accounts.',
      ),
      handling: t(
        '调查结束后5个工作日内拟定处理方案；一级、二级方案报领导小组审批后实施。',
        'Within 5 working days after the investigation a solution is drafted; level-1 and level-2 solutions are approved by the leading group before they are carried out.',
      ),
      feedback: t(
        '方案确定后2个工作日内答复游客；15个工作日内回访并评估处理效果。',
        'The visitor is answered within 2 working days of the solution; within 15 working days the visitor is called back and the outcome evaluated.',
      ),
      resources: t(
        '投诉热线和值守坐席、游客服务中心接待室、医疗点、应急车辆、广播和监控系统。',
        'The complaint line and its seats, the visitor centre’s reception room, first-aid post, emergency vehicles, public address and cameras.',
      ),
      revision: t(
        '游客服务中心每年复核一次，经领导小组组长批准后发布；机构、期限或法规变化时及时修订。',
        'The visitor service centre reviews it every year; the leader approves each version; it is revised when the organisation, limits or rules change.',
      ),
      training: t(
        '新员工上岗前培训；每年旺季前至少组织一次投诉与聚集处置演练并评估。',
        'New staff are trained before starting; at least one drill on complaints and gatherings is held and evaluated before each peak season.',
      ),
      improvement: t(
        '每季度汇总投诉类型和超期情况，找出反复出现的问题并落实整改。',
        'Each quarter the kinds of complaint and overdue cases are summarised and recurring problems fixed.',
      ),
    },
  },
};
