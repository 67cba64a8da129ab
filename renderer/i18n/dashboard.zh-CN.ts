// Chinese texts of the dashboard screens (owned by that feature; merged into the catalog).
export const zhDashboard = {
  title: '指挥台',
};
