// Chinese texts of the review feature.
export const zhReview = {
  title: '',
};
