// Scenario (d), 数据隐私信访舆情: customers of our app receive sales calls that quote their orders.
// The logs point to a partner's account, an online petition gathers signatures, and the
// cyberspace administration and the market regulator enquire.
import type { Scenario } from '../scenario';
import { BUILT_IN_UPDATED_AT, OBJECTIVES, facts, observed, onTimeline, t } from './build';

export const privacyPetitionScenario: Scenario = {
  id: 'privacy-petition',
  builtIn: true,
  title: t('用户数据泄露联名信访与舆情', 'Customer-data leak: online petition and public opinion'),
  summary: t(
    '“智行”App 用户投诉接到能准确说出其订单信息的推销电话，微博话题发酵；技术排查发现第三方外呼服务商账号异常导出订单数据约 2.3 万条；网上联名请愿签名过千，市网信办和市场监管局来电问询。演练受理分级、关联群体诉求、止损取证、一级响应、向监管部门报告、媒体回应和向请愿人反馈。',
    'Users of our “Zhixing” app complain of sales calls that quote their orders; a Weibo topic grows; the logs show a call-centre contractor’s account exported about 23,000 orders; an online petition passes a thousand signatures and the cyberspace administration and market regulator enquire. Rehearses intake and grading, joining the group’s demands, containment and evidence, the level-1 response, reports to regulators, the press reply and feedback to the petitioners.',
  ),
  kind: 'process',
  objectives: [
    OBJECTIVES.intakeGrading,
    OBJECTIVES.informationRelease,
    OBJECTIVES.coordination,
    OBJECTIVES.communication,
    OBJECTIVES.logistics,
  ],
  injects: [
    {
      seq: 1,
      offsetMinutes: 0,
      type: 'complaint',
      from: t('用户 孙先生', 'User Mr Sun'),
      to: t('电子邮件', 'E-mail'),
      content: t(
        '孙先生发邮件投诉：近一周接到十几个推销电话，对方能说出他的姓名、手机号和最近一笔订单，怀疑公司泄露用户信息。',
        'Mr Sun e-mails: a dozen sales calls in a week, callers knowing his name, phone number and latest order; he suspects we leaked users’ data.',
      ),
      complaint: {
        channelCode: 'email',
        categoryCode: 'data-privacy',
        urgency: 'fairly-urgent',
        complainant: { name: '孙浩', phone: '13900000401' },
        subject: '推销电话掌握本人订单信息，怀疑 App 泄露个人信息',
        place: '“智行”App（线上）',
        content:
          '我 11 月 10 日在“智行”App 下单购买车载充电器后，一周内接到十几个推销电话，对方准确说出我的姓名、手机号、收货地址和订单商品。我没有在其他平台留过这些信息，怀疑贵公司泄露或出售用户信息。',
        expectedResolution: '说明信息泄露原因和范围，立即停止泄露，书面道歉并赔偿。',
        peopleInvolved: 1,
        facts: facts(),
      },
      expectedActions: [
        {
          id: 'd1-verify',
          objective: 'intake-grading',
          description: t(
            '审查确认投诉有效，予以受理（注意保护投诉人个人信息）。',
            'Verify and accept the complaint (protect the complainant’s own personal data).',
          ),
          team: 'information',
          limitMinutes: 20,
          evidence: onTimeline(['verify']),
        },
        {
          id: 'd1-grade',
          objective: 'intake-grading',
          description: t('按预案标准分级。', 'Grade it by the plan.'),
          team: 'leading-group',
          limitMinutes: 30,
          evidence: onTimeline(['grade']),
        },
        {
          id: 'd1-communication',
          objective: 'complainant-communication',
          description: t(
            '回复孙先生已受理并在核查，提醒防范诈骗，记录沟通。',
            'Tell Mr Sun it is accepted and being checked, warn him about fraud calls; record it.',
          ),
          team: 'coordination',
          limitMinutes: 30,
          evidence: onTimeline(['communication']),
        },
      ],
    },
    {
      seq: 2,
      offsetMinutes: 15,
      type: 'opinion',
      from: t('舆情监测小组', 'Public-opinion monitoring'),
      to: t('宣传引导组', 'Publicity team'),
      content: t(
        '微博话题“智行App泄露用户信息”阅读量 80 万，黑猫投诉平台新增同类投诉 200 余条，多人晒出推销电话录音。',
        'The Weibo topic “Zhixing app leaks users’ data” has 800,000 reads; over 200 similar complaints on a complaints platform; people post recordings of the calls.',
      ),
      expectedActions: [
        {
          id: 'd2-monitor',
          objective: 'information-release',
          description: t(
            '向宣传引导组下达指令：监测舆情，起草对外回应口径。',
            'Instruct the publicity team to monitor and draft a holding statement.',
          ),
          team: 'leading-group',
          limitMinutes: 15,
          evidence: onTimeline(['instruction-issued'], { teamCode: 'publicity' }),
        },
        {
          id: 'd2-collect-facts',
          objective: 'intake-grading',
          description: t(
            '向信息收集组下达指令：汇总同类投诉数量、涉及用户和订单时间段。',
            'Instruct the information team to count similar complaints, the users and the order dates involved.',
          ),
          team: 'leading-group',
          limitMinutes: 15,
          evidence: onTimeline(['instruction-issued'], { teamCode: 'information' }),
        },
      ],
    },
    {
      seq: 3,
      offsetMinutes: 30,
      type: 'situation',
      from: t('技术支持部', 'Technical support'),
      to: t('信息收集组', 'Information team'),
      content: t(
        '技术支持部报告：日志显示第三方外呼服务商的客服账号 11 月 8 日至 15 日异常批量导出订单数据约 2.3 万条，含姓名、手机号和收货地址。',
        'Technical support reports: the logs show a call-centre contractor’s account bulk-exported about 23,000 orders with names, phones and addresses between 8 and 15 November.',
      ),
      expectedActions: [
        {
          id: 'd3-containment',
          objective: 'logistics',
          description: t(
            '立即停用该账号和导出权限，保全日志证据。',
            'Disable the account and its export rights at once; preserve the logs as evidence.',
          ),
          team: 'logistics',
          limitMinutes: 15,
          evidence: observed,
        },
        {
          id: 'd3-regrade',
          objective: 'intake-grading',
          description: t('泄露涉及大量用户，将事件调整为一级。', 'The leak touches many users: raise the incident to level 1.'),
          team: 'leading-group',
          limitMinutes: 20,
          evidence: onTimeline(['grade', 'regrade'], { level: 1 }),
        },
        {
          id: 'd3-activate',
          objective: 'intake-grading',
          description: t(
            '立即报告领导小组，组长启动一级应急响应（预案时限 30 分钟）。',
            'Report to the leading group; the leader activates the level-1 response (plan limit 30 minutes).',
          ),
          team: 'leading-group',
          limitMinutes: 30,
          evidence: onTimeline(['activateResponse']),
        },
      ],
    },
    {
      seq: 4,
      offsetMinutes: 45,
      type: 'complaint',
      from: t('请愿发起人 郑女士', 'Petition organiser Ms Zheng'),
      to: t('社交媒体', 'Social media'),
      content: t(
        '网上联名请愿“要求智行公司公开说明信息泄露并赔偿”签名已达 1800 人，发起人郑女士私信官方账号要求答复。',
        'An online petition “Zhixing must explain the leak and compensate” has 1,800 signatures; its organiser Ms Zheng messages the official account for an answer.',
      ),
      complaint: {
        channelCode: 'social-media',
        categoryCode: 'data-privacy',
        urgency: 'urgent',
        complainant: { name: '郑雪（请愿发起人）', phone: '13900000404' },
        subject: '1800 名用户联名要求公开说明信息泄露并赔偿',
        place: '“智行”App 及微博官方账号',
        content:
          '我们 1800 名“智行”用户联名要求：公司公开说明用户信息泄露的原因、范围和责任方；逐一告知受影响用户；停止与泄露方合作；给予受影响用户赔偿，并向监管部门报告。',
        expectedResolution: '三日内公开说明，告知受影响用户并赔偿。',
        peopleInvolved: 1800,
        facts: facts({ mediaAttention: true }),
        attachToSeq: 1,
      },
      expectedActions: [
        {
          id: 'd4-task-force',
          objective: 'department-coordination',
          description: t(
            '组建专项处理小组（技术、法务、客服、公关）。',
            'Form the special task force (technology, legal, customer service, PR).',
          ),
          team: 'leading-group',
          limitMinutes: 30,
          evidence: onTimeline(['task-force-formed']),
        },
        {
          id: 'd4-reply-organiser',
          objective: 'complainant-communication',
          description: t(
            '与请愿发起人联系，说明已启动调查和答复时间，记录沟通。',
            'Contact the organiser: the investigation is under way and when the answer will come; record it.',
          ),
          team: 'coordination',
          limitMinutes: 30,
          evidence: onTimeline(['communication']),
        },
      ],
    },
    {
      seq: 5,
      offsetMinutes: 60,
      type: 'regulator',
      from: t('市网信办、市场监督管理局', 'City cyberspace administration and market regulator'),
      to: t('应急指挥办公室', 'Emergency command office'),
      content: t(
        '市网信办来电问询个人信息泄露事件，要求报告泄露范围、原因和补救措施；市场监管局同时要求说明对消费者权益的处理。',
        'The cyberspace administration asks about the leak and wants its scope, cause and remedies reported; the market regulator asks how consumers’ rights will be handled.',
      ),
      expectedActions: [
        {
          id: 'd5-legal',
          objective: 'logistics',
          description: t(
            '向后勤保障组下达指令：落实法律顾问，准备报告材料和证据保全。',
            'Instruct logistics to arrange legal counsel and prepare the report material and preserved evidence.',
          ),
          team: 'leading-group',
          limitMinutes: 20,
          evidence: onTimeline(['instruction-issued'], { teamCode: 'logistics' }),
        },
        {
          id: 'd5-coordinate',
          objective: 'department-coordination',
          description: t(
            '向处置协调组下达指令：对接网信办和市场监管局，联系外呼服务商并向公安机关报案。',
            'Instruct the coordination team to deal with both regulators, confront the contractor and report to the police.',
          ),
          team: 'leading-group',
          limitMinutes: 20,
          evidence: onTimeline(['instruction-issued'], { teamCode: 'coordination' }),
        },
        {
          id: 'd5-report-regulators',
          objective: 'department-coordination',
          description: t(
            '经组长审定后向网信办和市场监管局书面报告。',
            'Send both regulators a written report once the leader has approved it.',
          ),
          team: 'coordination',
          limitMinutes: 45,
          evidence: observed,
        },
      ],
    },
    {
      seq: 6,
      offsetMinutes: 75,
      type: 'phone-call',
      from: t('财经媒体记者', 'Business-news reporter'),
      to: t('宣传引导组', 'Publicity team'),
      content: t(
        '某财经媒体记者来电，称将于 1 小时后发稿，请公司回应是否泄露用户信息、涉及多少用户。',
        'A business-news reporter calls: the story runs in an hour; does the company confirm the leak and how many users it touches?',
      ),
      expectedActions: [
        {
          id: 'd6-statement-ready',
          objective: 'information-release',
          description: t(
            '宣传引导组报回回应口径（事实、已采取措施、用户求助渠道）。',
            'The publicity team reports back the statement (facts, measures taken, where users can get help).',
          ),
          team: 'publicity',
          limitMinutes: 30,
          evidence: onTimeline(['instruction-reported'], { teamCode: 'publicity' }),
        },
        {
          id: 'd6-statement-released',
          objective: 'information-release',
          description: t(
            '组长审批后回复记者并在官方账号发布情况说明。',
            'After the leader approves, answer the reporter and publish the statement on the official account.',
          ),
          team: 'publicity',
          limitMinutes: 45,
          evidence: observed,
        },
      ],
    },
    {
      seq: 7,
      offsetMinutes: 95,
      type: 'situation',
      from: t('专项处理小组', 'Special task force'),
      to: t('应急指挥办公室', 'Emergency command office'),
      content: t(
        '调查确认泄露源为外呼服务商员工违规导出，已终止合作并向公安机关报案；受影响用户 23416 人名单已核对。',
        'The investigation confirms a contractor employee exported the data; the contract is ended and the police informed; the list of 23,416 affected users is checked.',
      ),
      expectedActions: [
        {
          id: 'd7-investigation',
          objective: 'department-coordination',
          description: t('完成调查。', 'Complete the investigation.'),
          team: 'coordination',
          limitMinutes: 15,
          evidence: onTimeline(['completeInvestigation']),
        },
        {
          id: 'd7-solution',
          objective: 'complainant-communication',
          description: t(
            '提交解决方案（逐一告知、致歉、补偿、整改权限管理），报领导小组审批。',
            'Submit the solution (notify each user, apologise, compensate, tighten access control) for approval.',
          ),
          team: 'coordination',
          limitMinutes: 30,
          evidence: onTimeline(['submitSolution']),
        },
        {
          id: 'd7-approve',
          objective: 'complainant-communication',
          description: t('组长审批解决方案。', 'The leader approves the solution.'),
          team: 'leading-group',
          limitMinutes: 40,
          evidence: onTimeline(['approveSolution']),
        },
      ],
    },
    {
      seq: 8,
      offsetMinutes: 110,
      type: 'phone-call',
      from: t('请愿发起人 郑女士', 'Petition organiser Ms Zheng'),
      to: t('处置协调组', 'Coordination team'),
      content: t(
        '郑女士来电追问答复，称若今天没有结果将向更多媒体投稿并发起集体诉讼。',
        'Ms Zheng calls for the answer; without one today she will go to more media and start a class action.',
      ),
      expectedActions: [
        {
          id: 'd8-feedback',
          objective: 'complainant-communication',
          description: t(
            '向请愿发起人和孙先生反馈调查结果、原因和补偿方案，征询满意度。',
            'Give the organiser and Mr Sun the findings, the reasons and the compensation; ask whether they are satisfied.',
          ),
          team: 'coordination',
          limitMinutes: 20,
          evidence: onTimeline(['recordFeedback']),
        },
      ],
    },
  ],
  updatedAt: BUILT_IN_UPDATED_AT,
};
