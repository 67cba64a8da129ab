// Chinese texts of the opinion feature.
export const zhOpinion = {
  title: '',
};
