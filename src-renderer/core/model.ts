/**
 * Entities of the pledge book (domain.md §10). Pure data: no Dexie, no React.
 * Dates are ISO calendar dates `YYYY-MM-DD` (no time zone), timestamps are ISO strings.
 * Every id is a string UUID that never changes.
 */
import type { DuesArrears } from './dues/arrears';
import type { DuesBasisEntry } from './dues/basis';
import type { DuesPayment } from './dues/ledger';
import type { DuesMonthTotals } from './dues/sheet';
import type { UnitReportPayload, UnitStatistics } from './exchange/schemas';

export type Id = string;
export type IsoDate = string; // YYYY-MM-DD
export type IsoDateTime = string; // full ISO 8601 timestamp

/** How this installation is used: a cell's secretary, or a superior committee consolidating cells. */
export type AppMode = 'cell' | 'aggregator';

export type UnitType =
  | 'chi_bo_truc_thuoc' // chi bộ trực thuộc đảng bộ cơ sở
  | 'chi_bo_co_so' // chi bộ cơ sở
  | 'dang_bo_bo_phan'
  | 'dang_bo_co_so'
  | 'dang_bo_cap_tren_co_so'
  | 'tinh';

/** One dated version of a unit's profile; a document prints the version valid on its date. */
export interface UnitProfileVersion {
  validFrom: IsoDate;
  name: string; // "Chi bộ Sở Tư pháp"
  superiorName: string; // "Đảng bộ các cơ quan Đảng tỉnh"
  superiorCommittee: string; // recipient, e.g. "Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh"
  placeName: string; // địa danh for the date line
  issuerCode: string; // "CB"
  termStart?: IsoDate; // nhiệm kỳ
  termEnd?: IsoDate;
  /** Office holders of this version (names as printed; a new version when they change). */
  secretary?: string; // bí thư
  deputySecretary?: string; // phó bí thư
  committeeMembers?: string[]; // chi ủy viên
}

export interface Unit {
  id: Id;
  code: string; // mã đơn vị, unique within the superior
  type: UnitType;
  parentCode?: string;
  /** Sorted by validFrom ascending; at least one. */
  history: UnitProfileVersion[];
  /** true for the unit this installation keeps (cell mode) or is (aggregator mode). */
  isOwn: boolean;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

export type Gender = 'nam' | 'nu';

export type PartyPosition = 'bi_thu' | 'pho_bi_thu' | 'chi_uy_vien' | 'dang_vien';

/** Kinds of dated status period (domain.md §10.2). */
export type MemberStatusKind =
  | 'du_bi' // probationary
  | 'chinh_thuc' // full member
  | 'mien_sinh_hoat' // miễn công tác và sinh hoạt đảng
  | 'dinh_chi' // đình chỉ sinh hoạt
  | 'sinh_hoat_tam_thoi' // temporarily attending elsewhere / here
  | 'chuyen_den' // transferred in (start of membership here)
  | 'chuyen_di' // transferred out (end of membership here)
  | 'tu_tran' // deceased
  | 'xoa_ten' // removed from the rolls
  | 'khai_tru'; // expelled

export interface MemberStatusPeriod {
  id: Id;
  kind: MemberStatusKind;
  from: IsoDate;
  to?: IsoDate; // inclusive; open-ended when absent
  reason?: string;
}

export interface Member {
  id: Id;
  unitId: Id;
  fullName: string; // NFC, as written
  familyName: string; // họ
  middleName: string; // tên đệm (may be empty)
  givenName: string; // tên
  /** Set when the automatic split is wrong (Tôn Nữ, Âu Dương, minority names). */
  nameSplitOverride: boolean;
  searchKey: string; // folded full name, for diacritic-free search
  gender?: Gender;
  birthDate?: IsoDate;
  admissionDate?: IsoDate; // ngày vào Đảng
  fullMembershipDate?: IsoDate; // ngày chính thức
  cardNumber?: string; // số thẻ đảng viên (optional)
  partyPosition: PartyPosition;
  govPosition?: string; // chức vụ chính quyền
  massOrgPosition?: string; // chức vụ đoàn thể
  workplace?: string; // đơn vị công tác
  residence?: string; // nơi cư trú (QĐ 213)
  isLeader: boolean; // giữ chức vụ lãnh đạo, quản lý → Mẫu 2A
  inPoliticalSystem: boolean; // → Mẫu 2B vs 2C
  statusPeriods: MemberStatusPeriod[];
  note?: string;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

/** Versioned rule data (frameworks, scales, rubrics, schemes, style profiles). */
export type RuleSetKind =
  | 'pledge_framework'
  | 'monthly_scale'
  | 'meeting_rubric'
  | 'year_end_scheme'
  | 'document_style'
  | 'quorum'
  | 'deadlines' // dates and offsets (core/calendar DeadlineRules; a superior package's year dates are a subset)
  | 'party_dues'; // đảng phí: groups, rates, rounding, warning thresholds (core/dues PartyDuesRules)

export interface RuleSet<T = unknown> {
  id: Id;
  kind: RuleSetKind;
  code: string; // e.g. "QD101-2012", "HD42-2025"
  name: string;
  version: number;
  validFrom: IsoDate;
  validTo?: IsoDate;
  source: 'preset' | 'superior' | 'local';
  /** Wording marked unverified in domain.md — the UI says it may be edited. */
  unverified?: boolean;
  data: T;
  updatedAt: IsoDateTime;
}

export interface FrameworkCategory {
  code: string;
  label: string;
  order: number;
  guidance?: string;
  subCriteria?: string[];
  unverified?: boolean;
  /** Heading of a group of categories (QĐ 08: "gương mẫu đi đầu thực hiện" / "kiên quyết chống"). */
  group?: string;
}

export interface PledgeFrameworkData {
  categories: FrameworkCategory[];
  /** A checklist framework (QĐ 55, QĐ 37): items are ticked, not written. */
  checklist?: boolean;
  /** Title printed on a form of this framework unless the form chooses another. */
  defaultTitleVariant?: PledgeTitleVariant;
  /** Default căn cứ text of a new form. */
  basis?: string;
  /** Closing commitment sentence of the form. */
  closing?: string;
  /** The form has a "chuyên đề" of the year (Chỉ thị 05). */
  hasTopicOfYear?: boolean;
  /** Short description shown in the framework chooser. */
  description?: string;
}

export type PledgeTitleVariant = 'dang_ky_neu_guong' | 'cam_ket_tu_duong' | 'hoc_tap_lam_theo';

export type PledgeFormState = 'draft' | 'submitted' | 'confirmed' | 'amended';

/** Who confirms a pledge form for the chi bộ (T/M CHI BỘ): the bí thư, or the phó bí thư (e.g. the bí thư's own form). */
export type ConfirmerRole = Extract<PartyPosition, 'bi_thu' | 'pho_bi_thu'>;

export interface PledgeItem {
  id: Id;
  categoryCode: string;
  action: string; // việc làm cụ thể
  target?: string; // chỉ tiêu đo được
  deadline?: IsoDate;
  /** A deadline that is not one date ("Hằng tháng", "Quý IV"); absent when `deadline` is set. */
  deadlineText?: string;
  evidence?: string;
}

export interface PledgeAmendment {
  at: IsoDate;
  reason: string;
  by: string;
  /** Items as they were before this amendment. */
  previousItems: PledgeItem[];
  /** Other texts as they were before this amendment (only those that changed). */
  previousBasis?: string;
  previousMeasures?: string;
  previousTopicOfYear?: string;
}

export interface PledgeForm {
  id: Id;
  memberId: Id;
  year: number;
  titleVariant: PledgeTitleVariant;
  /** Snapshot of the framework at registration: later edits of the framework do not rewrite it. */
  framework: {
    ruleSetId: Id;
    code: string;
    name: string;
    version: number;
    categories: FrameworkCategory[];
    checklist?: boolean;
    hasTopicOfYear?: boolean;
    closing?: string;
  };
  basis: string; // căn cứ
  measures: string; // biện pháp thực hiện
  topicOfYear?: string; // chuyên đề (Chỉ thị 05)
  items: PledgeItem[];
  state: PledgeFormState;
  registeredAt?: IsoDate;
  confirmedAt?: IsoDate;
  confirmedBy?: string;
  /** Office of the confirmer; absent (forms confirmed before it was stored) means the bí thư. */
  confirmedByRole?: ConfirmerRole;
  amendments: PledgeAmendment[];
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

export type NotApplicableReason = 'mien' | 'dinh_chi' | 'chua_vao_dang' | 'chuyen_di' | 'vang' | 'khac';

export interface ItemResult {
  itemId: Id;
  level?: string; // code of a level of the monthly scale
  note?: string;
}

/** One record per member per month, with its item results inside. */
export interface MonthlyAssessment {
  id: Id; // `${memberId}:${yyyy-mm}` is NOT used; a UUID keeps keys stable
  memberId: Id;
  unitId: Id;
  period: string; // YYYY-MM
  scaleCode: string;
  overallLevel?: string;
  selfNote?: string;
  cellLevel?: string;
  cellComment?: string;
  results: ItemResult[];
  notApplicable?: { reason: NotApplicableReason; note?: string };
  praised: boolean; // biểu dương
  reminded: boolean; // nhắc nhở
  meetingId?: Id;
  updatedAt: IsoDateTime;
}

export type MeetingType = 'thuong_ky' | 'chuyen_de' | 'ket_hop' | 'bat_thuong' | 'dai_hoi' | 'chi_uy';

export type AttendanceStatus = 'co_mat' | 'vang_co_ly_do' | 'vang_khong_ly_do' | 'mien' | 'tam_thoi';

export interface AttendanceEntry {
  memberId: Id;
  status: AttendanceStatus;
  reason?: string;
  /** Frozen when the minutes are finalised (so later roster edits do not change them). */
  name?: string;
  official?: boolean; // đảng viên chính thức on the meeting date
  counted?: boolean; // counted in the meeting's number of members (QĐ 24 mục 9.3.2)
}

export interface TaskRow {
  task: string;
  assignee?: string;
  deadline?: IsoDate;
  result?: string;
  status?: 'xong' | 'dang_lam' | 'chua_xong';
}

export interface Speech {
  speaker: string;
  summary: string;
}

export interface Vote {
  subject: string;
  partyBuilding: boolean; // kết nạp, chuyển chính thức, kỷ luật → chính thức only
  /** Admission (kết nạp) needs ≥ 2/3 of đảng viên chính thức; absent = ordinary majority. */
  kind?: 'general' | 'admission';
  inFavour: number;
  against: number;
  other: number;
}

export interface MeetingAmendment {
  at: IsoDate;
  reason: string;
  by: string;
  field: string;
  before: string;
  after: string;
}

export interface Meeting {
  id: Id;
  unitId: Id;
  type: MeetingType;
  period: string; // YYYY-MM
  date: IsoDate;
  startTime: string; // HH:mm
  endTime?: string;
  place: string;
  chairMemberId?: Id;
  secretaryMemberId?: Id;
  /** Names as printed (a guest may chair); set with the ids. */
  chairName?: string;
  chairTitle?: string; // "Bí thư chi bộ"
  secretaryName?: string;
  guests: string; // đại biểu cấp trên
  attendance: AttendanceEntry[];
  partyFees: string;
  news: string; // thông tin thời sự, văn bản quán triệt
  ideology: string; // tình hình tư tưởng
  lastMonthReview: TaskRow[];
  praise: string;
  reminders: string;
  exampleReports: string; // đảng viên báo cáo việc thực hiện nêu gương
  nextTasks: TaskRow[];
  speeches: Speech[];
  conclusion: string;
  votes: Vote[];
  topic?: { title: string; presenter: string; discussion: string; conclusion: string };
  quality?: { rubricCode: string; scores: Record<string, number>; total: number; level: string };
  documentNumber?: number;
  state: 'draft' | 'finalised';
  finalisedAt?: IsoDate;
  amendments: MeetingAmendment[];
  updatedAt: IsoDateTime;
}

export type DocumentTypeCode = 'BB' | 'NQ' | 'BC' | 'KH' | 'CTr' | 'TTr' | 'TB' | 'KL' | 'QĐ' | 'CV';

/** A numbered document issued by the unit (numbering per type within a term). */
export interface IssuedDocument {
  id: Id;
  unitId: Id;
  typeCode: DocumentTypeCode;
  termStart: IsoDate;
  number: number;
  issuedOn: IsoDate;
  summary: string; // trích yếu
  linkedId?: Id; // meeting or review round
  pdfSha256?: string;
  createdAt: IsoDateTime;
}

export type RatingLevel = 'xuat_sac' | 'tot' | 'hoan_thanh' | 'khong_hoan_thanh';

export interface YearReview {
  id: Id;
  memberId: Id;
  unitId: Id;
  year: number;
  reviewDate: IsoDate;
  excluded?: { reason: 'mien' | 'dinh_chi' | 'moi_ket_nap'; note?: string };
  formVariant: '2A' | '2B' | '2C';
  sections: Record<string, string>;
  scoreCommon?: number; // /30
  scoreTasks?: number; // /70
  exceededShare30?: boolean; // ≥ 30% tasks exceeded
  forcedFailure: string[]; // codes of conditions forcing Không hoàn thành
  selfLevel?: RatingLevel;
  votes?: Partial<Record<RatingLevel, number>>;
  /**
   * The denominator of the chi bộ vote: the cell's đảng viên chính thức on the review date
   * (dự bị do not vote, domain.md §4.6), stored with the vote. Absent on records stored before.
   */
  voters?: number;
  proposedLevel?: RatingLevel;
  finalLevel?: RatingLevel;
  decision?: { body: string; number: string; date: IsoDate };
  updatedAt: IsoDateTime;
}

export interface UnitReview {
  id: Id;
  unitId: Id;
  year: number;
  score?: number;
  selfLevel?: RatingLevel;
  finalLevel?: RatingLevel;
  outstanding: boolean; // đơn vị tiêu biểu → 25% cap
  report: { results: string; limits: string; proposals: string };
  updatedAt: IsoDateTime;
}

export type CommendationForm = 'giay_khen' | 'bang_khen' | 'co' | 'bieu_duong';

export interface Commendation {
  id: Id;
  recipient: { kind: 'member'; memberId: Id } | { kind: 'unit'; unitId: Id };
  year: number;
  form: CommendationForm;
  reason: string;
  issuer: string;
  decisionNumber?: string;
  decisionDate?: IsoDate;
  createdAt: IsoDateTime;
}

export interface ImportLogEntry {
  id: Id;
  at: IsoDateTime;
  fileName: string;
  kind: string;
  unitCode?: string;
  period?: string;
  sha256: string;
  /** 'exported': a file this installation saved for another unit (db/routine recordExport). */
  outcome: 'applied' | 'unchanged' | 'refused' | 'exported';
  message: string;
}

/** Settings of this installation (one record, key 'settings'). */
export interface AppSettings {
  mode: AppMode;
  ownUnitId?: Id;
  meetingDay: number; // default 3
  textSize: 'normal' | 'large' | 'xlarge';
  officeHoldersFirst: boolean;
  monthlyScaleCode: string;
  meetingRubricCode: string;
  /**
   * Document style profile: '' (DOCUMENT_STYLE_BY_DATE) = the profile valid on each document's
   * date (HD 36 before 27/5/2026, HD 05 from then); a code = always that profile.
   */
  documentStyleCode: string;
  /** When the secretary last chose the profile in Cài đặt (absent: never; see db/settings). */
  documentStyleChosenAt?: IsoDateTime;
  backupFolder?: string;
  setupDone: boolean;
  /** Exchange: send unit reports with totals only, no member-level records (privacy setting). */
  reportAggregateOnly?: boolean;
}

/**
 * Aggregator mode: one record per imported unit report with its typed summary — what the
 * dashboard reads. The report's whole payload is kept apart in `reportPayloads` (same id, schema
 * v2), read only for the drill-down, the spreadsheet and a consolidated report.
 */
export interface StoredUnitReport {
  id: Id;
  unitCode: string;
  unitName: string;
  parentCode?: string;
  periodKey: string; // "2026", "2026-11", "2026-Q4"
  year: number;
  exportedAt: IsoDateTime;
  importedAt: IsoDateTime;
  sha256: string;
  /** The report's figures (its `statistics`, checked at import). */
  summary: UnitStatistics;
  /** members / aggregate / consolidated (schema v2; v1 records get it from their payload on upgrade). */
  detail: UnitReportPayload['detail'];
  unitType?: UnitType;
  /** Consolidated reports: codes of every unit below the issuer that the totals include (overlap check). */
  coveredCodes?: string[];
  /** Đảng phí totals per month of the report's year (payload.dues.months), when the report carries them. */
  dues?: DuesMonthTotals[];
}

/** The payload of a stored unit report (schema v2: its own store, keyed by the report's id). */
export interface StoredReportPayload {
  id: Id;
  payload: UnitReportPayload;
}

// ---------- đảng phí and the secretary's calendar (issue 20) ----------

/** One đảng phí payment as stored: core/dues DuesPayment plus its unit and the time of the last change. */
export type StoredDuesPayment = DuesPayment & { unitId: Id; updatedAt: IsoDateTime };

/**
 * A member's dues basis with its dated history (core/dues basisFor). Its own table, not a field of
 * the member: salaries stay out of the roster and report files (personal data, Luật 91/2025).
 */
export interface DuesBasisRecord {
  id: Id;
  memberId: Id;
  unitId: Id;
  history: DuesBasisEntry[];
  /** Months the member owed from before the cell kept its dues in the app (entered once). */
  arrears?: DuesArrears;
  updatedAt: IsoDateTime;
}

/** An item of "Lịch việc" ticked off (core/calendar CalendarItem.key). */
export interface CalendarDoneRecord {
  id: Id;
  unitId: Id;
  key: string;
  doneAt: IsoDateTime;
}
