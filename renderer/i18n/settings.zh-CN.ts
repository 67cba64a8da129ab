// Chinese texts of the settings feature.
export const zhSettings = {
  title: '',
};
