/**
 * One report loader for the elements and the command line: source → bytes → format (by the bytes)
 * → decoded text → JSON or an import → parsed report. Every outcome is a `Loaded`: the report, or
 * the problems that stop it, each with one shape (`ReportProblem`), plus notes on what was guessed.
 * Nothing here throws for bad input; readers for heavy formats are passed in and load on demand.
 */
import type { StructuralError } from '../model/parse.js';
import { checkStructure } from '../model/structure.js';
import type { Report } from '../model/schema.js';
import type { Bilingual } from '../model/text.js';
import type { ImportOptions, ImportResult, ImportWarning } from '../import/types.js';
import type { DecodedSource } from '../import/source/decode.js';
import type { readBinary } from './binary.js';
import { MAX_JSON_BYTES, MAX_SOURCE_BYTES, tooLarge } from './limits.js';

/** A report that could not be shown: a structural error, or a failure to load or read it. */
export interface ReportProblem {
  /** JSON path (structural errors), the file or URL, `script` for inline JSON, `table` for a pasted table; `''` for the whole report. */
  path: string;
  code:
    | StructuralError['code']
    | 'network'
    | 'http'
    | 'not-json'
    | 'import-failed'
    | 'unsupported-format'
    | 'unreadable'
    | 'unexpected'
    | 'too-large';
  message: Bilingual;
  /** 1-based line of the inline JSON or fetched text, where known. */
  line?: number;
}

/** The outcome of loading: the report or what stops it, and notes on whatever was a guess. */
export type Loaded = ({ ok: true; report: Report } | { ok: false; problems: ReportProblem[] }) & {
  /** How the source was read where that was a guess: the importer's notes, a file's encoding. */
  notes: readonly ImportWarning[];
};

type Import = (source: string, options?: ImportOptions) => ImportResult;
export type ImportBytes = (bytes: Uint8Array, options?: ImportOptions) => Promise<ImportResult>;

/**
 * What explains a report that is not well-formed (`parseReport`, zod) or text that is not JSON,
 * loaded only when one comes: model/explain.ts.
 */
export type Explain = () => Promise<typeof import('../model/explain.js')>;

/** The readers a loader may need, each loaded on demand (the drop-in keeps them in files of their own). */
export interface Readers {
  explain: Explain;
  decode(): Promise<(bytes: Uint8Array, contentType?: string | null) => DecodedSource>;
  importText(): Promise<Import>;
  /** What reads (or refuses, with advice) a source that is not plain text. */
  binary(): Promise<typeof readBinary>;
  /** Readers of binary formats, where this environment has them. */
  pdf?(): Promise<ImportBytes>;
  docx?(): Promise<ImportBytes>;
  xlsx?(): Promise<ImportBytes>;
}

export interface FromBytesOptions {
  /** Names the source in messages: a file name, a URL. */
  where: string;
  /** The HTTP Content-Type, when the bytes were fetched. */
  contentType?: string | null;
  /**
   * What text is: `json` — report JSON (an element's `src`); `report` — a published report (HTML
   * or copied text), imported. Binary formats are told by their bytes either way.
   */
  text: 'json' | 'report';
  import?: ImportOptions;
}

export const problem = (path: string, code: ReportProblem['code'], message: Bilingual, line?: number): ReportProblem =>
  line === undefined ? { path, code, message } : { path, code, message, line };

const failed = (problems: ReportProblem[], notes: readonly ImportWarning[] = []): Loaded => ({ ok: false, problems, notes });

/**
 * Checks the structure of a report object. A well-formed one is read at once; for one that is not,
 * the structural errors (zod's, passed on as they are) come once `explain` has loaded. `json`: the
 * object is what JSON.parse returned.
 */
export function fromObject(input: unknown, explain: Explain, json = false): Loaded | Promise<Loaded> {
  const report = checkStructure(input, json);
  if (report) return { ok: true, report, notes: [] };
  return explain().then(({ parseReport }) => {
    const parsed = parseReport(input);
    return parsed.ok ? { ok: true, report: parsed.report, notes: [] } : failed(parsed.errors);
  });
}

/** Parses report JSON text; a syntax error names its line and, where it can, the cause. */
export function fromJsonText(text: string, where: string, explain: Explain): Loaded | Promise<Loaded> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Why it does not parse is said by the explanations, loaded for it.
    return explain().then(({ parseJsonText, jsonTextMessage }) => {
      const parsed = parseJsonText(text);
      if (parsed.ok) return fromObject(parsed.value, explain, true);
      return failed([problem(where, 'not-json', jsonTextMessage(where, parsed.error), parsed.error.line)]);
    });
  }
  return fromObject(value, explain, true);
}

/** An import's outcome as a loading outcome. */
export function fromImport(result: ImportResult, where: string, notes: readonly ImportWarning[] = []): Loaded {
  const all = [...notes, ...result.warnings];
  return result.ok ? { ok: true, report: result.report, notes: all } : failed([problem(where, 'import-failed', result.error)], all);
}

const PDF_START = [0x25, 0x50, 0x44, 0x46]; // %PDF
const RTF_START = [0x7b, 0x5c, 0x72, 0x74]; // {\rt

/**
 * The cheap test that keeps format detection out of the reading path of report JSON: no NUL byte in
 * the first 8 KB (UTF-16 text starts with its byte-order mark) and neither a PDF nor an RTF header.
 */
function isPlainText(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const starts = (signature: readonly number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (starts(PDF_START) || starts(RTF_START)) return false;
  return !bytes.subarray(0, 8192).includes(0);
}

/** Reads a report from the bytes of a file or a response, whatever its format. */
export async function fromBytes(input: ArrayBuffer | Uint8Array, options: FromBytesOptions, readers: Readers): Promise<Loaded> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.length > MAX_SOURCE_BYTES) return failed([tooLarge(options.where, MAX_SOURCE_BYTES)]);
  if (!isPlainText(bytes)) return (await readers.binary())(bytes, options, readers);

  let text: string | undefined;
  let notes: ImportWarning[] = [];
  if (options.text === 'json' && bytes.length > MAX_JSON_BYTES) return failed([tooLarge(options.where, MAX_JSON_BYTES)]);
  if (options.text === 'json') {
    // The common case needs no decoder: JSON is UTF-8.
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // Not UTF-8: a file saved as GBK (Notepad's "ANSI" on Chinese Windows), decoded below.
    }
  }
  if (text === undefined) {
    // GBK/GB2312 pages and files are read as such, saying so when it is a guess.
    const decoded = (await readers.decode())(bytes, options.contentType);
    text = decoded.text;
    if (decoded.note) notes = [{ kind: 'encodingGuessed', message: decoded.note, source: '' }];
  }
  if (options.text === 'json') {
    const loaded = await fromJsonText(text, options.where, readers.explain);
    return { ...loaded, notes: [...notes, ...loaded.notes] };
  }
  return fromImport((await readers.importText())(text, options.import), options.where, notes);
}
