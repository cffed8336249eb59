/**
 * How much the loader reads: a `src` response or a file over these sizes is refused before it is
 * read whole, so that no source can keep a page's main thread or the command line busy for long
 * (a real report's JSON is some kilobytes, its PDF or Word file well under a few megabytes).
 */
import { formatNumber } from '../format/number.js';
import { bi } from '../model/text.js';
import type { ReportProblem } from './load.js';

/** Any source: report JSON, a published page, PDF, .docx, .xlsx (20 MB). */
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;
/** Report JSON (4 MB: a report with all its prose is under 100 KB). */
export const MAX_JSON_BYTES = 4 * 1024 * 1024;

const megabytes = (bytes: number) => formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10);

export function tooLarge(where: string, size: number | undefined, limit: number): ReportProblem {
  const of = size === undefined ? '' : `${formatNumber(size)} bytes, `;
  const ofZh = size === undefined ? '' : `${formatNumber(size)} 字节，`;
  const message = bi(
    `${where}：文件过大（${ofZh}上限 ${megabytes(limit)} MB），未读取；一份年度报告的 JSON 只有几十 KB，PDF 或 Word 文件也不过几 MB`,
    `${where}: too large (${of}the limit is ${megabytes(limit)} MB), not read; a report's JSON is some tens of KB, its PDF or Word file a few MB`,
  );
  return { path: where, code: 'too-large', message };
}

/**
 * The body of a response, read up to `limit` bytes: over it (as declared, or as it arrives) the
 * download is cancelled and the problem returned. An abort rejects, as `fetch` does.
 */
export async function readLimited(response: Response, where: string, limit = MAX_SOURCE_BYTES): Promise<Uint8Array | ReportProblem> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > limit) {
    void response.body?.cancel().catch(() => undefined);
    return tooLarge(where, declared, limit);
  }
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return bytes.length > limit ? tooLarge(where, bytes.length, limit) : bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      void reader.cancel().catch(() => undefined);
      return tooLarge(where, undefined, limit);
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
