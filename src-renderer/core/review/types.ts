/**
 * Fields the review job stores beyond the shared entities of core/model.ts (kept here so the
 * shared model file stays small; Dexie stores them with the record).
 */
import type { Commendation, IsoDate, UnitReview } from '../model';
import type { QuotaGroup } from './quota';
import type { CommendationReasonCode } from './streaks';

export interface UnitReviewDetails {
  /** ≥ 30% of the collective's tasks exceeded (needed for xuất sắc). */
  exceededShare30?: boolean;
  /** No subordinate unit, committee member or member disciplined in the year (needed for xuất sắc). */
  noDiscipline?: boolean;
  forcedFailure?: string[];
  /** Comparison groups for the quota check; empty = whole cell. */
  quotaGroups?: QuotaGroup[];
  decision?: { body: string; number: string; date: IsoDate };
  /** The year report (BÁO CÁO … -BC/CB). */
  reportNumber?: string;
  reportDate?: IsoDate;
  /** Extra free text: điển hình, mô hình, cách làm hay. */
  typical?: string;
}

export type UnitReviewRecord = UnitReview & UnitReviewDetails;

export type CommendationRecord = Commendation & { reasonCode?: CommendationReasonCode };
