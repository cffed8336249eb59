/**
 * Finding messages in Chinese and English: one sentence naming what a reader sees in the table,
 * with the rows and columns named by their short labels from the table definitions.
 */
import { formatNumber } from '../format/number.js';
import { cellInfo, type CellInfo } from '../model/cells.js';
import type { HeaderNode } from '../model/tables.js';
import type { English } from '../model/text-en.js';
import { hasEnglish, inLang, pick, type Lang } from '../model/text.js';

/** The name of a row or column inside a message. */
export const nameOf = (node: HeaderNode, lang: Lang): string => pick(node.short ?? node.label, lang);

const cellNames = { zh: new WeakMap<CellInfo, string>(), en: new WeakMap<CellInfo, string>() };

/** The short name of a cell, e.g. （七）总计·自然人 / Results total, natural persons. */
export function nameOfCell(cell: CellInfo, lang: Lang): string {
  let name = cellNames[lang].get(cell);
  if (name === undefined) {
    const row = nameOf(cell.rowNode, lang);
    name = cell.columnNode ? (lang === 'en' ? `${row}, ${nameOf(cell.columnNode, lang)}` : `${row}·${nameOf(cell.columnNode, lang)}`) : row;
    // English names are kept only once the English catalogue is there (until then they are the Chinese).
    if (lang === 'zh' || hasEnglish()) cellNames[lang].set(cell, name);
  }
  return name;
}

/** The short name of the cell at a contract path (the path itself if it names no cell). */
export function cellName(path: string, lang: Lang): string {
  const cell = cellInfo(path);
  return cell ? nameOfCell(cell, lang) : path;
}

export const n = (value: number) => formatNumber(value);

/** A message: its Chinese here, its English from the catalogue (the Chinese until it is loaded). */
export const say = (lang: Lang, zh: string, en: (catalogue: English['messages']) => string): string =>
  inLang(lang, zh, (catalogue) => en(catalogue.messages));

export const messages = {
  invalidCount: (cell: string, value: number, lang: Lang) =>
    say(lang, `${cell}为 ${n(value)}，不是有效的件数（应为非负整数）`, (en) => en.invalidCount(cell, n(value))),
  invalidAmount: (cell: string, value: number, lang: Lang) =>
    say(lang, `${cell}为 ${n(value)}，不是有效的金额（应为非负数）`, (en) => en.invalidAmount(cell, n(value))),
  blank: (row: string, columns: readonly string[], counted: boolean, lang: Lang) => {
    const which = columns.length ? `${columns.join('、')}` : '';
    const zh =
      columns.length === 6
        ? `${row}：六类申请人均未填报${counted ? '，按 0 计算' : ''}`
        : `${row}${which ? `的${which}` : ''}未填报${counted ? '，按 0 计算' : ''}`;
    return say(lang, zh, (en) => en.blank(row, columns, counted));
  },
  computed: (count: number, lang: Lang) => say(lang, `${count} 个空白的总计单元格显示的是计算值`, (en) => en.computed(count)),
  rowTotal: (cell: string, expected: number, actual: number, lang: Lang) =>
    say(lang, `${cell}应为 ${n(expected)}（六类申请人之和），报告为 ${n(actual)}`, (en) => en.rowTotal(cell, n(expected), n(actual))),
  resultsTotal: (cell: string, expected: number, actual: number, lang: Lang) =>
    say(lang, `${cell}应为 ${n(expected)}（各项办理结果之和），报告为 ${n(actual)}`, (en) => en.resultsTotal(cell, n(expected), n(actual))),
  balance: (column: string, expected: number, actual: number, lang: Lang) =>
    say(lang, `${column}一栏：第一项加第二项为 ${n(expected)}，第三项（七）总计加第四项为 ${n(actual)}，二者应相等`, (en) =>
      en.balance(column, n(expected), n(actual)),
    ),
  reviewTotal: (cell: string, expected: number, actual: number, lang: Lang) =>
    say(lang, `${cell}应为 ${n(expected)}（结果维持、结果纠正、其他结果、尚未审结之和），报告为 ${n(actual)}`, (en) =>
      en.reviewTotal(cell, n(expected), n(actual)),
    ),
};
