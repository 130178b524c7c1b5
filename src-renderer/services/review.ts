/** The review job's door to db/review.ts: the same operations with the app's database bound. */
import * as repo from '../db/review';
import { withDb } from './bind';

export type { ReviewData } from '../db/review';

export const loadReviewData = withDb(repo.loadReviewData);
export const createReviewRound = withDb(repo.createReviewRound);
export const updateYearReview = withDb(repo.updateYearReview);
export const setHistoricalRating = withDb(repo.setHistoricalRating);
export const saveUnitReview = withDb(repo.saveUnitReview);
export const addCommendation = withDb(repo.addCommendation);
export const deleteCommendation = withDb(repo.deleteCommendation);
