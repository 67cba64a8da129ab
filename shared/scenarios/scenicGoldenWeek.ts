// Scenario (c), 景区黄金周游客纠纷: on a Golden Week peak day the cable-car queue at a scenic area
// overflows. A refund row, a visitor knocked down in the crush, a video claiming a stampede and
// a call from the culture and tourism bureau test on-site control, safety and release.
import type { Scenario } from '../scenario';
import { BUILT_IN_UPDATED_AT, OBJECTIVES, facts, observed, onTimeline, t } from './build';

export const scenicGoldenWeekScenario: Scenario = {
  id: 'scenic-golden-week',
  builtIn: true,
  title: t('黄金周景区游客纠纷', 'Scenic-area visitor dispute in Golden Week'),
  summary: t(
    '国庆黄金周高峰日，青岚山景区索道下站排队超过 3 小时，游客要求退票并与工作人员争执；排队区拥挤致一名游客摔倒受伤，网上出现“景区踩踏”视频，市文旅局来电问询。演练现场限流疏导、伤员救护、分级与一级响应、辟谣与信息发布、团队退票方案和向主管部门报告。',
    'On a Golden Week peak day the cable-car queue at Qinglan Mountain runs over three hours; visitors demand refunds and argue with staff; a visitor is knocked down in the crush, a video claims a stampede, and the culture and tourism bureau calls. Rehearses crowd control, first aid, grading and the level-1 response, countering the rumour, a group refund and the report to the authority.',
  ),
  kind: 'sudden',
  objectives: [
    OBJECTIVES.intakeGrading,
    OBJECTIVES.onSiteControl,
    OBJECTIVES.informationRelease,
    OBJECTIVES.coordination,
    OBJECTIVES.logistics,
  ],
  injects: [
    {
      seq: 1,
      offsetMinutes: 0,
      type: 'complaint',
      from: t('游客 刘女士', 'Visitor Ms Liu'),
      to: t('游客服务中心', 'Visitor centre'),
      content: t(
        '刘女士一行 6 人在游客服务中心投诉：索道排队已 3 个多小时，景区仍在售索道票，要求退票，情绪激动。',
        'Ms Liu and five others complain at the visitor centre: over three hours in the cable-car queue while tickets are still being sold; they want refunds and are angry.',
      ),
      complaint: {
        channelCode: 'visit',
        categoryCode: 'service-quality',
        urgency: 'fairly-urgent',
        complainant: { name: '刘芳', phone: '13900000301' },
        subject: '索道排队超 3 小时仍在售票，要求退索道票',
        place: '青岚山景区索道下站游客服务中心',
        content:
          '我们一行 6 人 9 点开始在索道下站排队，至今 3 个多小时仍未上山，排队区没有遮阳和饮水，老人身体不适。景区明知排不上还在继续售票，工作人员说“票已售出概不退换”。',
        expectedResolution: '全额退还 6 张索道票（每张 120 元），景区道歉并改进限流。',
        peopleInvolved: 6,
        facts: facts({ amountAtStake: 720 }),
      },
      expectedActions: [
        {
          id: 'c1-verify',
          objective: 'intake-grading',
          description: t('登记并审查确认投诉，予以受理。', 'Register, verify and accept the complaint.'),
          team: 'information',
          limitMinutes: 10,
          evidence: onTimeline(['verify']),
        },
        {
          id: 'c1-grade',
          objective: 'intake-grading',
          description: t(
            '按预案分级（6 人达到群体投诉阈值，二级）。',
            'Grade it by the plan (six people reach the group threshold: level 2).',
          ),
          team: 'leading-group',
          limitMinutes: 15,
          evidence: onTimeline(['grade'], { level: 2 }),
        },
        {
          id: 'c1-communication',
          objective: 'on-site-control',
          description: t(
            '值班经理接待刘女士一行，安排老人休息，说明退票办理方式，记录沟通。',
            'The duty manager receives Ms Liu’s party, seats the elderly, explains how refunds work; record the talk.',
          ),
          team: 'coordination',
          limitMinutes: 15,
          evidence: onTimeline(['communication']),
        },
      ],
    },
    {
      seq: 2,
      offsetMinutes: 15,
      type: 'situation',
      from: t('景区安保队', 'Scenic-area security'),
      to: t('应急指挥办公室', 'Emergency command office'),
      content: t(
        '索道下站排队区聚集约 3000 人，护栏处拥挤，有老人和儿童，少数游客翻越护栏插队，与工作人员推搡。',
        'About 3,000 people in the cable-car queue area; crushing at the barriers, elderly people and children among them; a few climb the barriers to jump the queue and push staff.',
      ),
      expectedActions: [
        {
          id: 'c2-crowd-control',
          objective: 'on-site-control',
          description: t(
            '向后勤保障组下达指令：增派安保和志愿者，分段限流、疏导，广播提示排队时间。',
            'Instruct logistics to send more security and volunteers, meter the queue in sections and announce waiting times.',
          ),
          team: 'leading-group',
          limitMinutes: 10,
          evidence: onTimeline(['instruction-issued'], { teamCode: 'logistics' }),
        },
        {
          id: 'c2-stop-sales',
          objective: 'on-site-control',
          description: t(
            '领导小组决定暂停现场售索道票，启用分时预约，已购票游客可退票。',
            'The leading group suspends on-site cable-car sales, switches to timed booking and lets ticket holders refund.',
          ),
          team: 'leading-group',
          limitMinutes: 15,
          evidence: observed,
        },
        {
          id: 'c2-first-aid-standby',
          objective: 'logistics',
          description: t(
            '医疗点携急救箱前移至排队区，联系景区医务室待命。',
            'Move the first-aid post with its kits to the queue area; put the site clinic on standby.',
          ),
          team: 'logistics',
          limitMinutes: 15,
          evidence: observed,
        },
      ],
    },
    {
      seq: 3,
      offsetMinutes: 30,
      type: 'complaint',
      from: t('游客家属 周先生', 'Visitor’s relative Mr Zhou'),
      to: t('24小时热线', '24-hour hotline'),
      content: t(
        '周先生来电：其母亲在排队区被人流挤倒，膝盖擦伤、手腕疼痛，要求景区负责并赔偿。',
        'Mr Zhou calls: his mother was knocked down in the queue, grazed her knee and hurt her wrist; he holds the scenic area responsible and wants compensation.',
      ),
      complaint: {
        channelCode: 'hotline',
        categoryCode: 'visitor-safety',
        urgency: 'urgent',
        complainant: { name: '周明', phone: '13900000303' },
        subject: '游客在索道排队区被挤倒受伤',
        place: '青岚山景区索道下站排队区',
        content:
          '我母亲（68 岁）在索道排队区护栏拐角处被后面的人流挤倒，膝盖擦伤出血，右手腕疼痛不能活动。现场没有工作人员维持秩序，等了十几分钟才有人来。',
        expectedResolution: '立即送医检查，景区承担医疗费用并赔偿，公开道歉。',
        peopleInvolved: 1,
        facts: facts({ injury: true }),
      },
      expectedActions: [
        {
          id: 'c3-first-aid',
          objective: 'logistics',
          description: t(
            '医务人员现场处置伤者，必要时派车送医。',
            'Medical staff treat the injured visitor on site and send her to hospital if needed.',
          ),
          team: 'logistics',
          limitMinutes: 10,
          evidence: observed,
        },
        {
          id: 'c3-grade',
          objective: 'intake-grading',
          description: t('涉及人身伤害，定为一级。', 'Injury: grade it level 1.'),
          team: 'leading-group',
          limitMinutes: 15,
          evidence: onTimeline(['grade', 'regrade'], { level: 1 }),
        },
        {
          id: 'c3-activate',
          objective: 'intake-grading',
          description: t(
            '立即报告领导小组，组长启动一级应急响应（预案时限 30 分钟）。',
            'Report to the leading group; the leader activates the level-1 response (plan limit 30 minutes).',
          ),
          team: 'leading-group',
          limitMinutes: 30,
          evidence: onTimeline(['activateResponse']),
        },
        {
          id: 'c3-communication',
          objective: 'department-coordination',
          description: t(
            '专人陪同伤者家属，说明救治安排，记录沟通。',
            'Assign someone to stay with the family and explain the care arranged; record it.',
          ),
          team: 'coordination',
          limitMinutes: 20,
          evidence: onTimeline(['communication']),
        },
      ],
    },
    {
      seq: 4,
      offsetMinutes: 45,
      type: 'opinion',
      from: t('舆情监测小组', 'Public-opinion monitoring'),
      to: t('宣传引导组', 'Publicity team'),
      content: t(
        '短视频平台出现“青岚山挤爆了，有人被踩”视频，40 分钟播放 5 万次，评论称“发生踩踏”。',
        'A short video “Qinglan Mountain is packed, people trampled” has 50,000 views in 40 minutes; comments speak of a stampede.',
      ),
      expectedActions: [
        {
          id: 'c4-holding-statement',
          objective: 'information-release',
          description: t(
            '向宣传引导组下达指令：核实后起草情况说明，澄清未发生踩踏，报组长审批。',
            'Instruct the publicity team to draft a statement once facts are checked, making clear there was no stampede, for the leader’s approval.',
          ),
          team: 'leading-group',
          limitMinutes: 10,
          evidence: onTimeline(['instruction-issued'], { teamCode: 'publicity' }),
        },
        {
          id: 'c4-statement-ready',
          objective: 'information-release',
          description: t(
            '宣传引导组在 60 分钟时限内报回情况说明。',
            'The publicity team reports the statement back within its 60-minute limit.',
          ),
          team: 'publicity',
          limitMinutes: 60,
          evidence: onTimeline(['instruction-reported'], { teamCode: 'publicity' }),
        },
        {
          id: 'c4-release',
          objective: 'information-release',
          description: t(
            '经组长批准在景区官方账号发布客流和限流情况，提醒游客错峰。',
            'With the leader’s approval, post the crowd situation and the limits on the official account and ask visitors to come off-peak.',
          ),
          team: 'publicity',
          limitMinutes: 60,
          evidence: observed,
        },
      ],
    },
    {
      seq: 5,
      offsetMinutes: 60,
      type: 'complaint',
      from: t('导游 吴女士', 'Tour guide Ms Wu'),
      to: t('在线客服', 'Online service'),
      content: t(
        '旅行团导游吴女士在线投诉：团队 18 人无法按行程乘坐索道，要求退还索道票和部分门票。',
        'Tour guide Ms Wu complains online: her party of 18 cannot ride the cable car as booked and wants the cable-car tickets and part of the entry refunded.',
      ),
      complaint: {
        channelCode: 'online',
        categoryCode: 'contract-dispute',
        urgency: 'fairly-urgent',
        complainant: { name: '吴静', phone: '13900000305' },
        subject: '旅行团 18 人无法按预订时段乘索道，要求退票',
        place: '青岚山景区索道下站',
        content:
          '我团 18 人在线预订了 11:00 时段索道票，现场排队至 12:30 仍无法上山，后续行程被打乱。要求退还 18 张索道票，并按比例退还门票。',
        expectedResolution: '退还索道票 2160 元及部分门票，出具书面说明供旅行社向游客解释。',
        peopleInvolved: 18,
        facts: facts({ amountAtStake: 2160 }),
      },
      expectedActions: [
        {
          id: 'c5-grade',
          objective: 'intake-grading',
          description: t('受理并分级（18 人，群体投诉，二级）。', 'Accept and grade it (18 people, a group complaint: level 2).'),
          team: 'leading-group',
          limitMinutes: 20,
          evidence: onTimeline(['grade'], { level: 2 }),
        },
        {
          id: 'c5-solution',
          objective: 'department-coordination',
          description: t(
            '会同票务、财务部门拟定统一退票方案，提交审批。',
            'Draft one refund scheme with ticketing and finance and submit it for approval.',
          ),
          team: 'coordination',
          limitMinutes: 30,
          evidence: onTimeline(['submitSolution']),
        },
        {
          id: 'c5-approve',
          objective: 'department-coordination',
          description: t('组长审批退票方案。', 'The leader approves the refund scheme.'),
          team: 'leading-group',
          limitMinutes: 45,
          evidence: onTimeline(['approveSolution']),
        },
      ],
    },
    {
      seq: 6,
      offsetMinutes: 75,
      type: 'regulator',
      from: t('市文化和旅游局值班室', 'City culture and tourism bureau, duty office'),
      to: t('应急指挥办公室', 'Emergency command office'),
      content: t(
        '市文旅局来电：网传景区发生踩踏，要求 1 小时内报告实时在园人数、是否超过最大承载量、伤员情况和已采取的限流措施。',
        'The culture and tourism bureau calls about the stampede rumour: within an hour, report visitors on site, whether maximum capacity is exceeded, the injured and the crowd limits taken.',
      ),
      expectedActions: [
        {
          id: 'c6-facts',
          objective: 'department-coordination',
          description: t(
            '向信息收集组下达指令：汇总在园人数、承载量、伤员和处置情况。',
            'Instruct the information team to gather visitor numbers, capacity, the injured and the measures taken.',
          ),
          team: 'leading-group',
          limitMinutes: 10,
          evidence: onTimeline(['instruction-issued'], { teamCode: 'information' }),
        },
        {
          id: 'c6-facts-reported',
          objective: 'department-coordination',
          description: t('信息收集组在 30 分钟内报回情况。', 'The information team reports back within 30 minutes.'),
          team: 'information',
          limitMinutes: 40,
          evidence: onTimeline(['instruction-reported'], { teamCode: 'information' }),
        },
        {
          id: 'c6-report-bureau',
          objective: 'department-coordination',
          description: t('经组长审定后向市文旅局书面报告。', 'Send the bureau a written report once the leader has approved it.'),
          team: 'coordination',
          limitMinutes: 60,
          evidence: observed,
        },
      ],
    },
    {
      seq: 7,
      offsetMinutes: 100,
      type: 'phone-call',
      from: t('游客家属 周先生', 'Visitor’s relative Mr Zhou'),
      to: t('处置协调组', 'Coordination team'),
      content: t(
        '周先生来电：医院检查母亲手腕软组织挫伤、无骨折，要求景区给出赔偿方案和书面道歉。',
        'Mr Zhou calls: the hospital found a soft-tissue bruise to the wrist, no fracture; he wants the scenic area’s compensation offer and a written apology.',
      ),
      expectedActions: [
        {
          id: 'c7-communication',
          objective: 'department-coordination',
          description: t('与周先生协商医疗费用和补偿，记录沟通。', 'Negotiate medical costs and compensation with Mr Zhou; record it.'),
          team: 'coordination',
          limitMinutes: 15,
          evidence: onTimeline(['communication']),
        },
        {
          id: 'c7-feedback',
          objective: 'department-coordination',
          description: t(
            '向投诉人反馈处理结果及原因，征询满意度。',
            'Give the complainant the result and its reasons; ask whether he is satisfied.',
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
