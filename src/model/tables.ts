/**
 * The three official tables of the 2021 format (docs/spec/format.md §2.2–2.4), each described once:
 * the keys of the report JSON, the row and column header trees with their official labels (verbatim,
 * full-width punctuation included; sub-item numbers "1." are ASCII) and English translations, which
 * cells are totals, and the one variant real reports print (（六）其他处理 as a single row).
 * The schema, the cell index, the layout, the checker, the importer's vocabulary and the exports all
 * read the tables from here.
 */
import { bi as l, type Label } from './text.js';

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
const short = (zh: string, en: string) => ({ short: l(zh, en) });

// ---- 表二 主动公开政府信息情况

const activeColumnNames = {
  issued: node('issued', l('本年制发件数', 'Issued this year'), short('本年制发件数', 'issued this year')),
  repealed: node('repealed', l('本年废止件数', 'Repealed this year'), short('本年废止件数', 'repealed this year')),
  inForce: node('inForce', l('现行有效件数', 'In force'), short('现行有效件数', 'in force')),
};
const decisions = node(undefined, l('本年处理决定数量', 'Decisions this year'), { id: 'decisions', span: 3 });
const feeAmount = node(undefined, l('本年收费金额（单位：万元）', 'Fees collected this year (unit: 10,000 yuan)'), {
  id: 'feeAmount',
  span: 3,
  amount: true,
});
const activeCorner = { node: node(undefined, l('信息内容', 'Information'), { id: 'content' }), kind: 'header' as const };
const band = (id: string, zh: string, en: string) => node(undefined, l(zh, en), { id });

const ACTIVE: TableDefinition = {
  table: 'active',
  number: '表二',
  title: l('主动公开政府信息情况', 'Information disclosed on the agency’s own initiative'),
  sections: [
    {
      id: 'active-1',
      band: band('item1', '第二十条第（一）项', 'Article 20, item (1)'),
      corner: activeCorner,
      head: false,
      columns: ACTIVE_DOCUMENT_CELLS.map((key) => activeColumnNames[key]),
      rows: [
        node('regulations', l('规章', 'Rules')),
        node('normativeDocuments', l('行政规范性文件', 'Administrative normative documents')),
      ],
    },
    {
      id: 'active-5',
      band: band('item5', '第二十条第（五）项', 'Article 20, item (5)'),
      corner: activeCorner,
      head: false,
      columns: [decisions],
      rows: [node('licensing', l('行政许可', 'Administrative licensing'))],
    },
    {
      id: 'active-6',
      band: band('item6', '第二十条第（六）项', 'Article 20, item (6)'),
      corner: activeCorner,
      head: false,
      columns: [decisions],
      rows: [node('punishment', l('行政处罚', 'Administrative penalties')), node('compulsion', l('行政强制', 'Administrative compulsion'))],
    },
    {
      id: 'active-8',
      band: band('item8', '第二十条第（八）项', 'Article 20, item (8)'),
      corner: activeCorner,
      head: false,
      columns: [feeAmount],
      rows: [node('fees', l('行政事业性收费', 'Administrative fees'))],
    },
  ],
};

// ---- 表三 收到和处理政府信息公开申请情况

const applicantColumns: HeaderNode[] = [
  node(undefined, l('申请人情况', 'Applicants'), {
    id: 'applicants',
    children: [
      node('naturalPerson', l('自然人', 'Natural persons'), short('自然人', 'natural persons')),
      node(undefined, l('法人或其他组织', 'Legal persons or other organisations'), {
        id: 'legal',
        children: [
          node('commercial', l('商业企业', 'Commercial enterprises'), short('商业企业', 'commercial enterprises')),
          node('research', l('科研机构', 'Research institutions'), short('科研机构', 'research institutions')),
          node('nonprofit', l('社会公益组织', 'Public-interest organisations'), short('社会公益组织', 'public-interest organisations')),
          node('legalService', l('法律服务机构', 'Legal service providers'), short('法律服务机构', 'legal service providers')),
          node('other', l('其他', 'Other'), short('其他', 'other organisations')),
        ],
      }),
      node('total', l('总计', 'Total'), { ...short('总计', 'total'), total: true }),
    ],
  }),
];

/** A sub-row of a result group: its short name is the group's numbering before the label. */
const item = (group: string, key: string, zh: string, en: string, shortZh: string, shortEn: string) =>
  node(key, l(zh, en), short(`${group}${shortZh}`, shortEn));

const otherHandlingLabel = l('（六）其他处理', '(6) Other handling');
const otherHandlingRows = [
  item(
    '（六）',
    'correctionOverdue',
    '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    '1. Applicant did not correct the application in time without good reason; no longer processed',
    '1.逾期不补正',
    'Other handling: correction overdue',
  ),
  item(
    '（六）',
    'feeUnpaid',
    '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    '2. Applicant did not pay the fee by the deadline in the fee notice; no longer processed',
    '2.逾期未缴费',
    'Other handling: fee unpaid',
  ),
  item('（六）', 'other', '3.其他', '3. Other', '3.其他', 'Other handling: other'),
];

function applicationRows(singleOtherHandling: boolean): HeaderNode[] {
  const withheld = (key: string, zh: string, en: string, shortEn: string) => item('（三）', key, zh, en, zh, shortEn);
  const unavailable = (key: string, zh: string, en: string, shortEn: string) => item('（四）', key, zh, en, zh, shortEn);
  const notProcessed = (key: string, zh: string, en: string, shortEn: string) => item('（五）', key, zh, en, zh, shortEn);
  return [
    node(
      'received',
      l('一、本年新收政府信息公开申请数量', '1. New applications received this year'),
      short('一、本年新收', 'New applications'),
    ),
    node(
      'carriedOver',
      l('二、上年结转政府信息公开申请数量', '2. Applications carried over from last year'),
      short('二、上年结转', 'Carried over'),
    ),
    node('results', l('三、本年度办理结果', '3. Results this year'), {
      ...short('三、本年度办理结果', 'Results'),
      children: [
        node('granted', l('（一）予以公开', '(1) Disclosed'), short('（一）予以公开', 'Disclosed')),
        node(
          'partlyGranted',
          l(
            '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
            '(2) Partly disclosed (an application handled by separation counts here only, under no other result)',
          ),
          short('（二）部分公开', 'Partly disclosed'),
        ),
        node('withheld', l('（三）不予公开', '(3) Not disclosed'), {
          ...short('（三）不予公开', 'Not disclosed'),
          children: [
            withheld('stateSecret', '1.属于国家秘密', '1. State secret', 'Not disclosed: state secret'),
            withheld(
              'lawProhibited',
              '2.其他法律行政法规禁止公开',
              '2. Prohibited by other laws or administrative regulations',
              'Not disclosed: prohibited by law',
            ),
            withheld(
              'securityStability',
              '3.危及“三安全一稳定”',
              '3. Would endanger the “three securities and one stability”',
              'Not disclosed: security and stability',
            ),
            withheld(
              'thirdPartyRights',
              '4.保护第三方合法权益',
              '4. Protects the lawful rights of third parties',
              'Not disclosed: third-party rights',
            ),
            withheld(
              'internalAffairs',
              '5.属于三类内部事务信息',
              '5. Internal affairs information (three kinds)',
              'Not disclosed: internal affairs',
            ),
            withheld(
              'processInformation',
              '6.属于四类过程性信息',
              '6. Process information (four kinds)',
              'Not disclosed: process information',
            ),
            withheld(
              'enforcementFiles',
              '7.属于行政执法案卷',
              '7. Administrative enforcement case files',
              'Not disclosed: enforcement files',
            ),
            withheld('queryMatters', '8.属于行政查询事项', '8. Administrative query matters', 'Not disclosed: query matters'),
          ],
        }),
        node('unavailable', l('（四）无法提供', '(4) Cannot be provided'), {
          ...short('（四）无法提供', 'Cannot be provided'),
          children: [
            unavailable('notHeld', '1.本机关不掌握相关政府信息', '1. Not held by this agency', 'Cannot be provided: not held'),
            unavailable(
              'needsCreation',
              '2.没有现成信息需要另行制作',
              '2. No existing information; would have to be created',
              'Cannot be provided: would have to be created',
            ),
            unavailable(
              'stillUnclear',
              '3.补正后申请内容仍不明确',
              '3. Request still unclear after correction',
              'Cannot be provided: still unclear',
            ),
          ],
        }),
        node('notProcessed', l('（五）不予处理', '(5) Not processed'), {
          ...short('（五）不予处理', 'Not processed'),
          children: [
            notProcessed('complaint', '1.信访举报投诉类申请', '1. Petitions, reports and complaints', 'Not processed: complaints'),
            notProcessed('repeated', '2.重复申请', '2. Repeated applications', 'Not processed: repeated'),
            notProcessed('publication', '3.要求提供公开出版物', '3. Requests for public publications', 'Not processed: publications'),
            notProcessed(
              'excessive',
              '4.无正当理由大量反复申请',
              '4. Many repeated applications without good reason',
              'Not processed: excessive',
            ),
            notProcessed(
              'confirmation',
              '5.要求行政机关确认或重新出具已获取信息',
              '5. Requests to confirm or re-issue information already obtained',
              'Not processed: confirmation',
            ),
          ],
        }),
        node('otherHandling', otherHandlingLabel, {
          ...short('（六）其他处理', 'Other handling'),
          single: true,
          ...(singleOtherHandling ? {} : { children: otherHandlingRows }),
        }),
        node('total', l('（七）总计', '(7) Total'), { ...short('（七）总计', 'Results total'), total: true }),
      ],
    }),
    node('carriedForward', l('四、结转下年度继续办理', '4. Carried forward to next year'), short('四、结转下年度', 'Carried forward')),
  ];
}

const applicationCorner = {
  node: node(
    undefined,
    l(
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
      '(In each column: item 1 plus item 2 equals item 3 plus item 4)',
    ),
    { id: 'corner' },
  ),
  kind: 'note' as const,
};

const applicationTable = (singleOtherHandling: boolean): TableDefinition => ({
  table: 'applications',
  number: '表三',
  title: l('收到和处理政府信息公开申请情况', 'Applications for government information received and handled'),
  sections: [
    { id: 'applications', corner: applicationCorner, columns: applicantColumns, rows: applicationRows(singleOtherHandling), head: true },
  ],
});

// ---- 表四 政府信息公开行政复议、行政诉讼情况

const reviewCells: HeaderNode[] = [
  node('upheld', l('结果维持', 'Upheld'), short('结果维持', 'upheld')),
  node('corrected', l('结果纠正', 'Corrected'), short('结果纠正', 'corrected')),
  node('other', l('其他结果', 'Other outcome'), short('其他结果', 'other outcome')),
  node('pending', l('尚未审结', 'Pending'), short('尚未审结', 'pending')),
  node('total', l('总计', 'Total'), { ...short('总计', 'total'), total: true }),
];

const REVIEWS: TableDefinition = {
  table: 'reviews',
  number: '表四',
  title: l('政府信息公开行政复议、行政诉讼情况', 'Administrative reviews and lawsuits concerning information disclosure'),
  sections: [
    {
      id: 'reviews',
      head: true,
      columns: [
        node('review', l('行政复议', 'Administrative review'), { children: reviewCells }),
        node(undefined, l('行政诉讼', 'Administrative litigation'), {
          id: 'litigation',
          children: [
            node('litigationDirect', l('未经复议直接起诉', 'Sued without prior review'), {
              ...short('行政诉讼·未经复议直接起诉', 'Lawsuits without prior review'),
              children: reviewCells,
            }),
            node('litigationAfterReview', l('复议后起诉', 'Sued after review'), {
              ...short('行政诉讼·复议后起诉', 'Lawsuits after review'),
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
