/**
 * Official labels of the 2021 format, verbatim from the shared spec `format.md` (full-width
 * punctuation included; sub-item numbers "1." are ASCII), with English translations for `lang="en"`.
 * `short` forms name a row or column inside a finding's message.
 */
import type { ApplicationColumnKey, ReviewGroupKey, SectionKey, TableId } from './keys.js';
import { bi as l, type Label, type Lang } from './text.js';

export { pick, type Label, type Lang } from './text.js';

export interface RowLabel extends Label {
  /** The short name used in messages, e.g. （七）总计 / Results total. */
  short: Label;
}

const row = (zh: string, en: string, shortZh: string, shortEn: string): RowLabel => ({ zh, en, short: l(shortZh, shortEn) });

export const TABLE_TITLES: Record<TableId, Label> = {
  active: l('主动公开政府信息情况', 'Information disclosed on the agency’s own initiative'),
  applications: l('收到和处理政府信息公开申请情况', 'Applications for government information received and handled'),
  reviews: l('政府信息公开行政复议、行政诉讼情况', 'Administrative reviews and lawsuits concerning information disclosure'),
};

export const SECTION_TITLES: Record<'overview' | TableId | 'problems' | 'other', Label> = {
  overview: l('一、总体情况', '1. Overview'),
  active: l('二、主动公开政府信息情况', '2. Information disclosed on the agency’s own initiative'),
  applications: l('三、收到和处理政府信息公开申请情况', '3. Applications for government information received and handled'),
  reviews: l('四、政府信息公开行政复议、行政诉讼情况', '4. Administrative reviews and lawsuits concerning information disclosure'),
  problems: l('五、存在的主要问题及改进情况', '5. Main problems and improvements'),
  other: l('六、其他需要报告的事项', '6. Other matters to report'),
};
export const SECTION_ORDER = ['overview', 'active', 'applications', 'reviews', 'problems', 'other'] as const;
export type SectionId = (typeof SECTION_ORDER)[number];
export const PROSE_SECTIONS: readonly SectionKey[] = ['overview', 'problems', 'other'];

// --- 表三

export const APPLICATION_CORNER = l(
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  '(In each column: item 1 plus item 2 equals item 3 plus item 4)',
);
export const APPLICANTS_LABEL = l('申请人情况', 'Applicants');
export const LEGAL_PERSONS_LABEL = l('法人或其他组织', 'Legal persons or other organisations');

export const APPLICATION_COLUMN_LABELS: Record<ApplicationColumnKey, RowLabel> = {
  naturalPerson: row('自然人', 'Natural persons', '自然人', 'natural persons'),
  commercial: row('商业企业', 'Commercial enterprises', '商业企业', 'commercial enterprises'),
  research: row('科研机构', 'Research institutions', '科研机构', 'research institutions'),
  nonprofit: row('社会公益组织', 'Public-interest organisations', '社会公益组织', 'public-interest organisations'),
  legalService: row('法律服务机构', 'Legal service providers', '法律服务机构', 'legal service providers'),
  other: row('其他', 'Other', '其他', 'other organisations'),
  total: row('总计', 'Total', '总计', 'total'),
};

/** Labels of 表三 rows and row groups, by their path under `applications`. */
export const APPLICATION_ROW_LABELS: Record<string, RowLabel> = {
  received: row('一、本年新收政府信息公开申请数量', '1. New applications received this year', '一、本年新收', 'New applications'),
  carriedOver: row('二、上年结转政府信息公开申请数量', '2. Applications carried over from last year', '二、上年结转', 'Carried over'),
  results: row('三、本年度办理结果', '3. Results this year', '三、本年度办理结果', 'Results'),
  'results.granted': row('（一）予以公开', '(1) Disclosed', '（一）予以公开', 'Disclosed'),
  'results.partlyGranted': row(
    '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    '(2) Partly disclosed (an application handled by separation counts here only, under no other result)',
    '（二）部分公开',
    'Partly disclosed',
  ),
  'results.withheld': row('（三）不予公开', '(3) Not disclosed', '（三）不予公开', 'Not disclosed'),
  'results.withheld.stateSecret': row('1.属于国家秘密', '1. State secret', '（三）1.属于国家秘密', 'Not disclosed: state secret'),
  'results.withheld.lawProhibited': row(
    '2.其他法律行政法规禁止公开',
    '2. Prohibited by other laws or administrative regulations',
    '（三）2.其他法律行政法规禁止公开',
    'Not disclosed: prohibited by law',
  ),
  'results.withheld.securityStability': row(
    '3.危及“三安全一稳定”',
    '3. Would endanger the “three securities and one stability”',
    '（三）3.危及“三安全一稳定”',
    'Not disclosed: security and stability',
  ),
  'results.withheld.thirdPartyRights': row(
    '4.保护第三方合法权益',
    '4. Protects the lawful rights of third parties',
    '（三）4.保护第三方合法权益',
    'Not disclosed: third-party rights',
  ),
  'results.withheld.internalAffairs': row(
    '5.属于三类内部事务信息',
    '5. Internal affairs information (three kinds)',
    '（三）5.属于三类内部事务信息',
    'Not disclosed: internal affairs',
  ),
  'results.withheld.processInformation': row(
    '6.属于四类过程性信息',
    '6. Process information (four kinds)',
    '（三）6.属于四类过程性信息',
    'Not disclosed: process information',
  ),
  'results.withheld.enforcementFiles': row(
    '7.属于行政执法案卷',
    '7. Administrative enforcement case files',
    '（三）7.属于行政执法案卷',
    'Not disclosed: enforcement files',
  ),
  'results.withheld.queryMatters': row(
    '8.属于行政查询事项',
    '8. Administrative query matters',
    '（三）8.属于行政查询事项',
    'Not disclosed: query matters',
  ),
  'results.unavailable': row('（四）无法提供', '(4) Cannot be provided', '（四）无法提供', 'Cannot be provided'),
  'results.unavailable.notHeld': row(
    '1.本机关不掌握相关政府信息',
    '1. Not held by this agency',
    '（四）1.本机关不掌握相关政府信息',
    'Cannot be provided: not held',
  ),
  'results.unavailable.needsCreation': row(
    '2.没有现成信息需要另行制作',
    '2. No existing information; would have to be created',
    '（四）2.没有现成信息需要另行制作',
    'Cannot be provided: would have to be created',
  ),
  'results.unavailable.stillUnclear': row(
    '3.补正后申请内容仍不明确',
    '3. Request still unclear after correction',
    '（四）3.补正后申请内容仍不明确',
    'Cannot be provided: still unclear',
  ),
  'results.notProcessed': row('（五）不予处理', '(5) Not processed', '（五）不予处理', 'Not processed'),
  'results.notProcessed.complaint': row(
    '1.信访举报投诉类申请',
    '1. Petitions, reports and complaints',
    '（五）1.信访举报投诉类申请',
    'Not processed: complaints',
  ),
  'results.notProcessed.repeated': row('2.重复申请', '2. Repeated applications', '（五）2.重复申请', 'Not processed: repeated'),
  'results.notProcessed.publication': row(
    '3.要求提供公开出版物',
    '3. Requests for public publications',
    '（五）3.要求提供公开出版物',
    'Not processed: publications',
  ),
  'results.notProcessed.excessive': row(
    '4.无正当理由大量反复申请',
    '4. Many repeated applications without good reason',
    '（五）4.无正当理由大量反复申请',
    'Not processed: excessive',
  ),
  'results.notProcessed.confirmation': row(
    '5.要求行政机关确认或重新出具已获取信息',
    '5. Requests to confirm or re-issue information already obtained',
    '（五）5.要求行政机关确认或重新出具已获取信息',
    'Not processed: confirmation',
  ),
  'results.otherHandling': row('（六）其他处理', '(6) Other handling', '（六）其他处理', 'Other handling'),
  'results.otherHandling.correctionOverdue': row(
    '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    '1. Applicant did not correct the application in time without good reason; no longer processed',
    '（六）1.逾期不补正',
    'Other handling: correction overdue',
  ),
  'results.otherHandling.feeUnpaid': row(
    '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    '2. Applicant did not pay the fee by the deadline in the fee notice; no longer processed',
    '（六）2.逾期未缴费',
    'Other handling: fee unpaid',
  ),
  'results.otherHandling.other': row('3.其他', '3. Other', '（六）3.其他', 'Other handling: other'),
  'results.total': row('（七）总计', '(7) Total', '（七）总计', 'Results total'),
  carriedForward: row('四、结转下年度继续办理', '4. Carried forward to next year', '四、结转下年度', 'Carried forward'),
};

// --- 表四

export const REVIEW_TOP_LABELS = {
  review: l('行政复议', 'Administrative review'),
  litigation: l('行政诉讼', 'Administrative litigation'),
};
export const REVIEW_GROUP_LABELS: Record<ReviewGroupKey, RowLabel> = {
  review: row('行政复议', 'Administrative review', '行政复议', 'Administrative review'),
  litigationDirect: row('未经复议直接起诉', 'Sued without prior review', '行政诉讼·未经复议直接起诉', 'Lawsuits without prior review'),
  litigationAfterReview: row('复议后起诉', 'Sued after review', '行政诉讼·复议后起诉', 'Lawsuits after review'),
};
export const REVIEW_CELL_LABELS = {
  upheld: l('结果维持', 'Upheld'),
  corrected: l('结果纠正', 'Corrected'),
  other: l('其他结果', 'Other outcome'),
  pending: l('尚未审结', 'Pending'),
  total: l('总计', 'Total'),
};

// --- 表二

export const ACTIVE_LABELS = {
  content: l('信息内容', 'Information'),
  item1: l('第二十条第（一）项', 'Article 20, item (1)'),
  item5: l('第二十条第（五）项', 'Article 20, item (5)'),
  item6: l('第二十条第（六）项', 'Article 20, item (6)'),
  item8: l('第二十条第（八）项', 'Article 20, item (8)'),
  issued: l('本年制发件数', 'Issued this year'),
  repealed: l('本年废止件数', 'Repealed this year'),
  inForce: l('现行有效件数', 'In force'),
  decisions: l('本年处理决定数量', 'Decisions this year'),
  feeAmount: l('本年收费金额（单位：万元）', 'Fees collected this year (unit: 10,000 yuan)'),
  regulations: l('规章', 'Rules'),
  normativeDocuments: l('行政规范性文件', 'Administrative normative documents'),
  licensing: l('行政许可', 'Administrative licensing'),
  punishment: l('行政处罚', 'Administrative penalties'),
  compulsion: l('行政强制', 'Administrative compulsion'),
  fees: l('行政事业性收费', 'Administrative fees'),
};

/** Words the views and messages need. */
export const UI_TEXT = {
  blank: l('未填报', 'not reported'),
  computed: l('计算值', 'computed'),
  computedMark: l('计', 'c'),
  findings: l('核对结果', 'Check results'),
  noFindings: l('未发现问题', 'No problems found'),
  loading: l('正在加载报告…', 'Loading report…'),
  invalidReport: l('报告数据有误，无法显示表格', 'The report data is invalid; the table cannot be shown'),
  loadFailed: l('报告加载失败', 'The report could not be loaded'),
  noReport: l('尚未提供报告数据', 'No report data yet'),
  noTable: l('本报告未提供此表', 'This report does not include this table'),
  scrollRegion: l('可横向滚动的表格', 'table, scrolls horizontally'),
  error: l('错误', 'Error'),
  warning: l('警告', 'Warning'),
  info: l('提示', 'Note'),
  year: l('年', ''),
  summary: l('核对摘要', 'Check summary'),
  unitYuan: l('万元', '10,000 yuan'),
  computedLegend: l('计算值：报告中此总计为空白，此处显示由各项相加得出的值。', 'Computed: the report left this total blank.'),
};

/** A table caption's second line: agency and year. */
export function tableSubtitle(agency: string, year: number, lang: Lang): string {
  return lang === 'en' ? `${agency}, ${year}` : `${agency} ${year}年`;
}
