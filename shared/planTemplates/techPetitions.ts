// 科技公司信访舆情: petitions (信访) and public opinion (舆情) at a technology company — product,
// service, data privacy and social responsibility risks; a leading group, a petition team and
// an opinion-monitoring team; IT and legal support.
import { STANDARD_URGENCIES, t, type PlanTemplate } from './template';

export const techPetitionsTemplate: PlanTemplate = {
  key: 'tech-petitions',
  name: t('科技公司信访舆情管理预案', 'Technology company petitions and public opinion plan'),
  summary: t(
    '适合互联网和科技企业：信访处理组和舆情监测组分工，重视数据隐私和网络舆情。',
    'For internet and technology firms: a petitions team and an opinion-monitoring team, with weight on data privacy and online opinion.',
  ),
  content: {
    title: t('信访舆情管理预案', 'Petitions and public opinion plan'),
    version: '1.0',
    organisationName: t('本公司', 'The company'),
    utcOffsetMinutes: 480,
    grades: [
      {
        level: 1,
        name: t('一级（重大舆情）', 'Level 1 (major opinion event)'),
        criteria: t(
          '大范围数据泄露，或负面信息在网上快速扩散、主流媒体报道。',
          'A large data leak, or negative news spreading fast online and in mainstream media.',
        ),
        response: t(
          '领导小组统筹，公关部发布声明，技术和法务同步处置。',
          'The leading group directs; PR issues a statement; engineering and legal act together.',
        ),
        nationalLevels: ['I', 'II'],
      },
      {
        level: 2,
        name: t('二级（较大）', 'Level 2 (serious)'),
        criteria: t(
          '多名用户就同一问题信访，或负面讨论开始增多。',
          'Several users petition on the same issue, or negative talk is growing.',
        ),
        response: t('信访处理组牵头，舆情监测组加密监测。', 'The petitions team leads; monitoring is stepped up.'),
        nationalLevels: ['III'],
      },
      {
        level: 3,
        name: t('三级（一般）', 'Level 3 (ordinary)'),
        criteria: t('个别用户的产品或服务问题。', 'A single user’s product or service problem.'),
        response: t('客服代表按常规处理并反馈。', 'A customer representative handles it routinely and replies.'),
        nationalLevels: ['IV'],
      },
    ],
    categories: [
      { code: 'product-quality', name: t('产品质量', 'Product quality'), department: '技术支持部' },
      { code: 'service-quality', name: t('服务态度', 'Service manner'), department: '客服部' },
      { code: 'data-privacy', name: t('数据隐私', 'Data privacy'), department: '法务部' },
      { code: 'social-responsibility', name: t('社会责任', 'Social responsibility'), department: '公共关系部' },
      { code: 'other', name: t('其他', 'Other'), department: '客服部' },
    ],
    channels: [
      { code: 'hotline', name: t('客服热线', 'Customer line') },
      { code: 'online', name: t('在线客服平台', 'Online service') },
      { code: 'letter', name: t('信访来信', 'Petition letter') },
      { code: 'social-media', name: t('社交媒体', 'Social media') },
    ],
    urgencies: STANDARD_URGENCIES,
    grading: { groupPeople: 10, largeGroupPeople: 100, amountLevel2: 10_000, amountLevel1: 100_000 },
    approvalLevels: [1, 2],
    timeLimits: [
      { stage: 'acceptance', amount: 24, unit: 'hours', from: 'received' },
      { stage: 'report', amount: 1, unit: 'hours', from: 'previous', levels: [1] },
      { stage: 'investigation', amount: 5, unit: 'workingDays', from: 'previous' },
      { stage: 'solution', amount: 5, unit: 'workingDays', from: 'previous' },
      { stage: 'feedback', amount: 3, unit: 'workingDays', from: 'previous' },
      // A privacy complaint is answered sooner: the user is told what was done with their data.
      { stage: 'feedback', amount: 48, unit: 'hours', from: 'received', categories: ['data-privacy'] },
      { stage: 'evaluation', amount: 15, unit: 'workingDays', from: 'previous' },
    ],
    dueSoon: { hours: 4, fraction: 0.2 },
    standardInstructions: [
      {
        code: 'assess-petition',
        teamCode: 'coordination',
        content: t(
          '评估事件性质、影响范围和潜在风险，向各部门下达处理任务。',
          'Assess the nature, reach and risk; hand out tasks to the departments.',
        ),
        dueMinutes: 120,
        priority: 'high',
      },
      {
        code: 'monitor-opinion',
        teamCode: 'publicity',
        content: t(
          '用舆情监测工具跟踪传播趋势，每两小时报告一次。',
          'Track the spread with the monitoring tools and report every two hours.',
        ),
        dueMinutes: 60,
        priority: 'urgent',
        levels: [1, 2],
      },
      {
        code: 'tech-legal-support',
        teamCode: 'logistics',
        content: t('提供技术排查和法律意见。', 'Provide technical checks and legal advice.'),
        dueMinutes: 240,
        priority: 'normal',
        levels: [1],
      },
    ],
    holdingStatement: t(
      '我们注意到{{date}}关于“{{title}}”的反映。{{organisation}}高度重视，已启动核查，用户数据安全是我们的首要责任，进展将及时通报。',
      'We have seen the reports of {{date}} about “{{title}}”. {{organisation}} is checking them now; the safety of users’ data comes first, and we will report progress promptly.',
    ),
    opinionRaise: { negativeReach: 20_000, withinHours: 6 },
    personalDataRoles: ['leader'],
    document: {
      purpose: t(
        '建立识别、评估、响应、处理和跟踪信访舆情的完整机制，维护用户信任和公司声誉。',
        'A full cycle — identify, assess, respond, handle, follow up — for petitions and public opinion, protecting users’ trust.',
      ),
      scope: t(
        '适用于公司各部门，涵盖用户信访和网络舆情事件。',
        'Applies to all departments, for user petitions and online opinion events.',
      ),
      definitions: t(
        '信访：用户以来信、来电、来访等方式提出的诉求。舆情：网络和媒体上对公司的评论和报道。',
        'Petition: a demand a user raises by letter, call or visit. Public opinion: what the internet and media say about the company.',
      ),
      duties: [
        {
          teamCode: 'leading-group',
          teamName: t('信访舆情管理领导小组', 'Petitions and opinion leading group'),
          duty: t(
            '总经理任组长，制定应对策略，协调资源。',
            'Led by the general manager; sets the response strategy and coordinates resources.',
          ),
        },
        {
          teamCode: 'coordination',
          teamName: t('信访处理小组', 'Petitions team'),
          duty: t(
            '接收、评估和处理信访，反馈结果，维护用户关系。',
            'Receives, assesses and handles petitions, replies, keeps user relations.',
          ),
        },
        {
          teamCode: 'publicity',
          teamName: t('舆情监测小组', 'Opinion monitoring team'),
          duty: t('监测和分析舆情趋势，及时向领导小组报告。', 'Monitors and analyses opinion and reports to the leading group.'),
        },
        {
          teamCode: 'logistics',
          teamName: t('技术与法务支持', 'Engineering and legal support'),
          duty: t('提供信息技术支持和法律咨询。', 'Provides IT support and legal advice.'),
        },
      ],
      acceptance: t(
        '客服代表和市场人员收集信息、确认性质，24小时内报信访处理小组。',
        'Representatives gather the facts, confirm the nature and pass it to the petitions team within 24 hours.',
      ),
      investigation: t(
        '信访处理小组5个工作日内判断严重程度、影响范围和风险。',
        'The petitions team judges severity, reach and risk within 5 working days.',
      ),
      handling: t(
        '按评估结果下达指令：信息收集、用户沟通、舆情监测；公关部澄清事实。',
        'Tasks follow the assessment — gather facts, talk to users, monitor opinion; PR sets the record straight.',
      ),
      feedback: t(
        '3个工作日内答复用户；涉及个人数据的，48小时内告知处理情况。',
        'Users are answered within 3 working days; for personal data, within 48 hours.',
      ),
      resources: t(
        '舆情监测软件、客户反馈系统、热线和社交账号、法律咨询。',
        'Opinion monitoring software, the feedback system, the line and social accounts, legal advice.',
      ),
      revision: t('领导小组每年评审，重大事件后随时修订。', 'The leading group reviews it yearly and after any major event.'),
      training: t('定期开展信访舆情培训和演练。', 'Regular training and drills on petitions and opinion.'),
      improvement: t(
        '每次事件后形成书面总结，分析原因并提出改进建议，报领导小组。',
        'After each event a written review of causes and improvements goes to the leading group.',
      ),
    },
  },
};
