// Chinese texts of the resources feature.
export const zhResources = {
  title: '',
};
