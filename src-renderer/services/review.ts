/** The review job's door to db/review.ts: the same operations with the app's database bound. */
import * as repo from '../db/review';
import { withDb } from './bind';

export { ReviewError, validateReviewDate } from '../db/review';
export type { CommendationInput, CreateRoundInput, ReviewData, RoundResult, UnitReviewPatch, YearReviewPatch } from '../db/review';

export const loadReviewData = withDb(repo.loadReviewData);
export const createReviewRound = withDb(repo.createReviewRound);
export const updateYearReview = withDb(repo.updateYearReview);
export const listYearReviews = withDb(repo.listYearReviews);
export const setHistoricalRating = withDb(repo.setHistoricalRating);
export const getUnitReview = withDb(repo.getUnitReview);
export const saveUnitReview = withDb(repo.saveUnitReview);
export const addCommendation = withDb(repo.addCommendation);
export const updateCommendation = withDb(repo.updateCommendation);
export const deleteCommendation = withDb(repo.deleteCommendation);
export const listCommendations = withDb(repo.listCommendations);
