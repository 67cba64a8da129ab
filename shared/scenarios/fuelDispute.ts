// Scenario (b), 加油站数质量纠纷: a driver says pump no. 3 gave short measure. Onlookers gather, a
// reporter arrives, the driver will not trust the station's own measure, and the technical
// supervision bureau (技术监督局) is invited to check the pump while publicity holds a statement.
import type { Scenario } from '../scenario';
import { BUILT_IN_UPDATED_AT, OBJECTIVES, facts, observed, onTimeline, t } from './build';

export const fuelDisputeScenario: Scenario = {
  id: 'fuel-dispute',
  builtIn: true,
  title: t('加油站加油数量纠纷', 'Fuel-quantity dispute at a petrol station'),
  summary: t(
    '顾客在城东加油站认为 3 号加油机少给油，与员工争执，群众围观、记者到场、短视频传播。演练现场控制、升级为一级并启动响应、邀请技术监督局检定加油机、调取加油机电脑记录、对外回应口径和向顾客反馈结果。',
    'A driver at the Chengdong station says pump no. 3 gave short measure and argues with staff; onlookers gather, a reporter arrives and a video spreads. Rehearses on-site control, raising it to level 1, inviting the technical supervision bureau to test the pump, pulling the pump’s computer record, the holding statement and feedback to the driver.',
  ),
  kind: 'sudden',
  objectives: [OBJECTIVES.intakeGrading, OBJECTIVES.onSiteControl, OBJECTIVES.informationRelease, OBJECTIVES.coordination],
  injects: [
    {
      seq: 1,
      offsetMinutes: 0,
      type: 'complaint',
      from: t('顾客 陈先生', 'Customer Mr Chen'),
      to: t('城东加油站站长', 'Chengdong station manager'),
      content: t(
        '陈先生在 3 号加油机加满油后，认为显示的 52.36 升超出油箱容量，怀疑少给量，在站内与加油员争执。',
        'Mr Chen filled up at pump no. 3 and says the 52.36 litres shown exceed his tank; he suspects short measure and argues with the attendant.',
      ),
      complaint: {
        channelCode: 'visit',
        categoryCode: 'fuel-quantity-quality',
        urgency: 'urgent',
        complainant: { name: '陈建国', phone: '13900000201' },
        subject: '怀疑 3 号加油机少给油',
        place: '城东加油站 3 号加油机',
        content:
          '本人车辆油箱标称容积 50 升，进站时油表尚余约四分之一，在 3 号加油机加满 92 号汽油，加油机显示 52.36 升、金额 410.50 元。认为加油机计量不准、少给了油，要求当场核对。',
        expectedResolution: '当场用标准量器核验加油机，如少给油全额退款并道歉。',
        peopleInvolved: 1,
        facts: facts({ amountAtStake: 410.5 }),
      },
      expectedActions: [
        {
          id: 'b1-verify',
          objective: 'intake-grading',
          description: t('登记并审查确认投诉，予以受理。', 'Register, verify and accept the complaint.'),
          team: 'information',
          limitMinutes: 10,
          evidence: onTimeline(['verify']),
        },
        {
          id: 'b1-grade',
          objective: 'intake-grading',
          description: t('按预案标准分级（紧急，不低于二级）。', 'Grade it by the plan (urgent: level 2 at least).'),
          team: 'leading-group',
          limitMinutes: 15,
          evidence: onTimeline(['grade'], { level: 2 }),
        },
        {
          id: 'b1-reception',
          objective: 'on-site-control',
          description: t(
            '站长请陈先生到接待室，安抚情绪并记录沟通，不在加油区争执。',
            'The manager takes Mr Chen to the reception room, calms him and records the talk; no arguing on the forecourt.',
          ),
          team: 'coordination',
          limitMinutes: 15,
          evidence: onTimeline(['communication']),
        },
      ],
    },
    {
      seq: 2,
      offsetMinutes: 10,
      type: 'situation',
      from: t('城东加油站站长', 'Chengdong station manager'),
      to: t('应急指挥办公室', 'Emergency command office'),
      content: t(
        '站内已有二十余人围观，有人拿手机拍摄，进出口两辆车堵住，其他顾客无法加油，陈先生情绪激动。',
        'Twenty-odd onlookers on the forecourt, some filming; two cars block the entrance so other customers cannot fill up; Mr Chen is agitated.',
      ),
      expectedActions: [
        {
          id: 'b2-forecourt',
          objective: 'on-site-control',
          description: t(
            '疏导围观群众和车辆，保持进出口畅通，划出接待区，确保加油区安全（严禁烟火）。',
            'Move onlookers and cars on, keep the entrance clear, set up a reception area, keep the forecourt safe (no naked flames).',
          ),
          team: 'logistics',
          limitMinutes: 10,
          evidence: observed,
        },
        {
          id: 'b2-collect-facts',
          objective: 'intake-grading',
          description: t(
            '向信息收集组下达指令：收集现场情况、陈先生诉求和加油机交易记录。',
            'Instruct the information team to gather the facts on site, Mr Chen’s demands and the pump’s transaction record.',
          ),
          team: 'leading-group',
          limitMinutes: 15,
          evidence: onTimeline(['instruction-issued'], { teamCode: 'information' }),
        },
        {
          id: 'b2-site-staff',
          objective: 'on-site-control',
          description: t(
            '向后勤保障组下达指令：增派人员维持秩序，准备接待室和饮用水。',
            'Instruct logistics to send staff to keep order and prepare the reception room and water.',
          ),
          team: 'leading-group',
          limitMinutes: 15,
          evidence: onTimeline(['instruction-issued'], { teamCode: 'logistics' }),
        },
      ],
    },
    {
      seq: 3,
      offsetMinutes: 25,
      type: 'situation',
      from: t('城市晚报记者', 'City Evening News reporter'),
      to: t('宣传引导组', 'Publicity team'),
      content: t(
        '城市晚报记者到站，称接到读者爆料“加油站加油不足量”，要求采访站长并拍摄加油机。',
        'A City Evening News reporter arrives: a reader tipped them off about “short measure at the station”; asks to interview the manager and film the pump.',
      ),
      expectedActions: [
        {
          id: 'b3-regrade',
          objective: 'intake-grading',
          description: t('媒体到场关注，将事件调整为一级。', 'The press is on site: raise the incident to level 1.'),
          team: 'leading-group',
          limitMinutes: 15,
          evidence: onTimeline(['grade', 'regrade'], { level: 1 }),
        },
        {
          id: 'b3-activate',
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
          id: 'b3-receive-reporter',
          objective: 'information-release',
          description: t(
            '宣传引导组专人接待记者，说明正在核实、将邀请计量部门检定，不推诿、不表态定性。',
            'A publicity officer receives the reporter: the matter is being checked and the metrology authority will be invited; no stonewalling, no premature verdict.',
          ),
          team: 'publicity',
          limitMinutes: 10,
          evidence: observed,
        },
        {
          id: 'b3-holding-statement',
          objective: 'information-release',
          description: t(
            '向宣传引导组下达指令：起草对外回应口径，报组长审批。',
            'Instruct the publicity team to draft the holding statement for the leader’s approval.',
          ),
          team: 'leading-group',
          limitMinutes: 15,
          evidence: onTimeline(['instruction-issued'], { teamCode: 'publicity' }),
        },
      ],
    },
    {
      seq: 4,
      offsetMinutes: 40,
      type: 'phone-call',
      from: t('顾客 陈先生', 'Customer Mr Chen'),
      to: t('处置协调组', 'Coordination team'),
      content: t(
        '站内用 20 升标准量器复核后陈先生仍不认可，表示“不信你们自己的量器”，要求第三方检定，否则报警并找媒体。',
        'After a check with the station’s 20-litre standard measure Mr Chen still refuses to accept it — “I don’t trust your own measure” — and wants an independent test, or he will call the police and the press.',
      ),
      expectedActions: [
        {
          id: 'b4-invite-bureau',
          objective: 'department-coordination',
          description: t(
            '向处置协调组下达指令：报告上级公司，邀请区技术监督局到站检定 3 号加油机。',
            'Instruct the coordination team to report to head office and invite the district technical supervision bureau to test pump no. 3.',
          ),
          team: 'leading-group',
          limitMinutes: 15,
          evidence: onTimeline(['instruction-issued'], { teamCode: 'coordination' }),
        },
        {
          id: 'b4-call-bureau',
          objective: 'department-coordination',
          description: t(
            '处置协调组按应急联系名单致电技术监督局计量所，说明情况并约定到站时间。',
            'The coordination team calls the technical supervision bureau’s metrology office from the emergency contact list and agrees a time.',
          ),
          team: 'coordination',
          limitMinutes: 20,
          evidence: observed,
        },
        {
          id: 'b4-communication',
          objective: 'on-site-control',
          description: t(
            '告知陈先生已邀请技术监督局检定，征得其同意等候，记录沟通。',
            'Tell Mr Chen the bureau has been invited and ask him to wait; record the talk.',
          ),
          team: 'coordination',
          limitMinutes: 20,
          evidence: onTimeline(['communication']),
        },
      ],
    },
    {
      seq: 5,
      offsetMinutes: 55,
      type: 'regulator',
      from: t('区技术监督局计量所', 'District technical supervision bureau, metrology office'),
      to: t('处置协调组', 'Coordination team'),
      content: t(
        '技术监督局计量所回电：检定人员 30 分钟后到站；要求 3 号加油机暂停使用、保持铅封完好，保存加油机电脑记录和监控录像。',
        'The bureau calls back: inspectors arrive in 30 minutes; pump no. 3 must stop, its seals stay intact, and its computer record and the CCTV must be kept.',
      ),
      expectedActions: [
        {
          id: 'b5-seal-pump',
          objective: 'on-site-control',
          description: t(
            '3 号加油机停用并设置警示，保护铅封，不做任何调整。',
            'Take pump no. 3 out of use with a sign, protect its seals, adjust nothing.',
          ),
          team: 'logistics',
          limitMinutes: 10,
          evidence: observed,
        },
        {
          id: 'b5-records',
          objective: 'department-coordination',
          description: t(
            '信息收集组报回首报：加油机电脑记录（税控数据）、监控录像和现场情况。',
            'The information team sends its first report: the pump’s computer (tax-control) record, CCTV and the situation.',
          ),
          team: 'information',
          limitMinutes: 30,
          evidence: onTimeline(['instruction-reported'], { teamCode: 'information' }),
        },
      ],
    },
    {
      seq: 6,
      offsetMinutes: 65,
      type: 'opinion',
      from: t('舆情监测小组', 'Public-opinion monitoring'),
      to: t('宣传引导组', 'Publicity team'),
      content: t(
        '短视频平台出现“城东加油站加油缺斤短两”视频，1 小时播放 1.2 万次，评论多为质疑。',
        'A short video “Chengdong station gives short measure” has 12,000 views in an hour; most comments are hostile.',
      ),
      expectedActions: [
        {
          id: 'b6-statement-ready',
          objective: 'information-release',
          description: t(
            '宣传引导组报回回应口径（已邀请技术监督局检定，结果将公布）。',
            'The publicity team reports back the holding statement (the bureau has been invited; the result will be published).',
          ),
          team: 'publicity',
          limitMinutes: 30,
          evidence: onTimeline(['instruction-reported'], { teamCode: 'publicity' }),
        },
        {
          id: 'b6-statement-released',
          objective: 'information-release',
          description: t(
            '组长审批后在官方账号发布情况说明，回应关切。',
            'Once the leader approves, publish the statement on the official account.',
          ),
          team: 'publicity',
          limitMinutes: 45,
          evidence: observed,
        },
      ],
    },
    {
      seq: 7,
      offsetMinutes: 90,
      type: 'situation',
      from: t('区技术监督局计量所', 'District technical supervision bureau, metrology office'),
      to: t('应急指挥办公室', 'Emergency command office'),
      content: t(
        '检定结果：3 号加油机示值误差 -0.08%，在国家规定的 ±0.3% 允许误差以内；该车型油箱实际可加注量大于标称容积。',
        'Test result: pump no. 3 reads within −0.08%, inside the ±0.3% allowed; this car’s tank actually takes more than its nominal volume.',
      ),
      expectedActions: [
        {
          id: 'b7-investigation',
          objective: 'department-coordination',
          description: t('以检定结论和电脑记录完成调查。', 'Complete the investigation with the test result and the computer record.'),
          team: 'coordination',
          limitMinutes: 15,
          evidence: onTimeline(['completeInvestigation']),
        },
        {
          id: 'b7-feedback',
          objective: 'on-site-control',
          description: t(
            '当面向陈先生反馈检定结果及原因，感谢其监督，记录反馈。',
            'Give Mr Chen the result and its reasons in person, thank him for raising it, record the feedback.',
          ),
          team: 'coordination',
          limitMinutes: 20,
          evidence: onTimeline(['recordFeedback']),
        },
        {
          id: 'b7-publish-result',
          objective: 'information-release',
          description: t(
            '经组长批准，向记者和公众通报检定结果。',
            'With the leader’s approval, tell the reporter and the public the test result.',
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
