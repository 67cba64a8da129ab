// English texts of the drillReport screens.
export const enDrillReport = {
  title: '',
};
