/**
 * The keys of the report JSON, in the order the official tables print them.
 * The schema, the checker, the layouts and the importer are all built from these lists,
 * so the contract is written down once.
 */

/** 表三 columns: the six applicant columns, then 总计. */
export const APPLICANT_KEYS = ['naturalPerson', 'commercial', 'research', 'nonprofit', 'legalService', 'other'] as const;
export const APPLICATION_COLUMN_KEYS = [...APPLICANT_KEYS, 'total'] as const;
export type ApplicantKey = (typeof APPLICANT_KEYS)[number];
export type ApplicationColumnKey = (typeof APPLICATION_COLUMN_KEYS)[number];

export const WITHHELD_KEYS = [
  'stateSecret',
  'lawProhibited',
  'securityStability',
  'thirdPartyRights',
  'internalAffairs',
  'processInformation',
  'enforcementFiles',
  'queryMatters',
] as const;
export const UNAVAILABLE_KEYS = ['notHeld', 'needsCreation', 'stillUnclear'] as const;
export const NOT_PROCESSED_KEYS = ['complaint', 'repeated', 'publication', 'excessive', 'confirmation'] as const;
export const OTHER_HANDLING_KEYS = ['correctionOverdue', 'feeUnpaid', 'other'] as const;

/** 表三 result groups that hold sub-rows, in print order. */
export const RESULT_GROUPS = {
  withheld: WITHHELD_KEYS,
  unavailable: UNAVAILABLE_KEYS,
  notProcessed: NOT_PROCESSED_KEYS,
  otherHandling: OTHER_HANDLING_KEYS,
} as const;
export type ResultGroupKey = keyof typeof RESULT_GROUPS;

/** Keys of `applications.results`, in print order. */
export const RESULT_KEYS = ['granted', 'partlyGranted', 'withheld', 'unavailable', 'notProcessed', 'otherHandling', 'total'] as const;

/** Keys of `applications`. */
export const APPLICATION_KEYS = ['received', 'carriedOver', 'results', 'carriedForward'] as const;

/** 表四 groups and their cells. */
export const REVIEW_GROUP_KEYS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;
export const REVIEW_CELL_KEYS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export const REVIEW_PART_KEYS = ['upheld', 'corrected', 'other', 'pending'] as const;
export type ReviewGroupKey = (typeof REVIEW_GROUP_KEYS)[number];

/** 表二. */
export const ACTIVE_DOCUMENT_ROWS = ['regulations', 'normativeDocuments'] as const;
export const ACTIVE_DOCUMENT_CELLS = ['issued', 'repealed', 'inForce'] as const;
export const ACTIVE_SINGLE_CELLS = ['licensing', 'punishment', 'compulsion', 'fees'] as const;
export const ACTIVE_KEYS = [...ACTIVE_DOCUMENT_ROWS, ...ACTIVE_SINGLE_CELLS] as const;

export const SECTION_KEYS = ['overview', 'problems', 'other'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export const REPORT_KEYS = ['format', 'agency', 'year', 'title', 'publishedOn', 'active', 'applications', 'reviews', 'sections'] as const;

export const TABLE_IDS = ['active', 'applications', 'reviews'] as const;
export type TableId = (typeof TABLE_IDS)[number];
