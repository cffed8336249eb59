/**
 * Every word of the editing mode, in Chinese and English (the reading views' words are in
 * model/ui-text.ts; these load only with the editing mode). Messages about a cell name its table,
 * row and column in words, from the table definitions.
 */
import { cellName } from '../check/messages.js';
import { tableName } from '../import/assemble/warnings.js';
import { tableOf } from '../model/cells.js';
import type { TableId } from '../model/tables.js';
import { bi, pick, type Bilingual, type Lang } from '../model/text.js';
import type { Entry } from './entry.js';

/** 表三（收到和处理政府信息公开申请情况）一、本年新收·自然人 */
export const cellInWords = (path: string, lang: Lang): string => {
  const table = pick(tableName(tableOf(path)), lang);
  return `${table}${pick(bi('', ', '), lang)}${cellName(path, lang)}`;
};

const invalidReasons: Record<Exclude<Entry, { kind: 'blank' | 'value' }>['reason'], (text: string) => Bilingual> = {
  text: (text) => bi(`「${text}」不是数值`, `“${text}” is not a number`),
  count: (text) => bi(`「${text}」不是有效的件数（应为非负整数）`, `“${text}” is not a count (a whole number, zero or more)`),
  amount: (text) => bi(`「${text}」不是有效的金额（应为非负数）`, `“${text}” is not an amount (a number, zero or more)`),
};

export const EDIT = {
  tools: bi('编辑', 'Editing'),
  undo: bi('撤销', 'Undo'),
  redo: bi('重做', 'Redo'),
  fillBlanks: bi('空白填 0', 'Fill blanks with 0'),
  fillBlanksHint: bi('把所有空白的非总计单元格填为 0（可撤销）', 'Set every blank cell that is not a total to 0 (can be undone)'),
  outputs: bi('输出', 'Output'),
  downloadJson: bi('下载 JSON', 'Download JSON'),
  copyJson: bi('复制 JSON', 'Copy JSON'),
  copyHtml: bi('复制 HTML（用于 CMS）', 'Copy HTML (for a CMS)'),
  downloadExcel: bi('下载 Excel', 'Download Excel'),
  copyExcel: bi('复制到 Excel', 'Copy for Excel'),
  fields: bi('报告信息', 'Report details'),
  agency: bi('发布机关', 'Agency'),
  year: bi('年度', 'Year'),
  title: bi('标题（可不填）', 'Title (optional)'),
  publishedOn: bi('发布日期（可不填）', 'Published on (optional)'),
  /** A note of the messages list: cells whose text is kept out of the report. */
  entriesHeading: bi('未写入报告的内容', 'Not written into the report'),
  pasteNotes: bi('粘贴说明', 'About the paste'),
  invalidEntry: (path: string, text: string, reason: Exclude<Entry, { kind: 'blank' | 'value' }>['reason'], lang: Lang): string =>
    `${cellInWords(path, lang)}${pick(bi('：', ': '), lang)}${pick(invalidReasons[reason](text), lang)}`,
  /** A finding as a validation message: the table, then the finding's own words. */
  finding: (table: Parameters<typeof tableName>[0], message: string, lang: Lang): string =>
    `${pick(tableName(table), lang)}${pick(bi('：', ': '), lang)}${message}`,
  noAgency: bi('报告信息：请填写发布机关', 'Report details: the agency is missing'),
  badYear: (text: string) => bi(`「${text}」不是年度（应为四位数字）`, `“${text}” is not a year (four digits)`),
  badDate: (text: string) => bi(`「${text}」不是日期（应为 YYYY-MM-DD）`, `“${text}” is not a date (YYYY-MM-DD)`),
  pasted: (count: number) => bi(`已粘贴 ${count} 个单元格`, `${count} ${count === 1 ? 'cell' : 'cells'} pasted`),
  pastedByLabels: bi('（按表头标签放置）', ' (placed by their labels)'),
  pasteOutside: (row: number, column: number) =>
    bi(
      `；粘贴内容在第 ${row} 行第 ${column} 列超出表格，自此未粘贴`,
      `; the block does not fit: it stopped at row ${row}, column ${column} of the pasted block`,
    ),
  pasteLabel: (row: number, label: string, cell: string) =>
    bi(
      `；粘贴内容第 ${row} 行的「${label}」不是「${cell}」所在的行，自此未粘贴`,
      `; row ${row} of the pasted block is labelled “${label}”, not the row of ${cell}: it stopped there`,
    ),
  pasteOtherTable: (tables: readonly TableId[], lang: Lang): string => {
    const names = tables.map((table) => pick(tableName(table), lang)).join(pick(bi('、', ', '), lang));
    return pick(bi(`粘贴的是${names}，不是本表，未粘贴`, `the pasted table is ${names}, not this table; nothing pasted`), lang);
  },
  pasteNothing: bi('剪贴板中没有可粘贴的内容', 'nothing to paste on the clipboard'),
  filled: (count: number, value: number) =>
    bi(`已将 ${count} 个空白单元格填为 ${value}`, `${count} blank ${count === 1 ? 'cell' : 'cells'} set to ${value}`),
  nothingToFill: bi('没有空白的非总计单元格', 'no blank cell that is not a total'),
  cleared: (count: number) =>
    bi(`已清空 ${count} 个单元格（空白，不是 0）`, `${count} ${count === 1 ? 'cell' : 'cells'} cleared (blank, not 0)`),
  undone: (count: number) => bi(`已撤销（${count} 处）`, `undone (${count} ${count === 1 ? 'change' : 'changes'})`),
  redone: (count: number) => bi(`已重做（${count} 处）`, `redone (${count} ${count === 1 ? 'change' : 'changes'})`),
  nothingToUndo: bi('没有可撤销的操作', 'nothing to undo'),
  nothingToRedo: bi('没有可重做的操作', 'nothing to redo'),
  selected: (count: number) => bi(`已选择 ${count} 个单元格`, `${count} cells selected`),
  copied: (count: number) => bi(`已复制 ${count} 个单元格`, `${count} ${count === 1 ? 'cell' : 'cells'} copied`),
  copiedOutput: (what: Bilingual) => bi(`已复制：${what.zh}`, `copied: ${what.en}`),
  downloaded: (file: string) => bi(`已下载 ${file}`, `downloaded ${file}`),
  outputFailed: (what: Bilingual) => bi(`${what.zh}失败：浏览器未允许此操作`, `${what.en} failed: the browser did not allow it`),
  entriesLeftOut: (count: number) =>
    bi(
      `（${count} 个单元格的内容不是有效数值，未包含在内）`,
      ` (${count} ${count === 1 ? 'cell holds' : 'cells hold'} text that is not a value, left out)`,
    ),
  draftFound: (when: string) => bi(`发现 ${when} 保存的未提交草稿。`, `An unsubmitted draft saved ${when} was found.`),
  restoreDraft: bi('恢复草稿', 'Restore the draft'),
  discardDraft: bi('放弃草稿', 'Discard it'),
  draftRestored: bi('已恢复草稿（可撤销）', 'draft restored (can be undone)'),
  draftUnreadable: bi('草稿无法读取，已放弃', 'the draft could not be read and was discarded'),
  /** The computed value shown as the placeholder of a blank total being edited. */
  computedPlaceholder: (value: string) => bi(`计算值 ${value}`, `computed: ${value}`),
};
