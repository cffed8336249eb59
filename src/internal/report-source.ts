/**
 * Where an element's report comes from, in order of precedence: the `report` property, the `src`
 * URL, an inline `<script type="application/json">` child, a published `<table>` pasted inside it.
 * Turns each into a parsed report or a list of problems, never an exception.
 */
import { parseReport, type Bilingual } from '../model/parse.js';
import { jsonTextMessage, parseJsonText } from '../model/json-text.js';
import type { Report } from '../model/schema.js';
import type { ImportWarning } from '../import/types.js';
import type { ReportProblem } from './events.js';

/** `notes`: how the source was read where that was a guess (e.g. the encoding of a `src` file). */
export type Loaded = ({ ok: true; report: Report } | { ok: false; problems: ReportProblem[] }) & { notes?: readonly ImportWarning[] };

const problem = (path: string, code: ReportProblem['code'], message: Bilingual, line?: number): ReportProblem =>
  line === undefined ? { path, code, message } : { path, code, message, line };

/** Checks the structure of a report object. */
export function fromObject(input: unknown): Loaded {
  const parsed = parseReport(input);
  return parsed.ok ? { ok: true, report: parsed.report } : { ok: false, problems: parsed.errors };
}

/** Parses JSON text; a syntax error names its line and, where it can, the cause. `where` names the source (URL or `script`). */
export function fromJsonText(text: string, where: string): Loaded {
  const parsed = parseJsonText(text);
  if (parsed.ok) return fromObject(parsed.value);
  return { ok: false, problems: [problem(where, 'not-json', jsonTextMessage(where, parsed.error), parsed.error.line)] };
}

/** Fetches report JSON from a URL. Network and HTTP failures become problems naming the URL. */
export async function fromUrl(url: string, signal: AbortSignal): Promise<Loaded> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [problem(url, 'network', { zh: `${url}：网络错误，无法加载（${detail}）`, en: `${url}: network error, could not load (${detail})` })] };
  }
  if (!response.ok) {
    const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    return { ok: false, problems: [problem(url, 'http', { zh: `${url}：服务器返回 ${status}`, en: `${url}: the server answered ${status}` })] };
  }
  const bytes = await response.arrayBuffer();
  let text: string | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: a file saved as GBK (Notepad's "ANSI" on Chinese Windows), read below.
  }
  if (text !== undefined) return fromJsonText(text, url);
  // The decoder that knows declarations and says what it guessed comes with the importer, loaded only here.
  const { decodeSource } = await import('../import/index.js');
  const decoded = decodeSource(bytes, response.headers.get('content-type'));
  const loaded = fromJsonText(decoded.text, url);
  return decoded.note ? { ...loaded, notes: [{ kind: 'encodingGuessed', message: decoded.note, source: '' }] } : loaded;
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
 * for agency and year. The importer module loads only here, so pages without pasted tables never
 * fetch it (the drop-in build points this import at its own file).
 */
export async function fromPageTable(host: Element): Promise<Loaded> {
  const source = Array.from(host.children, (child) => (child.localName === 'script' ? '' : child.outerHTML)).join('\n');
  const { importReport, pageFacts } = await import('../import/index.js');
  const result = importReport(source, { partial: true, ...pageFacts(host.ownerDocument) });
  const loaded: Loaded = result.ok
    ? { ok: true, report: result.report, notes: result.warnings }
    : { ok: false, problems: [problem('table', 'import-failed', result.error)], notes: result.warnings };
  return loaded;
}
