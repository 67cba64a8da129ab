// Chinese texts of the drillNotice screens.
export const zhDrillNotice = {
  title: '',
};
