// Chinese texts of the print feature.
export const zhPrint = {
  title: '',
};
