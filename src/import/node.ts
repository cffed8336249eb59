/**
 * The importer for Node: the same `importReport` as the browser's, parsing HTML with parse5.
 */
import { importWith } from './core.js';
import { parseHtmlWithParse5 } from './source/html-parse5.js';
import type { ImportOptions, ImportResult } from './types.js';

export type { ImportOptions, ImportResult, ImportWarning } from './types.js';
export { decodeSource, declaredCharset, type DecodedSource } from './source/decode.js';

/** Imports a published report. Never throws. */
export function importReport(source: string, options?: ImportOptions): ImportResult {
  return importWith(parseHtmlWithParse5, source, options);
}
