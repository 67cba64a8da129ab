// English texts of the drillScenarios screens.
export const enDrillScenarios = {
  title: '',
};
