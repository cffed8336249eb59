/**
 * What the importer recognises in each table: the official labels (from `model/labels.ts`, folded
 * and without their numbering), the aliases met in real reports, and the column header trees.
 */
import {
  ACTIVE_DOCUMENT_CELLS,
  APPLICANT_KEYS,
  REVIEW_CELL_KEYS,
  REVIEW_PART_KEYS,
  RESULT_GROUPS,
  type TableId,
} from '../../model/keys.js';
import {
  ACTIVE_LABELS,
  APPLICANTS_LABEL,
  APPLICATION_COLUMN_LABELS,
  APPLICATION_CORNER,
  APPLICATION_ROW_LABELS,
  LEGAL_PERSONS_LABEL,
  REVIEW_CELL_LABELS,
  REVIEW_GROUP_LABELS,
  REVIEW_TOP_LABELS,
  type Label,
} from '../../model/labels.js';
import { foldLabel } from './normalize.js';

export type TermKind =
  /** A row whose cells follow it: a 表三 row, a 表二 row. */
  | 'row'
  /** A 表三 row group (三、本年度办理结果, （三）不予公开 …). */
  | 'group'
  /** A column header, leaf or parent. */
  | 'column'
  /** Printed text that maps to nothing: the corner note, 申请人情况, 信息内容. */
  | 'ignore'
  /** 表二's 第二十条第（…）项 bands, each starting a block with its own headers. */
  | 'band'
  /** Subtotal rows and columns some templates add: recognised, then dropped. */
  | 'extra-row'
  | 'extra-column';

export interface Term {
  id: string;
  kind: TermKind;
  /** Folded label texts, numbering removed: the official one first. */
  texts: readonly string[];
  /** Misspellings met in published reports. */
  typos?: readonly string[];
  /** Labels of the 2019 format still printed in 2021-format tables. */
  legacy?: readonly string[];
  /** The numeral printed before the label ('三', '1'), to tell 3.其他 (a row) from 其他 (a column). */
  numbering?: string;
  label: Label;
}

export interface ColumnNode {
  term: string;
  /** Data key of a leaf column: `naturalPerson`, `review.upheld`, `issued`. */
  key?: string;
  extra?: boolean;
  children?: readonly ColumnNode[];
}

export interface Vocabulary {
  table: TableId;
  terms: readonly Term[];
  /** The column header tree (children of the root), as printed. */
  columns: readonly ColumnNode[];
  /** Terms that identify the table. */
  markers: ReadonlySet<string>;
}

/** Numbering before a label: （三） 三、 1. 1、 and a bare digit (NFKC turns ① into 1). */
export const NUMBERING = /^(?:\(([一二三四五六七八九十]{1,3}|\d{1,2})\)|([一二三四五六七八九十]{1,3})[、.]|(\d{1,2})[、.](?!\d)|(\d{1,2})(?![\d.,]))/;

/** The numeral of a numbering match. */
export function numeralOf(match: RegExpExecArray): string {
  return match[1] ?? match[2] ?? match[3] ?? match[4] ?? '';
}

/** A label folded, its numbering split off. */
function core(label: string): { text: string; numbering?: string } {
  const folded = foldLabel(label);
  const match = NUMBERING.exec(folded);
  return match ? { text: folded.slice(match[0].length), numbering: numeralOf(match) } : { text: folded };
}

function term(id: string, kind: TermKind, label: Label, extra: Partial<Pick<Term, 'typos' | 'legacy'>> & { aliases?: string[] } = {}): Term {
  const { text, numbering } = core(label.zh);
  return {
    id,
    kind,
    texts: [text, ...(extra.aliases ?? []).map(foldLabel)],
    ...(extra.typos ? { typos: extra.typos.map(foldLabel) } : {}),
    ...(extra.legacy ? { legacy: extra.legacy.map(foldLabel) } : {}),
    ...(numbering ? { numbering } : {}),
    label,
  };
}

const leaf = (key: string, termId = key): ColumnNode => ({ term: termId, key });
const SUBTOTAL_LABEL: Label = { zh: '小计', en: 'Subtotal' };

// --- 表二

const ACTIVE_ROWS = ['regulations', 'normativeDocuments', 'licensing', 'punishment', 'compulsion', 'fees'] as const;
const ACTIVE_COLUMNS = [...ACTIVE_DOCUMENT_CELLS, 'decisions', 'feeAmount'] as const;

const activeTerms: Term[] = [
  ...(['item1', 'item5', 'item6', 'item8'] as const).map((id) => ({ ...term(id, 'band', ACTIVE_LABELS[id]), texts: [foldLabel(ACTIVE_LABELS[id].zh)] })),
  term('content', 'ignore', ACTIVE_LABELS.content),
  ...ACTIVE_COLUMNS.map((id) =>
    term(id, 'column', ACTIVE_LABELS[id], id === 'feeAmount' ? { aliases: ['本年收费金额（万元）', '本年收费金额'] } : {}),
  ),
  ...ACTIVE_ROWS.map((id) => term(id, 'row', ACTIVE_LABELS[id], id === 'normativeDocuments' ? { legacy: ['规范性文件'] } : {})),
];

const activeVocabulary: Vocabulary = {
  table: 'active',
  terms: activeTerms,
  columns: ACTIVE_COLUMNS.map((id) => leaf(id)),
  markers: new Set(activeTerms.map((t) => t.id)),
};

// --- 表三

const applicationRowPaths = [
  'received',
  'carriedOver',
  'results',
  'results.granted',
  'results.partlyGranted',
  ...Object.entries(RESULT_GROUPS).flatMap(([group, keys]) => [`results.${group}`, ...keys.map((key) => `results.${group}.${key}`)]),
  'results.total',
  'carriedForward',
];
const isGroup = (path: string) => path === 'results' || (path.split('.').length === 2 && path.split('.')[1]! in RESULT_GROUPS);

const ROW_ALIASES: Record<string, Partial<Pick<Term, 'typos' | 'legacy'>> & { aliases?: string[] }> = {
  'results.partlyGranted': { aliases: ['部分公开'] },
  'results.withheld.lawProhibited': { typos: ['其他法律行政止公开'] },
  'results.withheld.internalAffairs': { typos: ['属于三类内容事务信息'] },
};

const applicationTerms: Term[] = [
  term('corner', 'ignore', APPLICATION_CORNER, { aliases: ['本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和'] }),
  term('applicants', 'ignore', APPLICANTS_LABEL),
  ...[...APPLICANT_KEYS, 'total' as const].map((key) => term(key, 'column', APPLICATION_COLUMN_LABELS[key])),
  term('legal', 'column', LEGAL_PERSONS_LABEL),
  term('subtotal', 'extra-column', SUBTOTAL_LABEL, { aliases: ['合计', '法人或其他组织小计'] }),
  ...applicationRowPaths.map((path) => term(path, isGroup(path) ? 'group' : 'row', APPLICATION_ROW_LABELS[path]!, ROW_ALIASES[path])),
  term('subtotalRow', 'extra-row', SUBTOTAL_LABEL, { aliases: ['合计'] }),
];

const applicationVocabulary: Vocabulary = {
  table: 'applications',
  terms: applicationTerms,
  columns: [
    leaf('naturalPerson'),
    { term: 'legal', children: [...APPLICANT_KEYS.slice(1).map((key) => leaf(key)), { term: 'subtotal', extra: true }] },
    leaf('total'),
    { term: 'subtotal', extra: true },
  ],
  markers: new Set(applicationTerms.filter((t) => !['total', 'other', 'subtotal', 'subtotalRow', 'results.total'].includes(t.id)).map((t) => t.id)),
};

// --- 表四

const reviewLeaves = (group: string): ColumnNode[] => REVIEW_CELL_KEYS.map((key) => leaf(`${group}.${key}`, key));

const reviewTerms: Term[] = [
  term('review', 'column', REVIEW_TOP_LABELS.review),
  term('litigation', 'column', REVIEW_TOP_LABELS.litigation),
  term('litigationDirect', 'column', REVIEW_GROUP_LABELS.litigationDirect),
  term('litigationAfterReview', 'column', REVIEW_GROUP_LABELS.litigationAfterReview),
  ...REVIEW_CELL_KEYS.map((key) => term(key, 'column', REVIEW_CELL_LABELS[key])),
];

const reviewVocabulary: Vocabulary = {
  table: 'reviews',
  terms: reviewTerms,
  columns: [
    { term: 'review', children: reviewLeaves('review') },
    {
      term: 'litigation',
      children: [
        { term: 'litigationDirect', children: reviewLeaves('litigationDirect') },
        { term: 'litigationAfterReview', children: reviewLeaves('litigationAfterReview') },
        // An overall 行政诉讼 总计 that some reports add.
        { term: 'total', extra: true },
      ],
    },
  ],
  markers: new Set(['review', 'litigation', 'litigationDirect', 'litigationAfterReview', ...REVIEW_PART_KEYS]),
};

export const VOCABULARIES: Record<TableId, Vocabulary> = {
  active: activeVocabulary,
  applications: applicationVocabulary,
  reviews: reviewVocabulary,
};

/** Row kinds: what a label in a row-label column can be. */
export const ROW_KINDS: ReadonlySet<TermKind> = new Set(['row', 'group', 'extra-row']);
/** Column kinds: what a label in a header row can be. */
export const COLUMN_KINDS: ReadonlySet<TermKind> = new Set(['column', 'extra-column', 'band']);
