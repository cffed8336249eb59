/**
 * Public types of the importer: options, warnings and the result.
 */
import type { Bilingual } from '../model/parse.js';
import type { Report } from '../model/schema.js';
import type { WarningKind } from './assemble/warnings.js';
import type { PdfWarningKind } from './pdf/messages.js';

export type { Bilingual };

/** Something the importer guessed, normalised or could not read, quoting the source. */
export interface ImportWarning {
  /** What the note is about (stable, for filtering): an importer guess such as `fuzzyLabel`, or `encodingGuessed` for a file's character set. */
  kind: ImportWarningKind;
  message: Bilingual;
  /** The source text concerned, quoted as found (plain text, never markup); '' when there is none (a missing row). */
  source: string;
  /** 1-based line of the source where it was found. */
  line?: number;
  /** 1-based page of a PDF where it was found. */
  page?: number;
  /** The contract path it concerns, e.g. `applications.results.granted` or `year`. */
  path?: string;
}

export type ImportWarningKind = WarningKind | 'encodingGuessed' | 'previousUnreadable' | PdfWarningKind;

/**
 * What the caller knows from outside the source, e.g. the page title or date of a pasted
 * article body. A given value is used as is; when the source states another, a warning says so.
 */
export interface ImportOptions {
  agency?: string;
  year?: number;
  title?: string;
  /** ISO date, YYYY-MM-DD. */
  publishedOn?: string;
  /** Accept a source that lacks some of the three tables; they are then omitted. Default: fail. */
  partial?: boolean;
  /** Skip detection of the source kind. */
  sourceKind?: 'html' | 'text';
}

export type ImportResult =
  { ok: true; report: Report; warnings: ImportWarning[] } | { ok: false; error: Bilingual; warnings: ImportWarning[] };
