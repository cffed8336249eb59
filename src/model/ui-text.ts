/**
 * Every word the views and the command line show that is not an official label: one catalogue, in
 * Chinese and English, with the phrases that carry a number or a name as functions. Views pick a
 * language with `pick`; none of them builds a sentence of its own. (The checker's and the importer's
 * messages are the catalogues of their own domains.)
 */
import { bi, type Bilingual } from './text.js';

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

export const UI = {
  blank: bi('未填报', 'not reported'),
  computed: bi('计算值', 'computed'),
  computedMark: bi('计', 'c'),
  /** The accessible words after a computed value. */
  computedWords: bi('（计算值）', ' (computed)'),
  computedLegend: bi('计算值：报告中此总计为空白，此处显示由各项相加得出的值。', 'Computed: the report left this total blank.'),
  /** The legend of an Excel export, where computed totals are formulas. */
  computedLegendFormulas: bi(
    '计算值：报告中此总计为空白，此处显示由各项相加得出的值。此类总计为按各项求和的公式，以斜体显示。',
    'Computed: the report left this total blank. Such totals are formulas over their parts, in italics.',
  ),
  findings: bi('核对结果', 'Check results'),
  noFindings: bi('未发现问题', 'No problems found'),
  /** The command line's word for a file without findings. */
  noFindingsLine: bi('未发现问题', 'no findings'),
  summary: bi('核对摘要', 'Check summary'),
  loading: bi('正在加载报告…', 'Loading report…'),
  invalidReport: bi('报告数据有误，无法显示表格', 'The report data is invalid; the table cannot be shown'),
  loadFailed: bi('报告加载失败', 'The report could not be loaded'),
  noReport: bi('尚未提供报告数据', 'No report data yet'),
  noTable: bi('本报告未提供此表', 'This report does not include this table'),
  noSection: bi('本报告未提供此部分内容。', 'Not provided in this report.'),
  scrollRegion: bi('可横向滚动的表格', 'table, scrolls horizontally'),
  error: bi('错误', 'Error'),
  warning: bi('警告', 'Warning'),
  info: bi('提示', 'Note'),
  unitYuan: bi('万元', '10,000 yuan'),
  importedFromPage: bi('从本页表格导入', 'Imported from the table on this page'),
  readingReport: bi('读取报告', 'Reading the report'),
  /** A heading followed by what it introduces: 「核对结果：2 个错误」. */
  headed: (heading: Bilingual, text: Bilingual): Bilingual => bi(`${heading.zh}：${text.zh}`, `${heading.en}: ${text.en}`),
  /** A table caption's second line: agency and year. */
  subtitle: (agency: string, year: number): Bilingual => bi(`${agency} ${year}年`, `${agency}, ${year}`),
  /** The contract's default report title. */
  reportTitle: (agency: string, year: number): Bilingual =>
    bi(`${agency}${year}年政府信息公开工作年度报告`, `${agency}: annual report on government information disclosure, ${year}`),
  publishedOn: (date: string): Bilingual => bi(`发布日期：${date}`, `Published ${date}`),
  /** The count after an error panel's title. */
  problemCount: (count: number): Bilingual => bi(`（${count} 处）`, ` (${count})`),
  /** The last line of an error panel that lists only the first problems. */
  moreProblems: (count: number): Bilingual => bi(`另有 ${count} 处未列出`, `and ${count} more, not listed`),
  noteCount: (count: number): Bilingual => bi(`${count} 条说明`, plural(count, 'note')),
  line: (line: number): Bilingual => bi(`第 ${line} 行`, `Line ${line}`),
  /** Before a message from a source line, in the command line's output. */
  linePrefix: (line: number): Bilingual => bi(`第 ${line} 行：`, `line ${line}: `),
  /** Before a message from a page of a PDF. */
  pagePrefix: (page: number): Bilingual => bi(`第 ${page} 页：`, `p. ${page}: `),
  page: (page: number): Bilingual => bi(`第 ${page} 页`, `Page ${page}`),
  /** Counts by severity: 「2 个错误、1 个警告」, "2 errors, 1 warning"; '' for none. */
  severityCounts: ({ errors, warnings, infos }: { errors: number; warnings: number; infos: number }): Bilingual => {
    const zh = [errors && `${errors} 个错误`, warnings && `${warnings} 个警告`, infos && `${infos} 条提示`].filter(Boolean).join('、');
    const en = [errors && plural(errors, 'error'), warnings && plural(warnings, 'warning'), infos && plural(infos, 'note')]
      .filter(Boolean)
      .join(', ');
    return bi(zh, en);
  },
  /** The command line's line for the report a file was compared with (contract §6, `previous.*`). */
  comparedWith: (file: string, agency: string, year: number, paired: boolean): Bilingual =>
    bi(
      `与上年报告比对：${file}（${agency} ${year}年${paired ? '，按机关和年度配对' : ''}）`,
      `compared with last year’s report: ${file} (${agency}, ${year}${paired ? ', paired by agency and year' : ''})`,
    ),
  /** A previous report given whose year is not the year before. */
  notYearBefore: (file: string, year: number, expected: number): Bilingual =>
    bi(
      `未与 ${file} 比对：其年度为 ${year} 年，不是上一年度 ${expected} 年`,
      `not compared with ${file}: its year is ${year}, not the year before (${expected})`,
    ),
  /** Read after a clause of the prose that a finding quotes (it links to the table cell). */
  proseMarkNote: bi('（与表格不一致，转到表格单元格）', ' (differs from the table; go to the cell)'),
  /** An element's `previous` / `previous-src` report that could not be read. */
  previousUnreadable: (problem: Bilingual): Bilingual =>
    bi(`上年报告无法读取，未与上年比对：${problem.zh}`, `Last year’s report could not be read and was not compared: ${problem.en}`),
  /** Several reports of the same body for the year before: none is chosen. */
  previousAmbiguous: (files: readonly string[]): Bilingual =>
    bi(
      `上一年度报告不止一份（${files.join('、')}），未比对`,
      `more than one report of the year before (${files.join(', ')}): not compared`,
    ),
  /** The closing line of a check of several files. */
  filesChecked: (total: number, errors: number, warnings: number, clean: number, unreadable: number): Bilingual =>
    bi(
      `共核对 ${total} 个文件：${errors} 个有错误，${warnings} 个仅有警告，${clean} 个无错误和警告，${unreadable} 个无法读取`,
      `${total} files checked: ${errors} with errors, ${warnings} with warnings only, ${clean} without either, ${unreadable} unreadable`,
    ),
};

/** The word for a finding's severity. */
export const severityText = (severity: 'error' | 'warning' | 'info'): Bilingual =>
  severity === 'error' ? UI.error : severity === 'warning' ? UI.warning : UI.info;
