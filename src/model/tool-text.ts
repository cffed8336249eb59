/**
 * The words of the command line and the exports (Excel), apart from the views' catalogue so that the
 * elements do not carry them. The English is in the English catalogue, by the same keys.
 */
import type { English } from './text-en.js';
import { translated, type Bilingual } from './text.js';

type Words = English['ui'];
type Static = { [K in keyof Words]: Words[K] extends string ? K : never }[keyof Words];
const word = (key: Static, zh: string): Bilingual => translated(zh, (en) => en.ui[key]);

export const TOOL_TEXT = {
  /** The legend of an Excel export, where computed totals are formulas. */
  computedLegendFormulas: word(
    'computedLegendFormulas',
    '计算值：报告中此总计为空白，此处显示由各项相加得出的值。此类总计为按各项求和的公式，以斜体显示。',
  ),
  /** The command line's word for a file without findings. */
  noFindingsLine: word('noFindingsLine', '未发现问题'),
  /** Before a message from a source line, in the command line's output. */
  linePrefix: (line: number): Bilingual => translated(`第 ${line} 行：`, (en) => en.ui.linePrefix(line)),
  /** Before a message from a page of a PDF. */
  pagePrefix: (page: number): Bilingual => translated(`第 ${page} 页：`, (en) => en.ui.pagePrefix(page)),
  /** The command line's line for the report a file was compared with (contract §6, `previous.*`). */
  comparedWith: (file: string, agency: string, year: number, paired: boolean): Bilingual =>
    translated(`与上年报告比对：${file}（${agency} ${year}年${paired ? '，按机关和年度配对' : ''}）`, (en) =>
      en.ui.comparedWith(file, agency, year, paired),
    ),
  /** A previous report given whose year is not the year before. */
  notYearBefore: (file: string, year: number, expected: number): Bilingual =>
    translated(`未与 ${file} 比对：其年度为 ${year} 年，不是上一年度 ${expected} 年`, (en) => en.ui.notYearBefore(file, year, expected)),
  /** Several reports of the same body for the year before: none is chosen. */
  previousAmbiguous: (files: readonly string[]): Bilingual =>
    translated(`上一年度报告不止一份（${files.join('、')}），未比对`, (en) => en.ui.previousAmbiguous(files)),
  /** The closing line of a check of several files. */
  filesChecked: (total: number, errors: number, warnings: number, clean: number, unreadable: number): Bilingual =>
    translated(
      `共核对 ${total} 个文件：${errors} 个有错误，${warnings} 个仅有警告，${clean} 个无错误和警告，${unreadable} 个无法读取`,
      (en) => en.ui.filesChecked(total, errors, warnings, clean, unreadable),
    ),
};
