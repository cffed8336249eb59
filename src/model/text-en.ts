/**
 * The English catalogue: the translation of every official label and every word the views and the
 * checker show, for `lang="en"`. The Chinese stays the official text; this translates it. A file of
 * its own in the drop-in build, loaded only for an English page.
 */

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** The official labels (table and section titles, row and column headers), by their Chinese. */
const labels: Record<string, string> = {
  主动公开政府信息情况: 'Information disclosed on the agency’s own initiative',
  '第二十条第（一）项': 'Article 20, item (1)',
  信息内容: 'Information',
  本年制发件数: 'Issued this year',
  本年废止件数: 'Repealed this year',
  现行有效件数: 'In force',
  规章: 'Rules',
  行政规范性文件: 'Administrative normative documents',
  '第二十条第（五）项': 'Article 20, item (5)',
  本年处理决定数量: 'Decisions this year',
  行政许可: 'Administrative licensing',
  '第二十条第（六）项': 'Article 20, item (6)',
  行政处罚: 'Administrative penalties',
  行政强制: 'Administrative compulsion',
  '第二十条第（八）项': 'Article 20, item (8)',
  '本年收费金额（单位：万元）': 'Fees collected this year (unit: 10,000 yuan)',
  行政事业性收费: 'Administrative fees',
  收到和处理政府信息公开申请情况: 'Applications for government information received and handled',
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）': '(In each column: item 1 plus item 2 equals item 3 plus item 4)',
  申请人情况: 'Applicants',
  自然人: 'Natural persons',
  法人或其他组织: 'Legal persons or other organisations',
  商业企业: 'Commercial enterprises',
  科研机构: 'Research institutions',
  社会公益组织: 'Public-interest organisations',
  法律服务机构: 'Legal service providers',
  其他: 'Other',
  总计: 'Total',
  '一、本年新收政府信息公开申请数量': '1. New applications received this year',
  '二、上年结转政府信息公开申请数量': '2. Applications carried over from last year',
  '三、本年度办理结果': '3. Results this year',
  '（一）予以公开': '(1) Disclosed',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）':
    '(2) Partly disclosed (an application handled by separation counts here only, under no other result)',
  '（三）不予公开': '(3) Not disclosed',
  '1.属于国家秘密': '1. State secret',
  '2.其他法律行政法规禁止公开': '2. Prohibited by other laws or administrative regulations',
  '3.危及“三安全一稳定”': '3. Would endanger the “three securities and one stability”',
  '4.保护第三方合法权益': '4. Protects the lawful rights of third parties',
  '5.属于三类内部事务信息': '5. Internal affairs information (three kinds)',
  '6.属于四类过程性信息': '6. Process information (four kinds)',
  '7.属于行政执法案卷': '7. Administrative enforcement case files',
  '8.属于行政查询事项': '8. Administrative query matters',
  '（四）无法提供': '(4) Cannot be provided',
  '1.本机关不掌握相关政府信息': '1. Not held by this agency',
  '2.没有现成信息需要另行制作': '2. No existing information; would have to be created',
  '3.补正后申请内容仍不明确': '3. Request still unclear after correction',
  '（五）不予处理': '(5) Not processed',
  '1.信访举报投诉类申请': '1. Petitions, reports and complaints',
  '2.重复申请': '2. Repeated applications',
  '3.要求提供公开出版物': '3. Requests for public publications',
  '4.无正当理由大量反复申请': '4. Many repeated applications without good reason',
  '5.要求行政机关确认或重新出具已获取信息': '5. Requests to confirm or re-issue information already obtained',
  '（六）其他处理': '(6) Other handling',
  '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请':
    '1. Applicant did not correct the application in time without good reason; no longer processed',
  '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请':
    '2. Applicant did not pay the fee by the deadline in the fee notice; no longer processed',
  '3.其他': '3. Other',
  '（七）总计': '(7) Total',
  '四、结转下年度继续办理': '4. Carried forward to next year',
  '政府信息公开行政复议、行政诉讼情况': 'Administrative reviews and lawsuits concerning information disclosure',
  行政复议: 'Administrative review',
  结果维持: 'Upheld',
  结果纠正: 'Corrected',
  其他结果: 'Other outcome',
  尚未审结: 'Pending',
  行政诉讼: 'Administrative litigation',
  未经复议直接起诉: 'Sued without prior review',
  复议后起诉: 'Sued after review',
  '一、总体情况': '1. Overview',
  '二、主动公开政府信息情况': '2. Information disclosed on the agency’s own initiative',
  '三、收到和处理政府信息公开申请情况': '3. Applications for government information received and handled',
  '四、政府信息公开行政复议、行政诉讼情况': '4. Administrative reviews and lawsuits concerning information disclosure',
  '五、存在的主要问题及改进情况': '5. Main problems and improvements',
  '六、其他需要报告的事项': '6. Other matters to report',
};

/** The short forms of rows and columns inside messages, by their Chinese. */
const shorts: Record<string, string> = {
  本年制发件数: 'issued this year',
  本年废止件数: 'repealed this year',
  现行有效件数: 'in force',
  自然人: 'natural persons',
  商业企业: 'commercial enterprises',
  科研机构: 'research institutions',
  社会公益组织: 'public-interest organisations',
  法律服务机构: 'legal service providers',
  其他: 'other organisations',
  总计: 'total',
  '一、本年新收': 'New applications',
  '二、上年结转': 'Carried over',
  '三、本年度办理结果': 'Results',
  '（一）予以公开': 'Disclosed',
  '（二）部分公开': 'Partly disclosed',
  '（三）不予公开': 'Not disclosed',
  '（三）1.属于国家秘密': 'Not disclosed: state secret',
  '（三）2.其他法律行政法规禁止公开': 'Not disclosed: prohibited by law',
  '（三）3.危及“三安全一稳定”': 'Not disclosed: security and stability',
  '（三）4.保护第三方合法权益': 'Not disclosed: third-party rights',
  '（三）5.属于三类内部事务信息': 'Not disclosed: internal affairs',
  '（三）6.属于四类过程性信息': 'Not disclosed: process information',
  '（三）7.属于行政执法案卷': 'Not disclosed: enforcement files',
  '（三）8.属于行政查询事项': 'Not disclosed: query matters',
  '（四）无法提供': 'Cannot be provided',
  '（四）1.本机关不掌握相关政府信息': 'Cannot be provided: not held',
  '（四）2.没有现成信息需要另行制作': 'Cannot be provided: would have to be created',
  '（四）3.补正后申请内容仍不明确': 'Cannot be provided: still unclear',
  '（五）不予处理': 'Not processed',
  '（五）1.信访举报投诉类申请': 'Not processed: complaints',
  '（五）2.重复申请': 'Not processed: repeated',
  '（五）3.要求提供公开出版物': 'Not processed: publications',
  '（五）4.无正当理由大量反复申请': 'Not processed: excessive',
  '（五）5.要求行政机关确认或重新出具已获取信息': 'Not processed: confirmation',
  '（六）其他处理': 'Other handling',
  '（六）1.逾期不补正': 'Other handling: correction overdue',
  '（六）2.逾期未缴费': 'Other handling: fee unpaid',
  '（六）3.其他': 'Other handling: other',
  '（七）总计': 'Results total',
  '四、结转下年度': 'Carried forward',
  结果维持: 'upheld',
  结果纠正: 'corrected',
  其他结果: 'other outcome',
  尚未审结: 'pending',
  '行政诉讼·未经复议直接起诉': 'Lawsuits without prior review',
  '行政诉讼·复议后起诉': 'Lawsuits after review',
};

const RULE_NAMES: Record<string, string> = {
  'cell.invalid': 'invalid values',
  'applications.row-total': 'row totals that differ from the six applicant columns',
  'applications.results-total': 'results totals that differ from the sum of the results',
  'applications.balance': 'columns that do not balance',
  'reviews.total': 'totals that differ from the sum of their parts',
  'text.mismatch': 'figures in the text that differ from the table',
  'previous.carried-over': 'carried-over counts that differ from last year’s report',
  'previous.in-force': 'in-force counts that do not follow from last year’s report',
};

/** The views' words (model/ui-text.ts has the Chinese of each, by the same key). */
const ui = {
  blank: 'not reported',
  computedMark: 'c',
  computedWords: ' (computed)',
  computedLegend: 'Computed: the report left this total blank.',
  computedLegendFormulas: 'Computed: the report left this total blank. Such totals are formulas over their parts, in italics.',
  findings: 'Check results',
  noFindings: 'No problems found',
  noFindingsLine: 'no findings',
  summary: 'Check summary',
  loading: 'Loading report…',
  invalidReport: 'The report data is invalid; the table cannot be shown',
  loadFailed: 'The report could not be loaded',
  noReport: 'No report data yet',
  noTable: 'This report does not include this table',
  noSection: 'Not provided in this report.',
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
  importedFromPage: 'Imported from the table on this page',
  readingReport: 'Reading the report',
  columnShown: 'Column shown',
  wholeTable: 'Show the whole table',
  proseMarkNote: ' (differs from the table; go to the cell)',
  headed: (heading: string, text: string) => `${heading}: ${text}`,
  subtitle: (agency: string, year: number) => `${agency}, ${year}`,
  reportTitle: (agency: string, year: number) => `${agency}: annual report on government information disclosure, ${year}`,
  publishedOn: (date: string) => `Published ${date}`,
  problemCount: (count: number) => ` (${count})`,
  moreProblems: (count: number) => `and ${count} more, not listed`,
  noteCount: (count: number) => plural(count, 'note'),
  line: (line: number) => `Line ${line}`,
  page: (page: number) => `Page ${page}`,
  linePrefix: (line: number) => `line ${line}: `,
  pagePrefix: (page: number) => `p. ${page}: `,
  severityCounts: (errors: number, warnings: number, infos: number) =>
    [errors && plural(errors, 'error'), warnings && plural(warnings, 'warning'), infos && plural(infos, 'note')].filter(Boolean).join(', '),
  comparedWith: (file: string, agency: string, year: number, paired: boolean) =>
    `compared with last year’s report: ${file} (${agency}, ${year}${paired ? ', paired by agency and year' : ''})`,
  notYearBefore: (file: string, year: number, expected: number) =>
    `not compared with ${file}: its year is ${year}, not the year before (${expected})`,
  previousUnreadable: (problem: string) => `Last year’s report could not be read and was not compared: ${problem}`,
  previousAmbiguous: (files: readonly string[]) => `more than one report of the year before (${files.join(', ')}): not compared`,
  findingGroup: (rule: string, table: string, count: number) =>
    rule === 'cell.blank'
      ? `${count} ${table === 'reviews' ? 'groups' : 'rows'} not reported${table === 'active' ? '' : ', counted as 0'}`
      : `${count} ${RULE_NAMES[rule] ?? rule}`,
  filesChecked: (total: number, errors: number, warnings: number, clean: number, unreadable: number) =>
    `${total} files checked: ${errors} with errors, ${warnings} with warnings only, ${clean} without either, ${unreadable} unreadable`,
};

/** The checker's messages (check/messages.ts has the Chinese of each, by the same key); numbers come formatted. */
const messages = {
  invalidCount: (cell: string, value: string) => `${cell}: ${value} is not a count (a whole number, zero or more)`,
  invalidAmount: (cell: string, value: string) => `${cell}: ${value} is not an amount (a number, zero or more)`,
  blank: (row: string, columns: readonly string[], counted: boolean) => {
    if (columns.length === 6) return `${row}: no applicant column reported${counted ? ', counted as 0' : ''}`;
    const which = columns.length ? ` (${columns.join(', ')})` : '';
    const cells = columns.length === 1 ? '1 cell' : `${columns.length || 1} cells`;
    return `${row}: ${columns.length ? cells : 'the cell'} not reported${which}${counted ? ', counted as 0' : ''}`;
  },
  computed: (count: number) => `${count} blank total ${count === 1 ? 'cell shows its' : 'cells show their'} computed value`,
  rowTotal: (cell: string, expected: string, actual: string) =>
    `${cell}: ${expected} expected (sum of the six applicant columns), report says ${actual}`,
  resultsTotal: (cell: string, expected: string, actual: string) => `${cell}: ${expected} expected (sum of results), report says ${actual}`,
  balance: (column: string, expected: string, actual: string) =>
    `Column ${column}: new applications plus carried over make ${expected}, but results total plus carried forward make ${actual}`,
  reviewTotal: (cell: string, expected: string, actual: string) =>
    `${cell}: ${expected} expected (upheld + corrected + other + pending), report says ${actual}`,
  textMismatch: (section: string, quote: string, figure: string, stated: string, shown: string) =>
    `${section}: “${quote}” gives ${stated} for ${figure}, but the table shows ${shown}`,
  feeNotice: (cell: string, count: string, section: string) =>
    `${cell}: ${count}, but section “${section}” says nothing of information processing fees or charges`,
  carriedOver: (cell: string, actual: string, previous: string, previousCell: string, expected: string) =>
    `${cell}: ${actual}, but ${previousCell} of last year’s report (${previous}) is ${expected}`,
  inForce: (row: string, actual: string, before: string, issued: string, repealed: string, previous: string, makes: string) =>
    `${row}, in force: ${actual}, but last year’s report (${previous}) had ${before} in force; with ${issued} issued and ${repealed} repealed this year that makes ${makes}`,
  reportName: (agency: string, year: number) => `${agency}, ${year}`,
};

/** Why a report could not be loaded (load/, model/json-text.ts have the Chinese). */
const load = {
  network: (url: string, detail: string) => `${url}: network error, could not load (${detail})`,
  http: (url: string, status: string) => `${url}: the server answered ${status}`,
  unexpected: (detail: string) => `Unexpected error: ${detail}`,
  tooLarge: (where: string, megabytes: number) => `${where}: too large (the limit is ${megabytes} MB), not read`,
  escapedQuotes: 'quotes were escaped as &quot; (rich-text editors do this); paste the JSON in source mode',
  fullWidth: (char: string, ascii: string | undefined) => `this is a full-width “${char}”; JSON needs the ASCII ${ascii}`,
  notJson: (where: string, line: number | undefined, detail: string, hint: string | undefined) =>
    `${where}: not valid JSON${line ? ` (line ${line})` : ''}: ${detail}${hint ? `; ${hint}` : ''}`,
};

export const EN = { labels, shorts, ui, messages, load };

export type English = typeof EN;
