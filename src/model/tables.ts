/**
 * The three official tables of the 2021 format (docs/spec/format.md §2.2–2.4), each described once:
 * the keys of the report JSON, the row and column header trees with their official labels (verbatim,
 * full-width punctuation included; sub-item numbers "1." are ASCII) and English translations, which
 * cells are totals, and the one variant real reports print (（六）其他处理 as a single row).
 * The schema, the cell index, the layout, the checker, the importer's vocabulary and the exports all
 * read the tables from here.
 */
import { label as l, shortLabel, type Label } from './text.js';

// ---- keys of the report JSON, in print order

export const TABLE_IDS = ['active', 'applications', 'reviews'] as const;
export type TableId = (typeof TABLE_IDS)[number];

/** 表三 columns: the six applicant columns, then 总计. */
export const APPLICANT_KEYS = ['naturalPerson', 'commercial', 'research', 'nonprofit', 'legalService', 'other'] as const;
export const APPLICATION_COLUMN_KEYS = [...APPLICANT_KEYS, 'total'] as const;
export type ApplicantKey = (typeof APPLICANT_KEYS)[number];
export type ApplicationColumnKey = (typeof APPLICATION_COLUMN_KEYS)[number];

/** 表三 result groups that hold sub-rows, in print order. */
export const RESULT_GROUPS = {
  withheld: [
    'stateSecret',
    'lawProhibited',
    'securityStability',
    'thirdPartyRights',
    'internalAffairs',
    'processInformation',
    'enforcementFiles',
    'queryMatters',
  ],
  unavailable: ['notHeld', 'needsCreation', 'stillUnclear'],
  notProcessed: ['complaint', 'repeated', 'publication', 'excessive', 'confirmation'],
  otherHandling: ['correctionOverdue', 'feeUnpaid', 'other'],
} as const;
export type ResultGroupKey = keyof typeof RESULT_GROUPS;

/** 表四 groups and their cells. */
export const REVIEW_GROUP_KEYS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;
export const REVIEW_CELL_KEYS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export type ReviewGroupKey = (typeof REVIEW_GROUP_KEYS)[number];

/** 表二: two rows of three counts, then rows of one cell. */
export const ACTIVE_DOCUMENT_ROWS = ['regulations', 'normativeDocuments'] as const;
export const ACTIVE_DOCUMENT_CELLS = ['issued', 'repealed', 'inForce'] as const;
export const ACTIVE_SINGLE_CELLS = ['licensing', 'punishment', 'compulsion', 'fees'] as const;

// ---- the definition

export interface HeaderNode {
  /** The path segment this header adds to the cells under it; absent for headers that add none (申请人情况). */
  key?: string;
  /** Names a header that has no key, for readers that recognise it (申请人情况 `applicants`, 本年处理决定数量 `decisions`). */
  id?: string;
  label: Label;
  /** The name of this row or column inside a finding's message, when it differs from the label. */
  short?: Label;
  children?: readonly HeaderNode[];
  /** Leaf only: how many grid columns its cells span (表二's single value cell spans three). */
  span?: number;
  /** The cells under this header are totals: the sum of the other cells under this header's parent. */
  total?: boolean;
  /** Cells under this header hold an amount (万元, decimals allowed), not a count. */
  amount?: boolean;
  /** A row group that some reports print as one row of its own (（六）其他处理). */
  single?: boolean;
}

export interface SectionDefinition {
  /** Unique within the table; prefixes the section's header ids. */
  id: string;
  /** A full-width header row above the section (表二's 第二十条 bands). */
  band?: HeaderNode;
  /** The cell over the row-header columns: a printed note (表三) or a header of its own (表二's 信息内容). */
  corner?: { node: HeaderNode; kind: 'note' | 'header' };
  columns: readonly HeaderNode[];
  /** Row-header tree; absent for a single unlabelled data row (表四). */
  rows?: readonly HeaderNode[];
  /** Whether the column-header rows belong in `<thead>`. */
  head: boolean;
}

export interface TableDefinition {
  table: TableId;
  /** 表二, 表三, 表四 (the numbering of the official text; the same in English). */
  number: string;
  title: Label;
  sections: readonly SectionDefinition[];
}

const node = (key: string | undefined, label: Label, extra: Omit<HeaderNode, 'key' | 'label'> = {}): HeaderNode => ({
  ...(key ? { key } : {}),
  label,
  ...extra,
});
const short = (zh: string) => ({ short: shortLabel(zh) });
/** A node whose name in messages is its label itself. */
const named = (key: string, zh: string, extra: Omit<HeaderNode, 'key' | 'label' | 'short'> = {}): HeaderNode =>
  node(key, l(zh), { ...short(zh), ...extra });

// ---- 表二 主动公开政府信息情况

const activeColumnNames = {
  issued: named('issued', '本年制发件数'),
  repealed: named('repealed', '本年废止件数'),
  inForce: named('inForce', '现行有效件数'),
};
const decisions = node(undefined, l('本年处理决定数量'), { id: 'decisions', span: 3 });
const feeAmount = node(undefined, l('本年收费金额（单位：万元）'), {
  id: 'feeAmount',
  span: 3,
  amount: true,
});
const activeCorner = { node: node(undefined, l('信息内容'), { id: 'content' }), kind: 'header' as const };
const band = (id: string, zh: string) => node(undefined, l(zh), { id });

const ACTIVE: TableDefinition = {
  table: 'active',
  number: '表二',
  title: l('主动公开政府信息情况'),
  sections: [
    {
      id: 'active-1',
      band: band('item1', '第二十条第（一）项'),
      corner: activeCorner,
      head: false,
      columns: ACTIVE_DOCUMENT_CELLS.map((key) => activeColumnNames[key]),
      rows: [node('regulations', l('规章')), node('normativeDocuments', l('行政规范性文件'))],
    },
    {
      id: 'active-5',
      band: band('item5', '第二十条第（五）项'),
      corner: activeCorner,
      head: false,
      columns: [decisions],
      rows: [node('licensing', l('行政许可'))],
    },
    {
      id: 'active-6',
      band: band('item6', '第二十条第（六）项'),
      corner: activeCorner,
      head: false,
      columns: [decisions],
      rows: [node('punishment', l('行政处罚')), node('compulsion', l('行政强制'))],
    },
    {
      id: 'active-8',
      band: band('item8', '第二十条第（八）项'),
      corner: activeCorner,
      head: false,
      columns: [feeAmount],
      rows: [node('fees', l('行政事业性收费'))],
    },
  ],
};

// ---- 表三 收到和处理政府信息公开申请情况

const applicantColumns: HeaderNode[] = [
  node(undefined, l('申请人情况'), {
    id: 'applicants',
    children: [
      named('naturalPerson', '自然人'),
      node(undefined, l('法人或其他组织'), {
        id: 'legal',
        children: [
          named('commercial', '商业企业'),
          named('research', '科研机构'),
          named('nonprofit', '社会公益组织'),
          named('legalService', '法律服务机构'),
          named('other', '其他'),
        ],
      }),
      named('total', '总计', { total: true }),
    ],
  }),
];

/** A sub-row of a result group: its short name is the group's numbering before the label. */
const item = (group: string, key: string, zh: string, shortZh: string) => node(key, l(zh), short(`${group}${shortZh}`));

const otherHandlingLabel = l('（六）其他处理');
const otherHandlingRows = [
  item('（六）', 'correctionOverdue', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '1.逾期不补正'),
  item('（六）', 'feeUnpaid', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '2.逾期未缴费'),
  item('（六）', 'other', '3.其他', '3.其他'),
];

function applicationRows(singleOtherHandling: boolean): HeaderNode[] {
  const withheld = (key: string, zh: string) => item('（三）', key, zh, zh);
  const unavailable = (key: string, zh: string) => item('（四）', key, zh, zh);
  const notProcessed = (key: string, zh: string) => item('（五）', key, zh, zh);
  return [
    node('received', l('一、本年新收政府信息公开申请数量'), short('一、本年新收')),
    node('carriedOver', l('二、上年结转政府信息公开申请数量'), short('二、上年结转')),
    named('results', '三、本年度办理结果', {
      children: [
        named('granted', '（一）予以公开'),
        node('partlyGranted', l('（二）部分公开（区分处理的，只计这一情形，不计其他情形）'), short('（二）部分公开')),
        named('withheld', '（三）不予公开', {
          children: [
            withheld('stateSecret', '1.属于国家秘密'),
            withheld('lawProhibited', '2.其他法律行政法规禁止公开'),
            withheld('securityStability', '3.危及“三安全一稳定”'),
            withheld('thirdPartyRights', '4.保护第三方合法权益'),
            withheld('internalAffairs', '5.属于三类内部事务信息'),
            withheld('processInformation', '6.属于四类过程性信息'),
            withheld('enforcementFiles', '7.属于行政执法案卷'),
            withheld('queryMatters', '8.属于行政查询事项'),
          ],
        }),
        named('unavailable', '（四）无法提供', {
          children: [
            unavailable('notHeld', '1.本机关不掌握相关政府信息'),
            unavailable('needsCreation', '2.没有现成信息需要另行制作'),
            unavailable('stillUnclear', '3.补正后申请内容仍不明确'),
          ],
        }),
        named('notProcessed', '（五）不予处理', {
          children: [
            notProcessed('complaint', '1.信访举报投诉类申请'),
            notProcessed('repeated', '2.重复申请'),
            notProcessed('publication', '3.要求提供公开出版物'),
            notProcessed('excessive', '4.无正当理由大量反复申请'),
            notProcessed('confirmation', '5.要求行政机关确认或重新出具已获取信息'),
          ],
        }),
        node('otherHandling', otherHandlingLabel, {
          ...short('（六）其他处理'),
          single: true,
          ...(singleOtherHandling ? {} : { children: otherHandlingRows }),
        }),
        named('total', '（七）总计', { total: true }),
      ],
    }),
    node('carriedForward', l('四、结转下年度继续办理'), short('四、结转下年度')),
  ];
}

const applicationCorner = {
  node: node(undefined, l('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'), { id: 'corner' }),
  kind: 'note' as const,
};

const applicationTable = (singleOtherHandling: boolean): TableDefinition => ({
  table: 'applications',
  number: '表三',
  title: l('收到和处理政府信息公开申请情况'),
  sections: [
    { id: 'applications', corner: applicationCorner, columns: applicantColumns, rows: applicationRows(singleOtherHandling), head: true },
  ],
});

// ---- 表四 政府信息公开行政复议、行政诉讼情况

const reviewCells: HeaderNode[] = [
  named('upheld', '结果维持'),
  named('corrected', '结果纠正'),
  named('other', '其他结果'),
  named('pending', '尚未审结'),
  named('total', '总计', { total: true }),
];

const REVIEWS: TableDefinition = {
  table: 'reviews',
  number: '表四',
  title: l('政府信息公开行政复议、行政诉讼情况'),
  sections: [
    {
      id: 'reviews',
      head: true,
      columns: [
        node('review', l('行政复议'), { children: reviewCells }),
        node(undefined, l('行政诉讼'), {
          id: 'litigation',
          children: [
            node('litigationDirect', l('未经复议直接起诉'), {
              ...short('行政诉讼·未经复议直接起诉'),
              children: reviewCells,
            }),
            node('litigationAfterReview', l('复议后起诉'), {
              ...short('行政诉讼·复议后起诉'),
              children: reviewCells,
            }),
          ],
        }),
      ],
    },
  ],
};

// ---- choosing the definition for a report

/** The variants of a table a report can print. Only 表三 has one: （六）其他处理 as a single row. */
export type TableVariant = 'official' | 'single-other-handling';

const DEFINITIONS: Record<TableId, Partial<Record<TableVariant, TableDefinition>>> = {
  active: { official: ACTIVE },
  applications: { official: applicationTable(false), 'single-other-handling': applicationTable(true) },
  reviews: { official: REVIEWS },
};

/** Whether a report prints （六）其他处理 as one row: its cells sit directly under `otherHandling`. */
export function variantOf(table: TableId, report?: { applications?: { results: { otherHandling: object } } | undefined }): TableVariant {
  const otherHandling = table === 'applications' ? report?.applications?.results.otherHandling : undefined;
  return otherHandling && 'naturalPerson' in otherHandling ? 'single-other-handling' : 'official';
}

/** The definition of a table as a report prints it (the official one when no report is given). */
export function tableDefinition(table: TableId, variant: TableVariant = 'official'): TableDefinition {
  return DEFINITIONS[table][variant] ?? DEFINITIONS[table].official!;
}

/** The title of each table. */
export const TABLE_TITLES: Record<TableId, Label> = {
  active: ACTIVE.title,
  applications: DEFINITIONS.applications.official!.title,
  reviews: REVIEWS.title,
};
