/**
 * The importer for the browser: `importReport(source, options)` turns a published report — HTML
 * (a whole page or a fragment) or text copied from a page — into report JSON, parsing HTML with
 * DOMParser. Node: `./node.js` gives the same API with parse5.
 */
import { importWith } from './core.js';
import { parseHtmlWithDom } from './source/html-dom.js';
import type { ImportOptions, ImportResult } from './types.js';

export type { ImportOptions, ImportResult, ImportWarning } from './types.js';
export { decodeSource, declaredCharset, type DecodedSource } from './source/decode.js';
export { pageFacts } from './page.js';
// For the elements' loader, which reaches these through this file only when a source needs them.
export { readBinary } from '../load/binary.js';

/** Imports a published report. Never throws. */
export function importReport(source: string, options?: ImportOptions): ImportResult {
  if (typeof DOMParser === 'undefined') {
    const error = { zh: '此环境没有 DOMParser；在 Node 中请使用 import/node', en: 'no DOMParser here; in Node use import/node' };
    return { ok: false, error, warnings: [] };
  }
  return importWith(parseHtmlWithDom, source, options);
}
