// English texts of the statistics feature.
export const enStatistics = {
  title: '',
};
