// The five plan templates an office can start from, one per source plan, in the order offered.
import { companyComplaintsTemplate } from './companyComplaints';
import { consumerFuelTemplate } from './consumerFuel';
import { enterpriseGroupTemplate } from './enterpriseGroup';
import { scenicAreaTemplate } from './scenicArea';
import { techPetitionsTemplate } from './techPetitions';
import type { PlanTemplate } from './template';

export { planFromTemplate, type PlanTemplate } from './template';

export const PLAN_TEMPLATES: readonly PlanTemplate[] = [
  enterpriseGroupTemplate,
  companyComplaintsTemplate,
  consumerFuelTemplate,
  scenicAreaTemplate,
  techPetitionsTemplate,
];

export const planTemplate = (key: string): PlanTemplate | undefined => PLAN_TEMPLATES.find((template) => template.key === key);
