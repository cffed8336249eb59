/**
 * Every word the views and the command line show that is not an official label: one catalogue, with
 * the phrases that carry a number or a name as functions. Views pick a language with `pick`; none of
 * them builds a sentence of its own. The Chinese is here; the English, by the same keys, in the
 * English catalogue (text-en.ts), loaded for English pages only. (The checker's and the importer's
 * messages are the catalogues of their own domains.)
 */
import type { English } from './text-en.js';
import { translated, type Bilingual } from './text.js';

type Words = English['ui'];
type Static = { [K in keyof Words]: Words[K] extends string ? K : never }[keyof Words];

/** What a rule checks, in the line that folds its findings. */
const RULE_NAMES: Record<string, string> = {
  'cell.invalid': '数值无效',
  'applications.row-total': '行总计与六类申请人之和不符',
  'applications.results-total': '（七）总计与各项办理结果之和不符',
  'applications.balance': '栏目的勾稽关系不符',
  'reviews.total': '总计与各项之和不符',
  'text.mismatch': '正文数字与表格不一致',
  'previous.carried-over': '上年结转与上年报告不一致',
  'previous.in-force': '现行有效件数与上年报告不衔接',
};

/** A word of the catalogue: its Chinese here, its English by the same key. */
const word = (key: Static, zh: string): Bilingual => translated(zh, (en) => en.ui[key]);

export const UI = {
  blank: word('blank', '未填报'),
  computedMark: word('computedMark', '计'),
  /** The accessible words after a computed value. */
  computedWords: word('computedWords', '（计算值）'),
  computedLegend: word('computedLegend', '计算值：报告中此总计为空白，此处显示由各项相加得出的值。'),
  findings: word('findings', '核对结果'),
  noFindings: word('noFindings', '未发现问题'),
  summary: word('summary', '核对摘要'),
  loading: word('loading', '正在加载报告…'),
  invalidReport: word('invalidReport', '报告数据有误，无法显示表格'),
  loadFailed: word('loadFailed', '报告加载失败'),
  noReport: word('noReport', '尚未提供报告数据'),
  noTable: word('noTable', '本报告未提供此表'),
  noSection: word('noSection', '本报告未提供此部分内容。'),
  error: word('error', '错误'),
  warning: word('warning', '警告'),
  info: word('info', '提示'),
  importedFromPage: word('importedFromPage', '从本页表格导入'),
  readingReport: word('readingReport', '读取报告'),
  /** The narrow screen's control: which column of the table is shown. */
  columnShown: word('columnShown', '显示的列'),
  wholeTable: word('wholeTable', '显示整表'),
  /** Read after a clause of the prose that a finding quotes (it links to the table cell). */
  /** A heading followed by what it introduces: 「核对结果：2 个错误」. */
  headed: (heading: Bilingual, text: Bilingual): Bilingual =>
    translated(`${heading.zh}：${text.zh}`, (en) => en.ui.headed(heading.en, text.en)),
  /** A table caption's second line: agency and year. */
  subtitle: (agency: string, year: number): Bilingual => translated(`${agency} ${year}年`, (en) => en.ui.subtitle(agency, year)),
  /** The contract's default report title. */
  reportTitle: (agency: string, year: number): Bilingual =>
    translated(`${agency}${year}年政府信息公开工作年度报告`, (en) => en.ui.reportTitle(agency, year)),
  publishedOn: (date: string): Bilingual => translated(`发布日期：${date}`, (en) => en.ui.publishedOn(date)),
  /** The count after an error panel's title. */
  problemCount: (count: number): Bilingual => translated(`（${count} 处）`, (en) => en.ui.problemCount(count)),
  /** The last line of an error panel that lists only the first problems. */
  moreProblems: (count: number): Bilingual => translated(`另有 ${count} 处未列出`, (en) => en.ui.moreProblems(count)),
  noteCount: (count: number): Bilingual => translated(`${count} 条说明`, (en) => en.ui.noteCount(count)),
  line: (line: number): Bilingual => translated(`第 ${line} 行`, (en) => en.ui.line(line)),
  /** Where a note of a PDF's import was found. */
  page: (page: number): Bilingual => translated(`第 ${page} 页`, (en) => en.ui.page(page)),
  /** Counts by severity: 「2 个错误、1 个警告」, "2 errors, 1 warning"; '' for none. */
  severityCounts: ({ errors, warnings, infos }: { errors: number; warnings: number; infos: number }): Bilingual =>
    translated(
      [errors && `${errors} 个错误`, warnings && `${warnings} 个警告`, infos && `${infos} 条提示`].filter(Boolean).join('、'),
      (en) => en.ui.severityCounts(errors, warnings, infos),
    ),
  /** An element's `previous` / `previous-src` report that could not be read. */
  previousUnreadable: (problem: Bilingual): Bilingual =>
    translated(`上年报告无法读取，未与上年比对：${problem.zh}`, (en) => en.ui.previousUnreadable(problem.en)),
  /** The line that folds findings of one rule in one table ("22 行未填报，按 0 计算"). */
  findingGroup: (rule: string, table: string, count: number): Bilingual =>
    translated(
      rule === 'cell.blank'
        ? `${count} ${table === 'reviews' ? '组' : '行'}未填报${table === 'active' ? '' : '，按 0 计算'}`
        : `${count} 处${RULE_NAMES[rule] ?? rule}`,
      (en) => en.ui.findingGroup(rule, table, count),
    ),
  /** The counts of one table in the report's summary: 「表三：2 个错误」. */
  tableCounts: (table: Bilingual, counts: Bilingual): Bilingual =>
    translated(`${table.zh}：${counts.zh}`, (en) => en.ui.headed(table.en, counts.en)),
};

/** The word for a finding's severity. */
export const severityText = (severity: 'error' | 'warning' | 'info'): Bilingual =>
  severity === 'error' ? UI.error : severity === 'warning' ? UI.warning : UI.info;
