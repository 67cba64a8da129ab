// Chinese texts of the releases feature.
export const zhReleases = {
  title: '',
};
