#!/usr/bin/env node
/**
 * The command line for reviewers who check many reports:
 *   disclosure-tables check [--lang en] [--json | --csv] [--fail-on error|warning|never] [--previous FILE] FILE...
 *   disclosure-tables import [--lang en] FILE        (published HTML, text or PDF → report JSON on stdout)
 *   disclosure-tables html [--lang en] FILE          (the report as static HTML on stdout)
 *   disclosure-tables xlsx [--lang en] FILE -o OUT.xlsx  (the tables as an Excel workbook)
 * FILE is report JSON (.json), or a published report as HTML or text, which is imported first;
 * an http(s) URL is fetched.
 */
import './model/english.js';
import { existsSync, readdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { basename, dirname, join } from 'node:path';
import { sameAgency } from './check/agency.js';
import { checkReport, type CheckOptions } from './check/checker.js';
import { problem, type Loaded } from './load/load.js';
import { bi } from './model/text.js';
import type { Report } from './model/schema.js';
import { pick, type Lang } from './model/text.js';
import type { ImportOptions } from './import/types.js';
import { formatCsv, formatSummary, formatText, printable, type FileResult } from './cli-output.js';
import { fromSource } from './load/node.js';
import { tablesHtml } from './static/table-html.js';
import { reportHtml } from './static/report-html.js';
import { reportToXlsx } from './export/xlsx.js';
import { TABLE_IDS, type TableId } from './model/tables.js';

const USAGE = `Usage:
  disclosure-tables check [--lang zh|en] [--json | --csv] [--fail-on error|warning|never] [--previous FILE] [IMPORT OPTIONS] FILE...
  disclosure-tables import [--lang zh|en] [IMPORT OPTIONS] FILE
  disclosure-tables html [--lang zh|en] [--table active|applications|reviews]... [--no-style] [--no-inline-style] [IMPORT OPTIONS] FILE
  disclosure-tables xlsx [--lang zh|en] [--table active|applications|reviews]... [IMPORT OPTIONS] FILE -o OUT.xlsx

IMPORT OPTIONS, for facts a pasted report body may lack (a given value wins over the source, with a warning):
  --agency NAME  --year YYYY  --title TEXT  --published-on YYYY-MM-DD  --partial (accept missing tables)

FILE is report JSON (.json), a published report as HTML, copied text or PDF, the report's Word
file (.docx) or a workbook of its tables (.xlsx) — told by their bytes, not their names (PDF needs
the optional package pdfjs-dist); an http(s) URL is fetched first (JSON when the server says so or
the path ends in .json). UTF-8, and GBK/GB2312/GB18030 as declared or detected, are read alike.
For check, a folder stands for the .json, .html, .htm, .txt, .pdf, .docx and .xlsx files in it, and
* and ? in a file name are expanded (also where the shell does not, as on Windows). Old .doc, .wps,
.xls and .et files are refused: save them as .docx, .xlsx or PDF.
--csv prints one row per finding, import note or problem of every file (UTF-8 with a byte-order
mark, so spreadsheet programs read the Chinese), for reviewers who compare many reports.
html prints the tables as static, accessible HTML for a CMS that takes no script — from report JSON,
or from a published page as a clean copy of its tables.
xlsx writes the tables in the official merged layout, blank totals as formulas over their parts.
Given several files, check compares each report with the same body's report of the year before
among them (names equal, or equal once leading regions such as 江苏省 or 淮安市 are dropped) and
says which pairs it made; --previous FILE names last year's report of the one FILE checked.
check exits 1 when a file cannot be read or has a finding at or above --fail-on (default: error).`;

const REPORT_FILE = /\.(json|html?|txt|pdf|docx|xlsx)$/i;

/**
 * Files to check: a directory stands for the report files in it (.json, .html, .htm, .txt, .pdf, also in
 * subfolders), and a pattern with * or ? in its last part is expanded here, since Windows shells pass
 * it on as it is. URLs, plain files and patterns that match nothing stay as given.
 */
export function expandFiles(args: readonly string[]): string[] {
  const inside = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((entry) =>
        entry.isDirectory() ? inside(join(dir, entry.name)) : REPORT_FILE.test(entry.name) ? [join(dir, entry.name)] : [],
      );
  return args.flatMap((arg) => {
    if (/^https?:\/\//i.test(arg)) return [arg];
    if (existsSync(arg)) return statSync(arg).isDirectory() ? inside(arg) : [arg];
    const name = basename(arg);
    if (!/[*?]/.test(name) || !existsSync(dirname(arg))) return [arg];
    const wildcard = name
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replaceAll('*', '.*')
      .replaceAll('?', '.');
    const pattern = new RegExp(`^${wildcard}$`, 'i');
    const matches = readdirSync(dirname(arg))
      .filter((entry) => pattern.test(entry))
      .sort((a, b) => a.localeCompare(b))
      .map((entry) => join(dirname(arg), entry));
    return matches.length ? matches : [arg];
  });
}

/** A failure of this library is one file's problem, never the end of a batch. */
const unexpected = (where: string, error: unknown) => {
  const detail = error instanceof Error ? error.message : String(error);
  return problem(where, 'unexpected', bi(`${where}：意外错误（${detail}）`, `${where}: unexpected error (${detail})`));
};

async function loadSafely(file: string, options: ImportOptions): Promise<Loaded> {
  try {
    return await fromSource(file, options);
  } catch (error) {
    return { ok: false, problems: [unexpected(file, error)], notes: [] };
  }
}

function checkSafely(file: string, report: Report, options: CheckOptions): Pick<FileResult, 'findings' | 'problems'> {
  try {
    return { findings: checkReport(report, options), problems: [] };
  } catch (error) {
    return { findings: [], problems: [unexpected(file, error)] };
  }
}

export async function main(
  argv: readonly string[],
  out: (text: string) => void = console.log,
  err: (text: string) => void = console.error,
): Promise<number> {
  const [command, ...rest] = argv;
  let lang: Lang = 'zh';
  let format: 'text' | 'json' | 'csv' = 'text';
  let failOn: 'error' | 'warning' | 'never' = 'error';
  let styles = true;
  let inlineStyles = true;
  const tables: TableId[] = [];
  const files: string[] = [];
  let output: string | undefined;
  let previousFile: string | undefined;
  const options: ImportOptions = {};
  for (let index = 0; index < rest.length; index++) {
    const arg = rest[index]!;
    if (arg === '--lang') lang = rest[++index] === 'en' ? 'en' : 'zh';
    else if (arg === '--agency') options.agency = rest[++index] ?? '';
    else if (arg === '--title') options.title = rest[++index] ?? '';
    else if (arg === '--published-on') options.publishedOn = rest[++index] ?? '';
    else if (arg === '--partial') options.partial = true;
    else if (arg === '--year') {
      const year = Number(rest[++index]);
      if (!Number.isInteger(year)) {
        err(`--year takes a year such as 2024\n\n${USAGE}`);
        return 2;
      }
      options.year = year;
    } else if (arg === '--no-style') styles = false;
    else if (arg === '--no-inline-style') inlineStyles = false;
    else if (arg === '-o' || arg === '--output') output = rest[++index];
    else if (arg === '--previous') previousFile = rest[++index] ?? '';
    else if (arg === '--table') {
      const table = rest[++index];
      if (!TABLE_IDS.includes(table as TableId)) {
        err(`--table takes ${TABLE_IDS.join(', ')}\n\n${USAGE}`);
        return 2;
      }
      tables.push(table as TableId);
    } else if (arg === '--json') format = 'json';
    else if (arg === '--csv') format = 'csv';
    else if (arg === '--fail-on') {
      const value = rest[++index];
      if (value !== 'error' && value !== 'warning' && value !== 'never') {
        err(`--fail-on takes error, warning or never\n\n${USAGE}`);
        return 2;
      }
      failOn = value;
    } else if (arg.startsWith('--')) {
      err(`unknown option ${arg}\n\n${USAGE}`);
      return 2;
    } else files.push(arg);
  }
  const known = ['check', 'import', 'html', 'xlsx'];
  if (!known.includes(command ?? '') || !files.length || (command !== 'check' && files.length !== 1) || (command === 'xlsx' && !output)) {
    err(command === 'xlsx' && !output ? `xlsx needs -o OUT.xlsx\n\n${USAGE}` : USAGE);
    return 2;
  }

  // Names and messages come from the files: never a terminal's control sequence.
  const say = (text: string) => err(printable(text));
  if (command === 'import' || command === 'html' || command === 'xlsx') {
    const loaded = await loadSafely(files[0]!, options);
    // Compiler-style `file:line: message`, which editors and terminals turn into links.
    for (const note of loaded.notes)
      say(
        `${note.line ? `${files[0]}:${note.line}: ` : note.page ? `${files[0]} (${lang === 'en' ? `p. ${note.page}` : `第 ${note.page} 页`}): ` : ''}${pick(note.message, lang)}`,
      );
    if (!loaded.ok) {
      for (const problem of loaded.problems) say(`${files[0]}: ${pick(problem.message, lang)}`);
      return 1;
    }
    if (command === 'xlsx') {
      try {
        writeFileSync(output!, reportToXlsx(loaded.report, { lang, ...(tables.length ? { tables } : {}) }));
      } catch (error) {
        err(`${output}: ${error instanceof Error ? error.message : String(error)}`);
        return 1;
      }
      return 0;
    }
    out(
      command === 'import'
        ? JSON.stringify(loaded.report, null, 2)
        : tables.length
          ? tablesHtml(loaded.report, { lang, styles, inlineStyles, tables })
          : reportHtml(loaded.report, { lang, styles, inlineStyles }),
    );
    return 0;
  }

  const expanded = expandFiles(files);
  if (previousFile !== undefined && (!previousFile || expanded.length !== 1)) {
    err(`--previous takes last year's report of the one FILE checked\n\n${USAGE}`);
    return 2;
  }
  const reports: { file: string; loaded: Loaded }[] = [];
  for (const file of expanded) reports.push({ file, loaded: await loadSafely(file, options) });
  let given: { file: string; report: Report } | undefined;
  if (previousFile) {
    const loaded = await loadSafely(previousFile, options);
    if (!loaded.ok) {
      for (const problem of loaded.problems) say(`${previousFile}: ${pick(problem.message, lang)}`);
      return 1;
    }
    given = { file: previousFile, report: loaded.report };
  }
  const readable = reports.flatMap(({ file, loaded }) => (loaded.ok ? [{ file, report: loaded.report }] : []));
  const results: FileResult[] = reports.map(({ file, loaded }) => {
    if (!loaded.ok) return { file, ok: false, findings: [], problems: loaded.problems, importWarnings: [...loaded.notes] };
    const { report } = loaded;
    // The same body's report of the year before among the files given, unless one was named.
    const candidates = given
      ? [given]
      : readable.filter((other) => other.report.year === report.year - 1 && sameAgency(other.report.agency, report.agency));
    const previous = candidates.length === 1 ? candidates[0] : undefined;
    return {
      file,
      ok: true,
      agency: report.agency,
      year: report.year,
      ...(previous
        ? {
            previous: {
              file: previous.file,
              agency: previous.report.agency,
              year: previous.report.year,
              how: given ? ('given' as const) : ('paired' as const),
            },
          }
        : {}),
      ...(candidates.length > 1 ? { previousCandidates: candidates.map((candidate) => candidate.file) } : {}),
      ...checkSafely(file, report, { lang, ...(previous ? { previous: previous.report } : {}) }),
      importWarnings: [...loaded.notes],
    };
  });
  out(
    format === 'json'
      ? JSON.stringify(results, null, 2)
      : format === 'csv'
        ? formatCsv(results, lang)
        : [...results.map((result) => formatText(result, lang)), ...(results.length > 1 ? [formatSummary(results, lang)] : [])].join(
            '\n\n',
          ),
  );
  const failing = (result: FileResult) =>
    !result.ok ||
    (failOn !== 'never' &&
      result.findings.some((finding) => finding.severity === 'error' || (failOn === 'warning' && finding.severity === 'warning')));
  return results.some(failing) ? 1 : 0;
}

// Run when executed directly, also through npm's bin symlink (not when imported by tests).
function isMain(): boolean {
  try {
    return realpathSync(process.argv[1] ?? '') === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}
if (isMain()) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 2;
    },
  );
}
