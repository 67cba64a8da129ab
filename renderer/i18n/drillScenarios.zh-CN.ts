// Chinese texts of the drillScenarios screens.
export const zhDrillScenarios = {
  title: '',
};
