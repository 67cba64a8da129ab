// The stages an incident moves through (DOMAIN.md, 应急响应流程). Kept apart from the machine so
// record schemas can name them without importing the rules.
export const WORKFLOW_STATES = [
  'registered', // 已登记，待审查确认
  'verified', // 已确认有效，待分级
  'graded', // 已分级，待启动响应
  'investigating', // 调查核实
  'solution', // 制定解决方案
  'approval', // 方案审批
  'communicating', // 沟通协商
  'implementing', // 实施
  'feedback', // 反馈
  'evaluating', // 评估
  'escalated', // 调解 / 仲裁 / 上报
  'closed',
  'rejected', // 无效或特殊投诉
] as const;
export type WorkflowState = (typeof WORKFLOW_STATES)[number];
