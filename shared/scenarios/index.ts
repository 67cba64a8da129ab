// The scenarios shipped with the console (演练脚本), one per case in DOMAIN.md. They are read-only
// templates: the office copies one to edit it.
import type { Scenario } from '../scenario';
import { fuelDisputeScenario } from './fuelDispute';
import { privacyPetitionScenario } from './privacyPetition';
import { productDefectScenario } from './productDefect';
import { scenicGoldenWeekScenario } from './scenicGoldenWeek';

export { fuelDisputeScenario, privacyPetitionScenario, productDefectScenario, scenicGoldenWeekScenario };

export const BUILT_IN_SCENARIOS: readonly Scenario[] = [
  productDefectScenario,
  fuelDisputeScenario,
  scenicGoldenWeekScenario,
  privacyPetitionScenario,
];
