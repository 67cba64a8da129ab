// The sample leading group and four working teams loaded with the default plan. Every record is
// marked `sample` so the office sees what to replace with its own people.
import type { Contact } from './command';
import type { Person, Team } from './model';

const t = (zh: string, en: string) => ({ zh, en });

type SampleTeam = Omit<Team, 'updatedAt' | 'updatedBy' | 'sample'>;
type SamplePerson = Omit<Person, 'updatedAt' | 'updatedBy' | 'sample'>;

export const SAMPLE_TEAMS: SampleTeam[] = [
  {
    id: '0d5e7f9a-1b2c-4d3e-8f4a-5b6c7d8e9f01',
    code: 'leading-group',
    kind: 'leading-group',
    memberIds: ['a1000000-0000-4000-8000-000000000001', 'a1000000-0000-4000-8000-000000000002'],
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
    kind: 'working-team',
    memberIds: ['a1000000-0000-4000-8000-000000000003', 'a1000000-0000-4000-8000-000000000008'],
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
    kind: 'working-team',
    memberIds: ['a1000000-0000-4000-8000-000000000004', 'a1000000-0000-4000-8000-000000000009'],
    name: t('处置协调组', 'Coordination team'),
    duties: t('联络相关部门和外部机构，拟定处置方案。', 'Contacts departments and outside bodies, drafts the disposal plan.'),
    leadId: 'a1000000-0000-4000-8000-000000000004',
    phone: '010-80000003',
  },
  {
    id: '0d5e7f9a-1b2c-4d3e-8f4a-5b6c7d8e9f04',
    code: 'publicity',
    kind: 'working-team',
    memberIds: ['a1000000-0000-4000-8000-000000000005', 'a1000000-0000-4000-8000-00000000000a'],
    name: t('宣传引导组', 'Publicity team'),
    duties: t('发布信息，引导舆论，澄清谣言。', 'Releases information, guides public opinion, counters rumours.'),
    leadId: 'a1000000-0000-4000-8000-000000000005',
    phone: '010-80000004',
  },
  {
    id: '0d5e7f9a-1b2c-4d3e-8f4a-5b6c7d8e9f05',
    code: 'logistics',
    kind: 'working-team',
    memberIds: ['a1000000-0000-4000-8000-000000000006', 'a1000000-0000-4000-8000-00000000000b'],
    name: t('后勤保障组', 'Logistics team'),
    duties: t('保障物资、车辆、通信、信息技术和法律支持。', 'Materials, vehicles, communications, IT and legal support.'),
    leadId: 'a1000000-0000-4000-8000-000000000006',
    phone: '010-80000005',
  },
];

const person = (n: string, name: string, role: SamplePerson['role'], title: string, department: string): SamplePerson => ({
  id: `a1000000-0000-4000-8000-0000000000${n}`,
  name,
  role,
  title,
  phone: `138000000${n === '0a' ? '10' : n === '0b' ? '11' : n}`,
  department,
});

export const SAMPLE_PEOPLE: SamplePerson[] = [
  person('01', '王建国', 'leader', '总经理（组长）', '总经理办公室'),
  person('02', '李明', 'deputy', '副总经理（副组长）', '总经理办公室'),
  person('03', '张丽', 'member', '市场部经理', '市场部'),
  person('04', '刘洋', 'member', '客户服务部经理', '客户服务部'),
  person('05', '赵敏', 'member', '公共关系部经理', '公共关系部'),
  person('06', '孙强', 'member', '综合保障部经理', '综合保障部'),
  person('07', '陈晓', 'staff', '应急指挥办公室值班员', '应急指挥办公室'),
  person('08', '吴婷', 'staff', '客服专员', '客户服务部'),
  person('09', '郑浩', 'staff', '法务专员', '法务部'),
  person('0a', '冯雪', 'staff', '新媒体运营', '公共关系部'),
  person('0b', '蒋涛', 'staff', '信息技术工程师', '技术支持部'),
];

type SampleContact = Omit<Contact, 'updatedAt' | 'updatedBy' | 'sample'>;
const contact = (n: string, category: Contact['category'], organisation: string, phone: string, notes: string): SampleContact => ({
  id: `c1000000-0000-4000-8000-00000000000${n}`,
  category,
  organisation,
  name: '',
  title: '',
  phones: [phone],
  notes,
});

/** Outside bodies with their public numbers; local offices' direct lines are the office's to add. */
export const SAMPLE_CONTACTS: SampleContact[] = [
  contact('1', 'police', '公安（报警）', '110', '现场秩序、人身安全'),
  contact('2', 'fire', '消防救援', '119', ''),
  contact('3', 'medical', '医疗急救', '120', ''),
  contact('4', 'market-regulator', '市场监督管理局（投诉举报）', '12315', '12315 转办件的来源'),
  contact('5', 'tech-supervision', '质量技术监督局（计量检定）', '12365', '加油机计量争议时邀请现场检定'),
  contact('6', 'consumer-association', '消费者协会', '12315', '第三方调解'),
];
