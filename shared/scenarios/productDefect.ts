// Scenario (a), 群体投诉: buyers of one electric-kettle model report that it leaks current. Single
// complaints join into one incident, the group passes the plan's level-1 threshold when 12315
// transfers a joint complaint, and the office must regrade, activate and run the response.
import type { Scenario } from '../scenario';
import { BUILT_IN_UPDATED_AT, OBJECTIVES, facts, observed, onTimeline, t } from './build';

export const productDefectScenario: Scenario = {
  id: 'product-defect',
  builtIn: true,
  title: t('群体投诉：电热水壶漏电', 'Mass complaint: electric kettles leaking current'),
  summary: t(
    '本公司销售的 HK-1700 型电热水壶陆续被投诉烧水时壶身带电。投诉从热线、在线客服和 12315 转办汇集，人数越过预案群体投诉阈值；检验发现同批次接地端子虚焊。演练受理登记、关联并案、升级分级、启动一级响应、调查、方案审批和对监管部门的答复。',
    'Buyers of our HK-1700 electric kettle report that its body carries current while boiling. Complaints arrive by hotline, online service and a 12315 transfer, and the group passes the plan’s threshold; testing finds a badly soldered earth terminal in one batch. Rehearses registration, joining complaints into one incident, regrading, the level-1 response, investigation, approval of the solution and the reply to the regulator.',
  ),
  kind: 'process',
  objectives: [
    OBJECTIVES.intakeGrading,
    OBJECTIVES.coordination,
    OBJECTIVES.informationRelease,
    OBJECTIVES.communication,
    OBJECTIVES.logistics,
  ],
  injects: [
    {
      seq: 1,
      offsetMinutes: 0,
      type: 'complaint',
      from: t('顾客 王女士', 'Customer Ms Wang'),
      to: t('24小时热线', '24-hour hotline'),
      content: t(
        '王女士来电：新买的电热水壶烧水时手碰壶身有麻电感，家里漏电保护器跳闸，要求退货并检测。',
        'Ms Wang calls: her new kettle gives a tingle when she touches it while boiling and trips the residual-current breaker; she wants a refund and a test.',
      ),
      complaint: {
        channelCode: 'hotline',
        categoryCode: 'product-quality',
        urgency: 'fairly-urgent',
        complainant: { name: '王丽', phone: '13900000101' },
        subject: 'HK-1700 型电热水壶烧水时壶身带电',
        place: '本公司网上旗舰店（收货地址：东城区）',
        content:
          '11月18日在网上旗舰店购买 HK-1700 型电热水壶一台（订单尾号 0817），今早烧水时手碰壶身有明显麻电感，家中漏电保护器随即跳闸。已停止使用，担心家人触电。',
        expectedResolution: '全额退货退款，公司派人上门检测并说明原因。',
        peopleInvolved: 1,
        facts: facts({ amountAtStake: 199 }),
      },
      expectedActions: [
        {
          id: 'a1-verify',
          objective: 'intake-grading',
          description: t('审查确认投诉有效，予以受理。', 'Verify the complaint as valid and accept it.'),
          team: 'information',
          limitMinutes: 20,
          evidence: onTimeline(['verify']),
        },
        {
          id: 'a1-grade',
          objective: 'intake-grading',
          description: t('按预案标准分级，并注明存在触电安全隐患。', 'Grade it by the plan and note the electric-shock hazard.'),
          team: 'leading-group',
          limitMinutes: 30,
          evidence: onTimeline(['grade']),
        },
        {
          id: 'a1-communication',
          objective: 'complainant-communication',
          description: t(
            '回访王女士，提醒立即停用并拔下电源，约定上门检测时间，记录沟通。',
            'Call Ms Wang back: stop using and unplug the kettle, agree a time for a home test; record the call.',
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
      type: 'complaint',
      from: t('顾客 李先生', 'Customer Mr Li'),
      to: t('在线客服', 'Online service'),
      content: t(
        '在线客服又收到同款水壶漏电投诉，李先生说孩子碰到壶身被麻了一下，同小区还有人遇到。',
        'Online service receives another complaint about the same kettle: Mr Li’s child got a tingle from it, and neighbours have had the same.',
      ),
      complaint: {
        channelCode: 'online',
        categoryCode: 'product-quality',
        urgency: 'fairly-urgent',
        complainant: { name: '李强', phone: '13900000102' },
        subject: '同款 HK-1700 电热水壶外壳带电',
        place: '朝阳区某小区（顾客住址）',
        content:
          '同款 HK-1700 电热水壶插电后外壳带电，孩子碰到被麻了一下，所幸未受伤。小区业主群里另有两户反映同样问题，大家都买的是“双十一”活动款。',
        expectedResolution: '退货退款，公司公开说明是否存在质量问题。',
        peopleInvolved: 3,
        facts: facts({ amountAtStake: 597 }),
        attachToSeq: 1,
      },
      expectedActions: [
        {
          id: 'a2-communication',
          objective: 'complainant-communication',
          description: t(
            '回访李先生，提醒立即停用、注意孩子安全，告知已与同类投诉并案处理，记录沟通。',
            'Call Mr Li back: stop using the kettle and keep the child safe; his complaint is handled with the others as one incident; record the call.',
          ),
          team: 'coordination',
          limitMinutes: 20,
          evidence: onTimeline(['communication']),
        },
        {
          id: 'a2-collect-facts',
          objective: 'intake-grading',
          description: t(
            '向信息收集组下达指令：统计同型号投诉、购买批次和涉及人数。',
            'Instruct the information team to count complaints about this model, the batches bought and the people involved.',
          ),
          team: 'leading-group',
          limitMinutes: 20,
          evidence: onTimeline(['instruction-issued'], { teamCode: 'information' }),
        },
      ],
    },
    {
      seq: 3,
      offsetMinutes: 30,
      type: 'opinion',
      from: t('舆情监测小组', 'Public-opinion monitoring'),
      to: t('宣传引导组', 'Publicity team'),
      content: t(
        '电商平台评论区和微博出现“HK-1700 水壶漏电”帖子，已有 40 余条跟帖，有人建了“水壶维权群”，群内 30 多人。',
        'Posts about “HK-1700 kettles leaking current” appear in shop reviews and on Weibo with 40-odd replies; someone has opened a “kettle rights” group chat with over 30 members.',
      ),
      expectedActions: [
        {
          id: 'a3-holding-statement',
          objective: 'information-release',
          description: t(
            '向宣传引导组下达指令：起草对外回应口径，开始监测舆情。',
            'Instruct the publicity team to draft a holding statement and start monitoring.',
          ),
          team: 'leading-group',
          limitMinutes: 15,
          evidence: onTimeline(['instruction-issued'], { teamCode: 'publicity' }),
        },
        {
          id: 'a3-statement-ready',
          objective: 'information-release',
          description: t(
            '宣传引导组在 60 分钟时限内报回回应口径（首次情况说明）。',
            'The publicity team reports the holding statement back within its 60-minute limit.',
          ),
          team: 'publicity',
          limitMinutes: 75,
          evidence: onTimeline(['instruction-reported'], { teamCode: 'publicity' }),
        },
      ],
    },
    {
      seq: 4,
      offsetMinutes: 40,
      type: 'complaint',
      from: t('12315 转办', 'Regulator transfer (12315)'),
      to: t('应急指挥办公室', 'Emergency command office'),
      content: t(
        '12315 平台转来“水壶维权群”32 名消费者的联名投诉，要求召回并赔偿，市场监管部门要求限期答复。',
        '12315 transfers a joint complaint from 32 buyers in the group chat demanding a recall and compensation; the market regulator asks for a reply by a deadline.',
      ),
      complaint: {
        channelCode: 'regulator-12315',
        categoryCode: 'product-quality',
        urgency: 'urgent',
        complainant: { name: '赵伟（消费者代表）', phone: '13900000104' },
        subject: '32 名消费者联名投诉 HK-1700 电热水壶漏电',
        place: '本公司网上旗舰店及线下门店',
        content:
          '消费者代表赵伟等 32 人反映，11 月购买的 HK-1700 型电热水壶多台出现外壳带电、漏电保护器跳闸，认为存在安全隐患，要求企业召回同批次产品、退款并赔偿，并公开检测结果。',
        expectedResolution: '召回同批次产品，退一赔三，公开检测结果。',
        peopleInvolved: 32,
        facts: facts({ regulatorInvolved: true, amountAtStake: 6368 }),
        attachToSeq: 1,
      },
      expectedActions: [
        {
          id: 'a4-regrade',
          objective: 'intake-grading',
          description: t(
            '群体投诉人数越过预案阈值（30 人），将事件调整为一级。',
            'The group now passes the plan’s threshold (30 people): raise the incident to level 1.',
          ),
          team: 'leading-group',
          limitMinutes: 15,
          evidence: onTimeline(['grade', 'regrade'], { level: 1 }),
        },
        {
          id: 'a4-activate',
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
          id: 'a4-task-force',
          objective: 'department-coordination',
          description: t(
            '组建专项处理小组（质量、客服、法务、公关）。',
            'Form the special task force (quality, customer service, legal, PR).',
          ),
          team: 'leading-group',
          limitMinutes: 30,
          evidence: onTimeline(['task-force-formed']),
        },
        {
          id: 'a4-contact-regulator',
          objective: 'department-coordination',
          description: t(
            '向处置协调组下达指令：联系市场监管部门确认答复时限，联络质检和供应商。',
            'Instruct the coordination team to confirm the reply deadline with the regulator and contact quality and the supplier.',
          ),
          team: 'leading-group',
          limitMinutes: 30,
          evidence: onTimeline(['instruction-issued'], { teamCode: 'coordination' }),
        },
      ],
    },
    {
      seq: 5,
      offsetMinutes: 55,
      type: 'phone-call',
      from: t('技术支持部（质检）', 'Technical support (quality)'),
      to: t('处置协调组', 'Coordination team'),
      content: t(
        '质检初步结论：批号 2611-B 的底座接地端子虚焊，该批次约 1200 台，已售出约 860 台。',
        'First test result: the earth terminal in the base of batch 2611-B is badly soldered; about 1,200 units in the batch, some 860 sold.',
      ),
      expectedActions: [
        {
          id: 'a5-investigation',
          objective: 'department-coordination',
          description: t(
            '汇总检测结论、销售记录和投诉情况，完成调查。',
            'Put the test result, sales records and complaints together and complete the investigation.',
          ),
          team: 'coordination',
          limitMinutes: 30,
          evidence: onTimeline(['completeInvestigation']),
        },
        {
          id: 'a5-resources',
          objective: 'logistics',
          description: t(
            '向后勤保障组下达指令：增开热线坐席、准备退换货场地和物流，落实法律顾问。',
            'Instruct logistics to add hotline seats, prepare returns handling and transport, and arrange legal counsel.',
          ),
          team: 'leading-group',
          limitMinutes: 20,
          evidence: onTimeline(['instruction-issued'], { teamCode: 'logistics' }),
        },
        {
          id: 'a5-stop-sales',
          objective: 'department-coordination',
          description: t('通知各渠道下架并暂停销售批号 2611-B 产品。', 'Tell every sales channel to take batch 2611-B off sale.'),
          team: 'coordination',
          limitMinutes: 30,
          evidence: observed,
        },
      ],
    },
    {
      seq: 6,
      offsetMinutes: 70,
      type: 'situation',
      from: t('消费者代表 赵伟', 'Consumer representative Zhao Wei'),
      to: t('应急指挥办公室', 'Emergency command office'),
      content: t(
        '赵伟来电称维权群成员情绪激动，要求今天下班前给出统一答复，否则集体到门店维权并联系媒体。',
        'Zhao Wei says the group is angry and wants one answer before close of business today, or they will go to the shop together and call the press.',
      ),
      expectedActions: [
        {
          id: 'a6-communication',
          objective: 'complainant-communication',
          description: t(
            '与消费者代表沟通，说明检测进展和答复时间，记录沟通。',
            'Talk to the representative: explain the test progress and when the answer will come; record it.',
          ),
          team: 'coordination',
          limitMinutes: 15,
          evidence: onTimeline(['communication']),
        },
        {
          id: 'a6-solution',
          objective: 'complainant-communication',
          description: t(
            '提交解决方案（召回、退款、赔偿标准），报领导小组审批。',
            'Submit the solution (recall, refunds, compensation) for the leading group’s approval.',
          ),
          team: 'coordination',
          limitMinutes: 30,
          evidence: onTimeline(['submitSolution']),
        },
        {
          id: 'a6-approve',
          objective: 'complainant-communication',
          description: t('组长审批解决方案。', 'The leader approves the solution.'),
          team: 'leading-group',
          limitMinutes: 45,
          evidence: onTimeline(['approveSolution']),
        },
      ],
    },
    {
      seq: 7,
      offsetMinutes: 90,
      type: 'regulator',
      from: t('区市场监督管理局', 'District market regulation bureau'),
      to: t('应急指挥办公室', 'Emergency command office'),
      content: t(
        '区市场监管局来电：要求书面报送情况说明、检测报告和召回计划，并告知消费者处理结果。',
        'The district market regulator calls: send a written account, the test report and the recall plan, and tell the consumers the outcome.',
      ),
      expectedActions: [
        {
          id: 'a7-report-regulator',
          objective: 'department-coordination',
          description: t(
            '经组长审定后向市场监管局书面报送情况说明和召回计划。',
            'Send the regulator the written account and recall plan once the leader has approved them.',
          ),
          team: 'coordination',
          limitMinutes: 30,
          evidence: observed,
        },
        {
          id: 'a7-feedback',
          objective: 'complainant-communication',
          description: t(
            '向投诉人反馈处理结果及原因，征询满意度。',
            'Give the complainants the result and its reasons; ask whether they are satisfied.',
          ),
          team: 'coordination',
          limitMinutes: 30,
          evidence: onTimeline(['recordFeedback']),
        },
        {
          id: 'a7-release',
          objective: 'information-release',
          description: t(
            '经组长批准，在官方账号发布召回公告。',
            'Publish the recall notice on the official accounts once the leader approves it.',
          ),
          team: 'publicity',
          limitMinutes: 30,
          evidence: observed,
        },
      ],
    },
  ],
  updatedAt: BUILT_IN_UPDATED_AT,
};
