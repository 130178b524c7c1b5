/**
 * The review list (one row per member of the round), shared by the screen, the PDF and the
 * .xlsx export, so the three never disagree.
 */
import type { Member, YearReview } from '../model';
import { PARTY_POSITION_SHORT } from '../members/labels';
import { formatDate, formatDecimal, roundHalfUp, sortMembers } from '../text';
import type { MemberRollup } from './rollup';
import { SHORT_LABELS, memberLevelLabel, type YearEndScheme } from './schemes';

export interface ReviewListRow {
  index: number;
  memberId: string;
  name: string;
  position: string;
  form: string;
  monthsText: string; // "10/11"
  praised: number;
  reminded: number;
  scoreCommon: string;
  scoreTasks: string;
  total: string;
  selfLevel: string;
  proposedLevel: string;
  finalLevel: string;
  /** Short code of the final (else proposed) level, e.g. "HTXSNV". */
  levelShort: string;
  decision: string;
  /** The decision's parts, for a list that names the deciding body once: "Đảng ủy …" and "số 12-QĐ/ĐU, 20/12/2026". */
  decisionBody?: string;
  decisionRef?: string;
  note: string;
}

export function buildReviewList(
  scheme: YearEndScheme,
  entries: ReadonlyArray<{ member: Member; review: YearReview; rollup?: MemberRollup }>,
  officeHoldersFirst = true,
): ReviewListRow[] {
  const sorted = sortMembers(
    entries.map((e) => ({
      ...e,
      familyName: e.member.familyName,
      middleName: e.member.middleName,
      givenName: e.member.givenName,
      partyPosition: e.member.partyPosition,
    })),
    officeHoldersFirst,
  );
  return sorted.map((e, i) => {
    const r = e.review;
    const total =
      r.scoreCommon !== undefined && r.scoreTasks !== undefined ? formatDecimal(roundHalfUp(r.scoreCommon + r.scoreTasks, 2)) : '';
    const position = [PARTY_POSITION_SHORT[e.member.partyPosition], e.member.govPosition].filter((s) => s && s !== 'Đảng viên').join(', ');
    const level = r.finalLevel ?? r.proposedLevel;
    return {
      index: i + 1,
      memberId: e.member.id,
      name: e.member.fullName,
      position,
      form: r.excluded ? '' : `Mẫu ${r.formVariant}`,
      monthsText: e.rollup ? `${e.rollup.monthsAssessed}/${e.rollup.monthsApplicable}` : '',
      praised: e.rollup?.timesPraised ?? 0,
      reminded: e.rollup?.timesReminded ?? 0,
      scoreCommon: r.scoreCommon !== undefined ? formatDecimal(r.scoreCommon) : '',
      scoreTasks: r.scoreTasks !== undefined ? formatDecimal(r.scoreTasks) : '',
      total,
      selfLevel: memberLevelLabel(scheme, r.selfLevel),
      proposedLevel: memberLevelLabel(scheme, r.proposedLevel),
      finalLevel: memberLevelLabel(scheme, r.finalLevel),
      levelShort: level && !r.excluded ? SHORT_LABELS[level] : '',
      decision: r.decision
        ? [r.decision.body, r.decision.number && `số ${r.decision.number}`, r.decision.date && formatDate(r.decision.date)]
            .filter(Boolean)
            .join(', ')
        : '',
      ...(r.decision
        ? {
            decisionBody: r.decision.body,
            decisionRef: [r.decision.number && `số ${r.decision.number}`, r.decision.date && formatDate(r.decision.date)]
              .filter(Boolean)
              .join(', '),
          }
        : {}),
      note: r.excluded ? `Không xếp loại: ${r.excluded.note ?? r.excluded.reason}` : '',
    };
  });
}
