/**
 * What `disclosure-tables check` prints: text for a person, or CSV for a spreadsheet (the JSON output
 * is the results themselves).
 */
import type { Finding } from './check/findings.js';
import type { ImportWarning } from './import/types.js';
import type { ReportProblem } from './load/load.js';
import { pick, type Lang } from './model/text.js';
import { TOOL_TEXT } from './model/tool-text.js';

/** The report of the year before that a file was compared with: given with --previous, or paired by agency and year. */
export interface PreviousReport {
  file: string;
  agency: string;
  year: number;
  how: 'given' | 'paired';
}

export interface FileResult {
  file: string;
  ok: boolean;
  agency?: string;
  year?: number;
  /** The report of the year before it was compared with (`previous.*` rules). */
  previous?: PreviousReport;
  /** Reports of the same body for the year before when there are several (then none is compared). */
  previousCandidates?: string[];
  findings: Finding[];
  /** Why the file could not be read as a report (structural errors with their paths, import failure, unreadable file). */
  problems: ReportProblem[];
  importWarnings: ImportWarning[];
}

/** `第 12 行：` / `line 12: ` before a note from a source line; '' without one. */
const linePrefix = (line: number | undefined, lang: Lang, page?: number) =>
  line ? pick(TOOL_TEXT.linePrefix(line), lang) : page ? pick(TOOL_TEXT.pagePrefix(page), lang) : '';

export function formatText(result: FileResult, lang: Lang): string {
  const lines = [`${result.file}${result.agency ? ` — ${result.agency} ${result.year}` : ''}`];
  for (const problem of result.problems) lines.push(`  ✗ ${pick(problem.message, lang)}`);
  for (const warning of result.importWarnings) {
    const where = linePrefix(warning.line, lang, warning.page);
    const message = pick(warning.message, lang);
    const quote = warning.source && !message.includes(warning.source) ? ` 「${warning.source}」` : '';
    lines.push(`  ~ ${where}${message}${quote}`);
  }
  const previous = result.previous;
  if (previous && result.year !== undefined) {
    const line =
      previous.year === result.year - 1
        ? TOOL_TEXT.comparedWith(previous.file, previous.agency, previous.year, previous.how === 'paired')
        : TOOL_TEXT.notYearBefore(previous.file, previous.year, result.year - 1);
    lines.push(`  ↔ ${pick(line, lang)}`);
  }
  if (result.previousCandidates) lines.push(`  ↔ ${pick(TOOL_TEXT.previousAmbiguous(result.previousCandidates), lang)}`);
  const marks = { error: '✗', warning: '!', info: 'i' } as const;
  for (const finding of result.findings) {
    const quote = finding.quote && !finding.message.includes(finding.quote) ? ` 「${finding.quote}」` : '';
    lines.push(`  ${marks[finding.severity]} [${finding.rule}] ${finding.message}${quote}`);
  }
  if (result.ok && !result.findings.length) lines.push(`  ✓ ${pick(TOOL_TEXT.noFindingsLine, lang)}`);
  // A line break inside a name or a message would forge a line of its own: each line is one line.
  return lines.map((line) => printable(line).replaceAll('\n', '\\n')).join('\n');
}

/** The closing line of a check of several files: how many had errors or warnings, or could not be read. */
export function formatSummary(results: readonly FileResult[], lang: Lang): string {
  const count = (test: (result: FileResult) => boolean) => results.filter(test).length;
  const has = (result: FileResult, severity: Finding['severity']) => result.findings.some((finding) => finding.severity === severity);
  const unreadable = count((result) => !result.ok);
  const errors = count((result) => result.ok && has(result, 'error'));
  const warnings = count((result) => result.ok && !has(result, 'error') && has(result, 'warning'));
  const clean = results.length - unreadable - errors - warnings;
  return pick(TOOL_TEXT.filesChecked(results.length, errors, warnings, clean, unreadable), lang);
}

// New columns go at the end, so the positions of the others stay.
const CSV_COLUMNS = {
  zh: [
    ...['文件', '发布机关', '年度', '类别', '规则', '表', '单元格', '应为', '报告值', '说明'],
    ...['引文', '章节', '上年报告文件', '上年报告机关', '上年报告年度', '上年报告单元格'],
  ],
  en: [
    ...['file', 'agency', 'year', 'kind', 'rule', 'table', 'cells', 'expected', 'actual', 'message'],
    ...['quote', 'section', 'previous file', 'previous agency', 'previous year', 'previous cells'],
  ],
} as const;

/**
 * What a spreadsheet reads as a formula when it starts a field (OWASP's list: = + - @, tab, carriage
 * return), and the full-width forms some spreadsheet programs fold to them.
 */
const FORMULA_START = /^[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/;
const PLAIN_NUMBER = /^-?(?:\d+(?:\.\d+)?(?:e[+-]?\d+)?|Infinity)$/i;

/** RFC 4180 field, quoted when it holds a comma, quote or line break; a field a spreadsheet would read as a formula is defused with a leading '. */
function csvField(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  // A number is data (a negative count stays a number); anything else that could start a formula is text.
  if (FORMULA_START.test(text) && !(typeof value === 'number' && PLAIN_NUMBER.test(text))) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Text for a terminal: control characters (an ESC sequence in an agency's name could rewrite the
 * screen) and bidirectional controls (which reorder what is shown) are written as \u escapes.
 */
export function printable(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

const CSV_KINDS = {
  zh: { problem: '无法读取', import: '导入说明', error: '错误', warning: '警告', info: '提示', ok: '通过' },
  en: { problem: 'problem', import: 'import', error: 'error', warning: 'warning', info: 'info', ok: 'ok' },
} as const;

/** One row per finding, import note or problem; a file with none gets one row saying so. */
export function formatCsv(results: readonly FileResult[], lang: Lang): string {
  const kind = CSV_KINDS[lang];
  const rows: unknown[][] = [[...CSV_COLUMNS[lang]]];
  for (const result of results) {
    const head = [result.file, result.agency, result.year];
    // The report of the year before, on every row of the file it was compared with.
    const compared = result.previous && result.year !== undefined && result.previous.year === result.year - 1 ? result.previous : undefined;
    const previous = (cells = '') => (compared ? [compared.file, compared.agency, compared.year, cells] : ['', '', '', cells]);
    for (const problem of result.problems)
      rows.push([...head, kind.problem, problem.code, '', problem.path, '', '', pick(problem.message, lang), '', '', ...previous()]);
    for (const note of result.importWarnings) {
      rows.push([
        ...head,
        kind.import,
        note.kind,
        '',
        note.path ?? '',
        '',
        '',
        `${linePrefix(note.line, lang, note.page)}${pick(note.message, lang)}`,
        '',
        '',
        ...previous(),
      ]);
    }
    for (const finding of result.findings) {
      rows.push([
        ...head,
        kind[finding.severity],
        finding.rule,
        finding.table,
        finding.cells.join(' '),
        finding.expected,
        finding.actual,
        finding.message,
        finding.quote,
        finding.section,
        ...previous(finding.previousCells?.join(' ')),
      ]);
    }
    if (result.ok && !result.findings.length && !result.importWarnings.length)
      rows.push([...head, kind.ok, '', '', '', '', '', pick(TOOL_TEXT.noFindingsLine, lang), '', '', ...previous()]);
  }
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}`;
}
