/**
 * `importReport` for any HTML parser: detects HTML or text, builds the intermediate form and maps
 * it. Never throws.
 */
import type { SourceDocument } from './source/intermediate.js';
import { mapDocument } from './assemble/map.js';
import { readTextSource } from './source/text-source.js';
import type { ImportOptions, ImportResult } from './types.js';
import { formatNumber } from '../format/number.js';

/**
 * Larger sources are not a report page (the largest real ones are about 200 KB): refused at once,
 * so that no source keeps a page or the command line busy for long (reading is linear in the source).
 */
export const MAX_SOURCE_LENGTH = 2_000_000;
const HTML_TAG_START = /<(?:!doctype|html|head|body|table|tbody|tr|td|th|p|div|span|br|font|h[1-6]|ul|ol|li|section|article)\b/i;

/**
 * Whether the source has an HTML tag: a known tag's start with a `>` somewhere after it. (One
 * regular expression `<p\b[^>]*>` would scan to the end again from every unclosed `<p`.)
 */
export function looksLikeHtml(source: string): boolean {
  const start = HTML_TAG_START.exec(source);
  return start !== null && source.lastIndexOf('>') > start.index;
}

/**
 * Notes of the reading of copied text that mean a number's column was not proven by the labels: a
 * row with more or fewer numbers than its headers, a number under no header. (A table printed
 * without any headers is read in the official order, with its own note.)
 */
const UNPROVEN: ReadonlySet<string> = new Set(['columnsAssumed', 'extraValue', 'valueOutsideColumns']);

/**
 * Copied text keeps no cell positions: it imports only when every number's column is proven, and
 * otherwise fails (text copied from a PDF viewer scatters header labels and numbers over lines).
 */
function provenOrRefused(result: ImportResult): ImportResult {
  const unproven = result.warnings.find((warning) => UNPROVEN.has(warning.kind));
  if (!unproven) return result;
  const at = unproven.line ? `第 ${unproven.line} 行：` : '';
  const atEn = unproven.line ? `line ${unproven.line}: ` : '';
  const error = {
    zh: `无法确定复制文字中各数字所在的列（${at}${unproven.message.zh}）；从 PDF 阅读器复制的文字会打乱表格的行列。请直接导入 PDF 文件，或从报告网页复制表格，或粘贴网页的 HTML`,
    en: `the columns of the numbers in the copied text cannot be proven (${atEn}${unproven.message.en}); text copied from a PDF viewer scatters a table’s rows and columns. Import the PDF file itself, copy the table from the report’s web page, or paste its HTML`,
  };
  return { ok: false, error, warnings: result.warnings };
}

export function importWith(parseHtml: (source: string) => SourceDocument, source: unknown, options: ImportOptions = {}): ImportResult {
  try {
    if (typeof source !== 'string') {
      return { ok: false, error: { zh: '没有可导入的文本', en: 'nothing to import: the source is not text' }, warnings: [] };
    }
    if (!source.trim()) return { ok: false, error: { zh: '来源为空', en: 'the source is empty' }, warnings: [] };
    if (source.length > MAX_SOURCE_LENGTH) {
      const [size, limit] = [source.length, MAX_SOURCE_LENGTH].map((count) => formatNumber(count));
      const error = {
        zh: `来源过大（${size} 个字符，上限 ${limit}）：年度报告的网页或文字通常不超过 20 万字符`,
        en: `the source is too large (${size} characters; the limit is ${limit}): a report's page or text is rarely over 200,000`,
      };
      return { ok: false, error, warnings: [] };
    }
    const kind = options.sourceKind ?? (looksLikeHtml(source) ? 'html' : 'text');
    const doc = kind === 'html' ? parseHtml(source) : readTextSource(source);
    const result = mapDocument(doc, options ?? {});
    return kind === 'text' ? provenOrRefused(result) : result;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    // An error that explains itself in both languages (a page's Trusted Types policy) keeps its words.
    const own = (error as { bilingual?: { zh: string; en: string } } | null)?.bilingual;
    return { ok: false, error: own ?? { zh: `导入失败：${text}`, en: `import failed: ${text}` }, warnings: [] };
  }
}
