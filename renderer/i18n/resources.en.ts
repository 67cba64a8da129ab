// English texts of the resources feature.
export const enResources = {
  title: '',
};
