// The sample leading group and four working teams loaded with the default plan. Every record is
// marked `sample` so the office sees what to replace with its own people.
import type { Person, Team } from './model';

const t = (zh: string, en: string) => ({ zh, en });

type SampleTeam = Omit<Team, 'updatedAt' | 'updatedBy' | 'sample'>;
type SamplePerson = Omit<Person, 'updatedAt' | 'updatedBy' | 'sample'>;

export const SAMPLE_TEAMS: SampleTeam[] = [
  {
    id: '0d5e7f9a-1b2c-4d3e-8f4a-5b6c7d8e9f01',
    code: 'leading-group',
    name: t('领导小组', 'Leading group'),
    duties: t(
      '统一指挥、协调和决策；组长启动一级响应，审批解决方案和对外发布。',
      'Unified command, coordination and decisions; the leader activates level-1 responses and approves solutions and releases.',
    ),
    leadId: 'a1000000-0000-4000-8000-000000000001',
    phone: '010-80000001',
  },
  {
    id: '0d5e7f9a-1b2c-4d3e-8f4a-5b6c7d8e9f02',
    code: 'information',
    name: t('信息收集组', 'Information team'),
    duties: t(
      '收集、汇总、分析事件的时间、地点、人员和诉求，为指挥部决策提供依据。',
      'Collects, aggregates and analyses the facts — time, place, people, demands — as the basis for decisions.',
    ),
    leadId: 'a1000000-0000-4000-8000-000000000003',
    phone: '010-80000002',
  },
  {
    id: '0d5e7f9a-1b2c-4d3e-8f4a-5b6c7d8e9f03',
    code: 'coordination',
    name: t('处置协调组', 'Coordination team'),
    duties: t('联络相关部门和外部机构，拟定处置方案。', 'Contacts departments and outside bodies, drafts the disposal plan.'),
    leadId: 'a1000000-0000-4000-8000-000000000004',
    phone: '010-80000003',
  },
  {
    id: '0d5e7f9a-1b2c-4d3e-8f4a-5b6c7d8e9f04',
    code: 'publicity',
    name: t('宣传引导组', 'Publicity team'),
    duties: t('发布信息，引导舆论，澄清谣言。', 'Releases information, guides public opinion, counters rumours.'),
    leadId: 'a1000000-0000-4000-8000-000000000005',
    phone: '010-80000004',
  },
  {
    id: '0d5e7f9a-1b2c-4d3e-8f4a-5b6c7d8e9f05',
    code: 'logistics',
    name: t('后勤保障组', 'Logistics team'),
    duties: t('保障物资、车辆、通信、信息技术和法律支持。', 'Materials, vehicles, communications, IT and legal support.'),
    leadId: 'a1000000-0000-4000-8000-000000000006',
    phone: '010-80000005',
  },
];

export const SAMPLE_PEOPLE: SamplePerson[] = [
  {
    id: 'a1000000-0000-4000-8000-000000000001',
    name: '王建国',
    role: 'leader',
    title: '总经理（组长）',
    phone: '13800000001',
    teamCode: 'leading-group',
  },
  {
    id: 'a1000000-0000-4000-8000-000000000002',
    name: '李明',
    role: 'deputy',
    title: '副总经理（副组长）',
    phone: '13800000002',
    teamCode: 'leading-group',
  },
  {
    id: 'a1000000-0000-4000-8000-000000000003',
    name: '张丽',
    role: 'member',
    title: '市场部经理',
    phone: '13800000003',
    teamCode: 'information',
  },
  {
    id: 'a1000000-0000-4000-8000-000000000004',
    name: '刘洋',
    role: 'member',
    title: '客户服务部经理',
    phone: '13800000004',
    teamCode: 'coordination',
  },
  {
    id: 'a1000000-0000-4000-8000-000000000005',
    name: '赵敏',
    role: 'member',
    title: '公共关系部经理',
    phone: '13800000005',
    teamCode: 'publicity',
  },
  {
    id: 'a1000000-0000-4000-8000-000000000006',
    name: '孙强',
    role: 'member',
    title: '综合保障部经理',
    phone: '13800000006',
    teamCode: 'logistics',
  },
  { id: 'a1000000-0000-4000-8000-000000000007', name: '陈晓', role: 'staff', title: '应急指挥办公室值班员', phone: '13800000007' },
];
