/**
 * Finding messages in Chinese and English: one sentence naming what a reader sees in the table.
 */
import { formatNumber } from '../format/number.js';
import { APPLICATION_COLUMN_LABELS, APPLICATION_ROW_LABELS, ACTIVE_LABELS, REVIEW_CELL_LABELS, REVIEW_GROUP_LABELS, pick, type Label, type Lang } from '../model/labels.js';

/** The short name of a row (表三 row, 表四 group, 表二 row). */
export function rowName(table: string, rowPath: string, lang: Lang): string {
  if (table === 'applications') {
    const label = APPLICATION_ROW_LABELS[rowPath];
    return label ? pick(label.short, lang) : rowPath;
  }
  if (table === 'reviews') {
    const label = REVIEW_GROUP_LABELS[rowPath as keyof typeof REVIEW_GROUP_LABELS];
    return label ? pick(label.short, lang) : rowPath;
  }
  const label = ACTIVE_LABELS[rowPath as keyof typeof ACTIVE_LABELS];
  return label ? pick(label, lang) : rowPath;
}

/** The short name of a column (表三 applicant column, 表四 result, 表二 count) inside a sentence. */
export function columnName(table: string, key: string, lang: Lang): string {
  if (table === 'applications') {
    const label = APPLICATION_COLUMN_LABELS[key as keyof typeof APPLICATION_COLUMN_LABELS];
    return label ? pick(label.short, lang) : key;
  }
  const label: Label | undefined = table === 'reviews' ? REVIEW_CELL_LABELS[key as keyof typeof REVIEW_CELL_LABELS] : ACTIVE_LABELS[key as keyof typeof ACTIVE_LABELS];
  if (!label) return key;
  return lang === 'en' ? label.en.toLowerCase() : label.zh;
}

/** The short name of a cell for messages, e.g. （七）总计·自然人 / Results total, natural persons. */
export function cellName(path: string, lang: Lang): string {
  const [table = '', ...rest] = path.split('.');
  if (table === 'active' && rest.length === 1) return rowName(table, rest[0]!, lang);
  const column = rest.pop()!;
  const row = rowName(table, rest.join('.'), lang);
  const name = columnName(table, column, lang);
  return lang === 'en' ? `${row}, ${name}` : `${row}·${name}`;
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
};
