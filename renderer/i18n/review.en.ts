// English texts of the review feature.
export const enReview = {
  title: '',
};
