// English texts of the releases feature.
export const enReleases = {
  title: '',
};
