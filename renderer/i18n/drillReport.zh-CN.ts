// Chinese texts of the drillReport screens.
export const zhDrillReport = {
  title: '',
};
