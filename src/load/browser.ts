/**
 * Loading in the browser: a `src` URL, a pasted published table, inline JSON. The importer (and its
 * decoder for non-UTF-8 files) loads only when a source needs it: the drop-in build points
 * `../import/index.js` at the importer's own file beside it.
 */
import type { ImportOptions } from '../import/types.js';
import { translated } from '../model/text.js';
import { fromBytes, fromImport, problem, type Loaded, type Readers } from './load.js';
import { readLimited } from './limits.js';

/** The structural errors of a report that is not well-formed come from zod, loaded only then. */
export const explainInBrowser = () => import('../model/explain.js');

export const browserReaders: Readers = {
  explain: explainInBrowser,
  decode: async () => (await import('../import/index.js')).decodeSource,
  importText: async () => (await import('../import/index.js')).importReport,
  // A PDF goes through `binary` too, which loads the PDF reader only then (src/load/pdf-reader.ts).
  binary: async () => (await import('../import/index.js')).readBinary,
  docx: async () => (await import('../import/office/index.js')).importDocx,
  xlsx: async () => (await import('../import/office/index.js')).importXlsx,
};

/**
 * Fetches a report from a URL: report JSON, or a binary format the readers know (told by its bytes).
 * Network and HTTP failures become problems naming the URL. An abort rejects, as `fetch` does.
 */
export async function fromUrl(
  url: string,
  signal: AbortSignal,
  readers: Readers = browserReaders,
  options: ImportOptions = {},
): Promise<Loaded> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      notes: [],
      problems: [
        problem(
          url,
          'network',
          translated(`${url}：网络错误，无法加载（${detail}）`, (en) => en.load.network(url, detail)),
        ),
      ],
    };
  }
  if (!response.ok) {
    const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    return {
      ok: false,
      notes: [],
      problems: [
        problem(
          url,
          'http',
          translated(`${url}：服务器返回 ${status}`, (en) => en.load.http(url, status)),
        ),
      ],
    };
  }
  const bytes = await readLimited(response, url);
  if (!(bytes instanceof Uint8Array)) return { ok: false, notes: [], problems: [bytes] };
  return fromBytes(bytes, { where: url, contentType: response.headers.get('content-type'), text: 'json', import: options }, readers);
}

/** The inline `<script type="application/json">` child of a host, if any. */
export function inlineJson(host: Element): HTMLScriptElement | null {
  for (const child of Array.from(host.children)) {
    if (child instanceof HTMLScriptElement && child.type.trim().toLowerCase() === 'application/json') return child;
  }
  return null;
}

/**
 * A report read from the published table(s) pasted inside a host, with the page's title or headings
 * for agency and year.
 */
export async function fromPageTable(host: Element): Promise<Loaded> {
  const source = Array.from(host.children, (child) => (child.localName === 'script' ? '' : child.outerHTML)).join('\n');
  const { importReport, pageFacts } = await import('../import/index.js');
  return fromImport(importReport(source, { partial: true, ...pageFacts(host.ownerDocument) }), 'table');
}
