/**
 * The importer's warnings, in Chinese and English. Each names what was read and how; the source
 * text it concerns travels with it as `source` (plain text, shown with textContent, never as markup).
 */
import { tableDefinition, type TableId } from '../../model/tables.js';
import type { Label } from '../../model/text.js';
import type { Bilingual, ImportWarning } from '../types.js';

const bi = (zh: string, en: string): Bilingual => ({ zh, en });

/** 表三（收到和处理政府信息公开申请情况） */
export const tableName = (id: TableId): Label => {
  const { number, title } = tableDefinition(id);
  return { zh: `${number}（${title.zh}）`, en: `${number} (${title.en})` };
};

const MESSAGES = {
  annotatedValue: (quote: string, value: string) =>
    bi(`「${quote}」按数字 ${value} 读取，其余文字已忽略`, `“${quote}” read as the number ${value}; the rest was dropped`),
  notANumber: (quote: string) => bi(`「${quote}」不是数字，该单元格按空白处理`, `“${quote}” is not a number; the cell is left blank`),
  mergedValue: (quote: string) =>
    bi(
      `数值「${quote}」的单元格跨越多列，无法确定所属列，按空白处理`,
      `the cell “${quote}” spans several columns, so its column is unknown; left blank`,
    ),
  spannedValue: (quote: string) =>
    bi(`数值「${quote}」的单元格跨越多行，只计入第一行`, `the cell “${quote}” spans several rows; it is read in its first row only`),
  valueOutsideColumns: (quote: string) =>
    bi(`「${quote}」不在任何已识别的列下，已忽略`, `“${quote}” is under no recognised column; ignored`),
  unknownLabel: (quote: string) => bi(`无法识别的文字「${quote}」，已忽略`, `unrecognised text “${quote}”; ignored`),
  fuzzyLabel: (quote: string, official: Label) =>
    bi(
      `「${quote}」与官方标签不完全一致，按「${official.zh}」读取`,
      `“${quote}” differs from the official label; read as “${official.en}”`,
    ),
  typoLabel: (quote: string, official: Label) =>
    bi(`「${quote}」是「${official.zh}」的常见错写，按后者读取`, `“${quote}” is a known misprint of “${official.en}”; read as such`),
  legacyLabel: (quote: string, official: Label) =>
    bi(`「${quote}」是旧格式的标签，按「${official.zh}」读取`, `“${quote}” is the older format’s label; read as “${official.en}”`),
  singleOtherHandling: () =>
    bi('（六）其他处理印为一行（2019年格式），按一行读取', '（六）其他处理 is printed as one row (2019 format) and read as one row'),
  extraRow: (quote: string) =>
    bi(`「${quote}」行不属于官方格式（小计），已忽略`, `the row “${quote}” is not part of the official format (a subtotal); ignored`),
  extraColumn: (quote: string) =>
    bi(`「${quote}」列不属于官方格式（小计），已忽略`, `the column “${quote}” is not part of the official format (a subtotal); ignored`),
  extraValue: (quote: string, row: Label) =>
    bi(`「${row.zh}」行多出的内容「${quote}」已忽略`, `extra content “${quote}” after the row “${row.en}”; ignored`),
  missingRow: (row: Label) =>
    bi(`找不到「${row.zh}」这一行，其单元格按空白处理`, `the row “${row.en}” was not found; its cells are left blank`),
  missingCell: (row: Label, column: Label) =>
    bi(`「${row.zh}」行缺少「${column.zh}」单元格，按空白处理`, `the row “${row.en}” has no “${column.en}” cell; left blank`),
  duplicateRow: (row: Label) => bi(`「${row.zh}」重复出现，保留第一次出现的数值`, `“${row.en}” appears again; the first values are kept`),
  noColumnHeaders: (table: Label) =>
    bi(`${table.zh}：找不到列标题，按官方的列顺序读取`, `${table.en}: no column headers found; the official column order is assumed`),
  columnsAssumed: (row: Label, count: number, expected: number) =>
    bi(
      `「${row.zh}」行有 ${count} 个单元格，表头有 ${expected} 列；按从左到右的顺序对应`,
      `the row “${row.en}” has ${count} cells for ${expected} columns; matched left to right`,
    ),
  missingTable: (table: Label) => bi(`找不到${table.zh}，报告中省略此表`, `could not find ${table.en}; the report omits it`),
  yearGuessed: (year: string) => bi(`标题中没有年度，按正文推断为 ${year} 年`, `no year in a title; ${year} was inferred from the text`),
  agencyFromSignature: () => bi('标题中没有发布机关，按文末署名读取', 'no agency in a title; read from the signature at the end'),
  dateFromSignature: () =>
    bi(
      '发布日期按文末落款日期读取（可能是成文日期）',
      'the publication date is read from the date at the end (it may be the date of writing)',
    ),
  optionDiffers: (fieldZh: string, fieldEn: string, value: string) =>
    bi(
      `来源中的${fieldZh}与提供的「${value}」不同，采用提供的值`,
      `the source’s ${fieldEn} differs from the given “${value}”; the given value is used`,
    ),
} satisfies Record<string, (...args: never[]) => Bilingual>;

/** What an import warning is about: a stable id, as `Finding.rule` is for findings. */
export type WarningKind = keyof typeof MESSAGES;

export interface WarningPlace {
  source: string;
  line?: number;
  path?: string;
}

export function warn<K extends WarningKind>(kind: K, place: WarningPlace, ...args: Parameters<(typeof MESSAGES)[K]>): ImportWarning {
  const message = (MESSAGES[kind] as (...values: Parameters<(typeof MESSAGES)[K]>) => Bilingual)(...args);
  const warning: ImportWarning = { kind, message, source: place.source };
  if (place.line !== undefined) warning.line = place.line;
  if (place.path !== undefined) warning.path = place.path;
  return warning;
}
