// English texts of the drillNotice screens.
export const enDrillNotice = {
  title: '',
};
