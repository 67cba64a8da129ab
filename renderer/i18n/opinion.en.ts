// English texts of the opinion feature.
export const enOpinion = {
  title: '',
};
