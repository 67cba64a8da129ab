// Chinese texts of the statistics feature.
export const zhStatistics = {
  title: '',
};
