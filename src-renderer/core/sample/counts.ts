import type { SampleCell } from './cell';

/** Number of records of a generated cell, per table. */
export function sampleCounts(cell: SampleCell): Record<string, number> {
  return {
    units: 1,
    members: cell.members.length,
    pledgeForms: cell.pledgeForms.length,
    monthlyAssessments: cell.monthly.length,
    meetings: cell.meetings.length,
    documents: cell.documents.length,
    yearReviews: cell.yearReviews.length,
    unitReviews: cell.unitReviews.length,
    commendations: cell.commendations.length,
  };
}
