#!/usr/bin/env node
/**
 * The command line for reviewers who check many reports:
 *   disclosure-tables check [--lang en] [--json | --csv] [--fail-on error|warning|never] FILE...
 *   disclosure-tables import [--lang en] FILE        (published HTML or text → report JSON on stdout)
 *   disclosure-tables html [--lang en] FILE          (the tables as static HTML on stdout)
 * FILE is report JSON (.json), or a published report as HTML or text, which is imported first;
 * an http(s) URL is fetched.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { basename, dirname, extname, join } from 'node:path';
import { checkReport } from './check/checker.js';
import type { Lang } from './model/labels.js';
import { parseReport, type Bilingual } from './model/parse.js';
import { jsonTextMessage, parseJsonText } from './model/json-text.js';
import type { Report } from './model/schema.js';
import type { ImportOptions, ImportWarning } from './import/types.js';
import { formatCsv, formatSummary, formatText, type FileResult } from './cli-output.js';
import { decodeSource } from './import/source/decode.js';
import { tablesHtml } from './static/table-html.js';
import { TABLE_IDS, type TableId } from './model/keys.js';

const USAGE = `Usage:
  disclosure-tables check [--lang zh|en] [--json | --csv] [--fail-on error|warning|never] [IMPORT OPTIONS] FILE...
  disclosure-tables import [--lang zh|en] [IMPORT OPTIONS] FILE
  disclosure-tables html [--lang zh|en] [--table active|applications|reviews]... [--no-style] [IMPORT OPTIONS] FILE

IMPORT OPTIONS, for facts a pasted report body may lack (a given value wins over the source, with a warning):
  --agency NAME  --year YYYY  --title TEXT  --published-on YYYY-MM-DD  --partial (accept missing tables)

FILE is report JSON (.json) or a published report as HTML or copied text (any other name); an
http(s) URL is fetched first (JSON when the server says so or the path ends in .json). UTF-8, and
GBK/GB2312/GB18030 as declared or detected, are read alike. For check, a folder stands for the
.json, .html, .htm and .txt files in it, and * and ? in a file name are expanded (also where the
shell does not, as on Windows).
--csv prints one row per finding, import note or problem of every file (UTF-8 with a byte-order
mark, so spreadsheet programs read the Chinese), for reviewers who compare many reports.
html prints the tables as static, accessible HTML for a CMS that takes no script — from report JSON,
or from a published page as a clean copy of its tables.
check exits 1 when a file cannot be read or has a finding at or above --fail-on (default: error).`;

async function readReport(file: string, lang: Lang, options: ImportOptions = {}): Promise<{ report?: Report; problems: string[]; warnings: ImportWarning[] }> {
  let bytes: Uint8Array;
  let contentType: string | null = null;
  let isJson: boolean;
  try {
    if (/^https?:\/\//i.test(file)) {
      const response = await fetch(file);
      if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
      bytes = new Uint8Array(await response.arrayBuffer());
      contentType = response.headers.get('content-type');
      isJson = /json/i.test(contentType ?? '') || extname(new URL(file).pathname).toLowerCase() === '.json';
    } else {
      bytes = readFileSync(file);
      isJson = extname(file).toLowerCase() === '.json';
    }
  } catch (error) {
    return { problems: [error instanceof Error ? error.message : String(error)], warnings: [] };
  }
  // GBK/GB2312 pages and files are read as such (see import/decode.ts), saying so when it is a guess.
  const decoded = decodeSource(bytes, contentType);
  const text = decoded.text;
  const decodingNotes: ImportWarning[] = decoded.note ? [{ kind: 'encodingGuessed', message: decoded.note, source: '' }] : [];
  const pick = (message: Bilingual) => (lang === 'en' ? message.en : message.zh);
  if (isJson) {
    const json = parseJsonText(text);
    if (!json.ok) return { problems: [pick(jsonTextMessage(file, json.error))], warnings: decodingNotes };
    const parsed = parseReport(json.value);
    return parsed.ok
      ? { report: parsed.report, problems: [], warnings: decodingNotes }
      : { problems: parsed.errors.map((error) => pick(error.message)), warnings: decodingNotes };
  }
  // The importer (and its HTML parser) loads only when a file needs it.
  const { importReport } = await import('./import/node.js');
  const imported = importReport(text, options);
  const warnings = [...decodingNotes, ...imported.warnings];
  return imported.ok ? { report: imported.report, problems: [], warnings } : { problems: [pick(imported.error)], warnings };
}

const REPORT_FILE = /\.(json|html?|txt)$/i;

/**
 * Files to check: a directory stands for the report files in it (.json, .html, .htm, .txt, also in
 * subfolders), and a pattern with * or ? in its last part is expanded here, since Windows shells pass
 * it on as it is. URLs, plain files and patterns that match nothing stay as given.
 */
export function expandFiles(args: readonly string[]): string[] {
  const inside = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((entry) => (entry.isDirectory() ? inside(join(dir, entry.name)) : REPORT_FILE.test(entry.name) ? [join(dir, entry.name)] : []));
  return args.flatMap((arg) => {
    if (/^https?:\/\//i.test(arg)) return [arg];
    if (existsSync(arg)) return statSync(arg).isDirectory() ? inside(arg) : [arg];
    const name = basename(arg);
    if (!/[*?]/.test(name) || !existsSync(dirname(arg))) return [arg];
    const wildcard = name.replace(/[.+^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*').replaceAll('?', '.');
    const pattern = new RegExp(`^${wildcard}$`, 'i');
    const matches = readdirSync(dirname(arg))
      .filter((entry) => pattern.test(entry))
      .sort((a, b) => a.localeCompare(b))
      .map((entry) => join(dirname(arg), entry));
    return matches.length ? matches : [arg];
  });
}

export async function main(argv: readonly string[], out: (text: string) => void = console.log, err: (text: string) => void = console.error): Promise<number> {
  const [command, ...rest] = argv;
  let lang: Lang = 'zh';
  let format: 'text' | 'json' | 'csv' = 'text';
  let failOn: 'error' | 'warning' | 'never' = 'error';
  let styles = true;
  const tables: TableId[] = [];
  const files: string[] = [];
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
    }
    else if (arg === '--no-style') styles = false;
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
  if ((command !== 'check' && command !== 'import' && command !== 'html') || !files.length || (command !== 'check' && files.length !== 1)) {
    err(USAGE);
    return 2;
  }

  if (command === 'import' || command === 'html') {
    const { report, problems, warnings } = await readReport(files[0]!, lang, options);
    for (const warning of warnings) err(`${warning.line ? `${files[0]}:${warning.line}: ` : ''}${lang === 'en' ? warning.message.en : warning.message.zh}`);
    for (const problem of problems) err(`${files[0]}: ${problem}`);
    if (!report) return 1;
    out(command === 'import' ? JSON.stringify(report, null, 2) : tablesHtml(report, { lang, styles, ...(tables.length ? { tables } : {}) }));
    return 0;
  }

  const results: FileResult[] = [];
  for (const file of expandFiles(files)) {
    const { report, problems, warnings } = await readReport(file, lang, options);
    const result: FileResult = { file, ok: Boolean(report), findings: report ? checkReport(report, { lang }) : [], problems, importWarnings: warnings };
    if (report) Object.assign(result, { agency: report.agency, year: report.year });
    results.push(result);
  }
  out(
    format === 'json'
      ? JSON.stringify(results, null, 2)
      : format === 'csv'
        ? formatCsv(results, lang)
        : [...results.map((result) => formatText(result, lang)), ...(results.length > 1 ? [formatSummary(results, lang)] : [])].join('\n\n'),
  );
  const failing = (result: FileResult) =>
    !result.ok ||
    (failOn !== 'never' && result.findings.some((finding) => finding.severity === 'error' || (failOn === 'warning' && finding.severity === 'warning')));
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
