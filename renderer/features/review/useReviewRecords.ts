// Everything the review screen and its report read, live (read in renderer/db/reads/reviews).
export { useReviewRecords, type ReviewRecords } from '../../db/reads/reviews';
