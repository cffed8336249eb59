/**
 * The messages of the rules beyond one table (contract §6), which load on demand with those rules.
 */
import type { Lang } from '../model/text.js';
import { n, say } from './messages.js';

export const beyondMessages = {
  textMismatch: (section: string, quote: string, figure: string, stated: number, shown: number, lang: Lang) =>
    say(lang, `${section}中“${quote}”所述${figure}为 ${n(stated)}，表中为 ${n(shown)}`, (en) =>
      en.textMismatch(section, quote, figure, n(stated), n(shown)),
    ),
  feeNotice: (cell: string, count: number, section: string, lang: Lang) =>
    say(lang, `${cell}为 ${n(count)}，但“${section}”未说明信息处理费或收费情况`, (en) => en.feeNotice(cell, n(count), section)),
  carriedOver: (cell: string, actual: number, previous: string, previousCell: string, expected: number, lang: Lang) =>
    say(lang, `${cell}为 ${n(actual)}，上年报告（${previous}）的${previousCell}为 ${n(expected)}`, (en) =>
      en.carriedOver(cell, n(actual), previous, previousCell, n(expected)),
    ),
  inForce: (row: string, actual: number, before: number, issued: number, repealed: number, previous: string, lang: Lang) =>
    say(
      lang,
      `${row}现行有效件数为 ${n(actual)}，按上年报告（${previous}）现行有效 ${n(before)} 件加本年制发 ${n(issued)} 件、减本年废止 ${n(repealed)} 件应为 ${n(before + issued - repealed)}`,
      (en) => en.inForce(row, n(actual), n(before), n(issued), n(repealed), previous, n(before + issued - repealed)),
    ),
  /** Which report: 淮安市人民政府 2023 年 / 淮安市人民政府, 2023. */
  reportName: (agency: string, year: number, lang: Lang) => say(lang, `${agency} ${year} 年`, (en) => en.reportName(agency, year)),
};
