/**
 * Finding messages in Chinese and English: one sentence naming what a reader sees in the table,
 * with the rows and columns named by their short labels from the table definitions.
 */
import { formatNumber } from '../format/number.js';
import { cellInfo, type CellInfo } from '../model/cells.js';
import type { HeaderNode } from '../model/tables.js';
import { pick, type Lang } from '../model/text.js';

/** The name of a row or column inside a message. */
export const nameOf = (node: HeaderNode, lang: Lang): string => pick(node.short ?? node.label, lang);

const cellNames = { zh: new WeakMap<CellInfo, string>(), en: new WeakMap<CellInfo, string>() };

/** The short name of a cell, e.g. （七）总计·自然人 / Results total, natural persons. */
export function nameOfCell(cell: CellInfo, lang: Lang): string {
  let name = cellNames[lang].get(cell);
  if (name === undefined) {
    const row = nameOf(cell.rowNode, lang);
    name = cell.columnNode ? (lang === 'en' ? `${row}, ${nameOf(cell.columnNode, lang)}` : `${row}·${nameOf(cell.columnNode, lang)}`) : row;
    cellNames[lang].set(cell, name);
  }
  return name;
}

/** The short name of the cell at a contract path (the path itself if it names no cell). */
export function cellName(path: string, lang: Lang): string {
  const cell = cellInfo(path);
  return cell ? nameOfCell(cell, lang) : path;
}

const n = (value: number, lang: Lang) => formatNumber(value, lang);

export const messages = {
  invalidCount: (cell: string, value: number, lang: Lang) =>
    lang === 'en'
      ? `${cell}: ${n(value, lang)} is not a count (a whole number, zero or more)`
      : `${cell}为 ${n(value, lang)}，不是有效的件数（应为非负整数）`,
  invalidAmount: (cell: string, value: number, lang: Lang) =>
    lang === 'en'
      ? `${cell}: ${n(value, lang)} is not an amount (a number, zero or more)`
      : `${cell}为 ${n(value, lang)}，不是有效的金额（应为非负数）`,
  blank: (row: string, columns: readonly string[], counted: boolean, lang: Lang) => {
    if (lang === 'en') {
      if (columns.length === 6) return `${row}: no applicant column reported${counted ? ', counted as 0' : ''}`;
      const which = columns.length ? ` (${columns.join(', ')})` : '';
      const cells = columns.length === 1 ? '1 cell' : `${columns.length || 1} cells`;
      return `${row}: ${columns.length ? cells : 'the cell'} not reported${which}${counted ? ', counted as 0' : ''}`;
    }
    if (columns.length === 6) return `${row}：六类申请人均未填报${counted ? '，按 0 计算' : ''}`;
    const which = columns.length ? `${columns.join('、')}` : '';
    return `${row}${which ? `的${which}` : ''}未填报${counted ? '，按 0 计算' : ''}`;
  },
  computed: (count: number, lang: Lang) =>
    lang === 'en'
      ? `${count} blank total ${count === 1 ? 'cell shows its' : 'cells show their'} computed value`
      : `${count} 个空白的总计单元格显示的是计算值`,
  rowTotal: (cell: string, expected: number, actual: number, lang: Lang) =>
    lang === 'en'
      ? `${cell}: ${n(expected, lang)} expected (sum of the six applicant columns), report says ${n(actual, lang)}`
      : `${cell}应为 ${n(expected, lang)}（六类申请人之和），报告为 ${n(actual, lang)}`,
  resultsTotal: (cell: string, expected: number, actual: number, lang: Lang) =>
    lang === 'en'
      ? `${cell}: ${n(expected, lang)} expected (sum of results), report says ${n(actual, lang)}`
      : `${cell}应为 ${n(expected, lang)}（各项办理结果之和），报告为 ${n(actual, lang)}`,
  balance: (column: string, expected: number, actual: number, lang: Lang) =>
    lang === 'en'
      ? `Column ${column}: new applications plus carried over make ${n(expected, lang)}, but results total plus carried forward make ${n(actual, lang)}`
      : `${column}一栏：第一项加第二项为 ${n(expected, lang)}，第三项（七）总计加第四项为 ${n(actual, lang)}，二者应相等`,
  reviewTotal: (cell: string, expected: number, actual: number, lang: Lang) =>
    lang === 'en'
      ? `${cell}: ${n(expected, lang)} expected (upheld + corrected + other + pending), report says ${n(actual, lang)}`
      : `${cell}应为 ${n(expected, lang)}（结果维持、结果纠正、其他结果、尚未审结之和），报告为 ${n(actual, lang)}`,
  textMismatch: (section: string, quote: string, figure: string, stated: number, shown: number, lang: Lang) =>
    lang === 'en'
      ? `${section}: “${quote}” gives ${n(stated, lang)} for ${figure}, but the table shows ${n(shown, lang)}`
      : `${section}中“${quote}”所述${figure}为 ${n(stated, lang)}，表中为 ${n(shown, lang)}`,
  feeNotice: (cell: string, count: number, section: string, lang: Lang) =>
    lang === 'en'
      ? `${cell}: ${n(count, lang)}, but section “${section}” says nothing of information processing fees or charges`
      : `${cell}为 ${n(count, lang)}，但“${section}”未说明信息处理费或收费情况`,
  carriedOver: (cell: string, actual: number, previous: string, previousCell: string, expected: number, lang: Lang) =>
    lang === 'en'
      ? `${cell}: ${n(actual, lang)}, but ${previousCell} of last year’s report (${previous}) is ${n(expected, lang)}`
      : `${cell}为 ${n(actual, lang)}，上年报告（${previous}）的${previousCell}为 ${n(expected, lang)}`,
  inForce: (row: string, actual: number, before: number, issued: number, repealed: number, previous: string, lang: Lang) =>
    lang === 'en'
      ? `${row}, in force: ${n(actual, lang)}, but last year’s report (${previous}) had ${n(before, lang)} in force; with ${n(issued, lang)} issued and ${n(repealed, lang)} repealed this year that makes ${n(before + issued - repealed, lang)}`
      : `${row}现行有效件数为 ${n(actual, lang)}，按上年报告（${previous}）现行有效 ${n(before, lang)} 件加本年制发 ${n(issued, lang)} 件、减本年废止 ${n(repealed, lang)} 件应为 ${n(before + issued - repealed, lang)}`,
  /** Which report: 淮安市人民政府 2023 年 / 淮安市人民政府, 2023. */
  reportName: (agency: string, year: number, lang: Lang) => (lang === 'en' ? `${agency}, ${year}` : `${agency} ${year} 年`),
};
