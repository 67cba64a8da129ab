// The plan loaded on first run: the defaults every organisation's plan starts from (DOMAIN.md),
// in Chinese with English alongside. The office revises it to its own.
import type { Plan } from './plan';

const t = (zh: string, en: string) => ({ zh, en });

export const DEFAULT_PLAN_ID = '6b1f0a52-3c1e-4d4b-9a57-1f8e0c7d2a10';

export function defaultPlan(nowIso: string): Plan {
  return {
    id: DEFAULT_PLAN_ID,
    title: t('投诉应急预案', 'Complaint emergency plan'),
    version: '1.0',
    effectiveDate: nowIso.slice(0, 10),
    organisationName: t('本单位', 'Our organisation'),
    utcOffsetMinutes: 480,
    grades: [
      {
        level: 1,
        name: t('一级投诉', 'Level 1'),
        criteria: t(
          '严重损害声誉，可能造成重大社会影响或引起媒体关注；投诉人要求立即解决且难度大。',
          'Severely harms reputation, may cause major social impact or media attention; the complainant demands immediate resolution and it is hard.',
        ),
        response: t(
          '立即报告领导小组，由组长启动一级响应，成立专项处理小组。',
          'Report to the leading group at once; the leader activates the level-1 response and forms a special task force.',
        ),
        nationalLevels: ['I', 'II'],
      },
      {
        level: 2,
        name: t('二级投诉', 'Level 2'),
        criteria: t(
          '对正常经营造成较大影响，需多个部门协同，须尽快解决。',
          'Large impact on normal operations; needs several departments and a quick resolution.',
        ),
        response: t(
          '由应急指挥办公室启动响应，协调相关部门处置。',
          'The command office activates the response and coordinates departments.',
        ),
        nationalLevels: ['III'],
      },
      {
        level: 3,
        name: t('三级投诉', 'Level 3'),
        criteria: t('影响较小，可按常规流程快速解决。', 'Small impact; resolved quickly by the routine process.'),
        response: t('由客户服务部门按常规流程处理。', 'Customer service handles it by the routine process.'),
        nationalLevels: ['IV'],
      },
    ],
    categories: [
      { code: 'product-quality', name: t('产品质量', 'Product quality') },
      { code: 'service-quality', name: t('服务质量', 'Service quality') },
      { code: 'contract-dispute', name: t('合同纠纷', 'Contract dispute') },
      { code: 'data-privacy', name: t('数据隐私', 'Data privacy') },
      { code: 'social-responsibility', name: t('社会责任', 'Social responsibility') },
      { code: 'food-safety', name: t('食品安全', 'Food safety') },
      { code: 'environmental-pollution', name: t('环境污染', 'Environmental pollution') },
      { code: 'public-health', name: t('公共卫生', 'Public health') },
      { code: 'fuel-quantity-quality', name: t('加油站数质量', 'Fuel quantity / quality') },
      { code: 'visitor-safety', name: t('景区游客安全', 'Visitor safety') },
      { code: 'other', name: t('其他', 'Other') },
    ],
    channels: [
      { code: 'hotline', name: t('24小时热线', '24-hour hotline') },
      { code: 'email', name: t('电子邮件', 'E-mail') },
      { code: 'online', name: t('在线客服 / App', 'Online service / app') },
      { code: 'visit', name: t('现场来访', 'On-site visit') },
      { code: 'opinion-book', name: t('顾客意见簿', 'Customer opinion book') },
      { code: 'supervisor', name: t('服务监督员', 'Service supervisor') },
      { code: 'media', name: t('新闻媒体曝光', 'News media exposure') },
      { code: 'letter', name: t('来信', 'Letter') },
      { code: 'regulator-12315', name: t('12315 转办', 'Regulator transfer (12315)') },
      { code: 'social-media', name: t('社交媒体', 'Social media') },
    ],
    urgencies: [
      { code: 'urgent', name: t('紧急', 'Urgent') },
      { code: 'fairly-urgent', name: t('较紧急', 'Fairly urgent') },
      { code: 'normal', name: t('一般', 'Normal') },
    ],
    grading: { groupPeople: 5, largeGroupPeople: 30, amountLevel2: 10_000, amountLevel1: 100_000 },
    approvalLevels: [1, 2],
    timeLimits: [
      { stage: 'acceptance', amount: 24, unit: 'hours', from: 'received' },
      { stage: 'report', amount: 30, unit: 'minutes', from: 'previous', levels: [1] },
      { stage: 'investigation', amount: 3, unit: 'workingDays', from: 'previous' },
      { stage: 'solution', amount: 5, unit: 'workingDays', from: 'previous' },
      { stage: 'feedback', amount: 2, unit: 'workingDays', from: 'previous' },
      // 服务类投诉：处理结果24小时内反馈投诉人。
      { stage: 'feedback', amount: 24, unit: 'hours', from: 'received', categories: ['service-quality'] },
      { stage: 'evaluation', amount: 15, unit: 'workingDays', from: 'previous' },
    ],
    dueSoon: { hours: 2, fraction: 0.2 },
    standardInstructions: [
      {
        code: 'collect-facts',
        teamCode: 'information',
        content: t(
          '收集并核实事件的时间、地点、涉及人员及其诉求，30分钟内首报指挥部，此后每小时续报。',
          'Collect and verify the time, place, people involved and their demands; first report to HQ within 30 minutes, then hourly.',
        ),
        dueMinutes: 30,
        priority: 'urgent',
      },
      {
        code: 'contact-departments',
        teamCode: 'coordination',
        content: t(
          '联络相关部门和外部机构，拟定处置方案报指挥部审定。',
          'Contact the departments and outside bodies concerned; draft the disposal plan for HQ to approve.',
        ),
        dueMinutes: 120,
        priority: 'high',
      },
      {
        code: 'holding-statement',
        teamCode: 'publicity',
        content: t(
          '起草对外回应口径（首次情况说明），报组长审批；开始监测媒体和社交平台舆情。',
          'Draft the holding statement for the leader to approve; start monitoring media and social platforms.',
        ),
        dueMinutes: 60,
        priority: 'urgent',
      },
      {
        code: 'prepare-resources',
        teamCode: 'logistics',
        content: t(
          '准备接待场地、车辆和热线坐席，保障通信和信息系统，落实法律顾问。',
          'Prepare the reception venue, vehicles and hotline seats; secure communications and IT; arrange legal counsel.',
        ),
        dueMinutes: 60,
        priority: 'high',
      },
    ],
    holdingStatement: {
      zh: '{{date}}，{{place}}发生“{{title}}”一事。{{organisation}}高度重视，已第一时间成立工作组赶赴现场，正在全面调查核实，并与当事人积极沟通。调查结果将及时向社会公布。感谢社会各界的关注和监督。',
      en: 'On {{date}}, “{{title}}” occurred at {{place}}. {{organisation}} takes this very seriously: a working group went to the scene at once, is investigating and is in close contact with those concerned. The findings will be made public promptly. We thank the public for its attention and oversight.',
    },
    opinionRaise: { negativeReach: 10000, withinHours: 24 },
    inForce: true,
    createdAt: nowIso,
    updatedAt: nowIso,
  };
}
