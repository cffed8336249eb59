/**
 * `importReport` for any HTML parser: detects HTML or text, builds the intermediate form and maps
 * it. Never throws.
 */
import type { SourceDocument } from './source/intermediate.js';
import { mapDocument } from './assemble/map.js';
import { readTextSource } from './source/text-source.js';
import type { ImportOptions, ImportResult } from './types.js';

/** Larger sources are not a report page (the largest real ones are about 200 KB). */
const MAX_SOURCE_LENGTH = 10_000_000;
const HTML_TAG = /<(?:!doctype|html|head|body|table|tbody|tr|td|th|p|div|span|br|font|h[1-6]|ul|ol|li|section|article)\b[^>]*>/i;

export function looksLikeHtml(source: string): boolean {
  return HTML_TAG.test(source);
}

export function importWith(parseHtml: (source: string) => SourceDocument, source: unknown, options: ImportOptions = {}): ImportResult {
  try {
    if (typeof source !== 'string') {
      return { ok: false, error: { zh: '没有可导入的文本', en: 'nothing to import: the source is not text' }, warnings: [] };
    }
    if (!source.trim()) return { ok: false, error: { zh: '来源为空', en: 'the source is empty' }, warnings: [] };
    if (source.length > MAX_SOURCE_LENGTH) {
      return {
        ok: false,
        error: { zh: '来源过大，不像是一份年度报告', en: 'the source is too large to be an annual report' },
        warnings: [],
      };
    }
    const kind = options.sourceKind ?? (looksLikeHtml(source) ? 'html' : 'text');
    const doc = kind === 'html' ? parseHtml(source) : readTextSource(source);
    return mapDocument(doc, options ?? {});
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { zh: `导入失败：${text}`, en: `import failed: ${text}` }, warnings: [] };
  }
}
