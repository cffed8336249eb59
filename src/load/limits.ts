/**
 * How much the loader reads: a `src` response or a file over these sizes is refused before it is
 * read whole, so that no source can keep a page's main thread or the command line busy for long
 * (a real report's JSON is some kilobytes, its PDF or Word file well under a few megabytes).
 */
import { translated } from '../model/text.js';
import type { ReportProblem } from './load.js';

const MB = 1024 * 1024;
/** Any source: report JSON, a published page, PDF, .docx, .xlsx. */
export const MAX_SOURCE_BYTES = 20 * MB;
/** Report JSON (a report with all its prose is under 100 KB). */
export const MAX_JSON_BYTES = 4 * MB;

export const tooLarge = (where: string, limit: number): ReportProblem => ({
  path: where,
  code: 'too-large',
  message: translated(`${where}：文件过大（上限 ${limit / MB} MB），未读取`, (en) => en.load.tooLarge(where, limit / MB)),
});

/**
 * The body of a response, read up to `limit` bytes: over it (as declared, or as it arrives) the
 * download is cancelled and the problem returned. An abort rejects, as `fetch` does.
 */
export async function readLimited(response: Response, where: string, limit = MAX_SOURCE_BYTES): Promise<Uint8Array | ReportProblem> {
  const reader = Number(response.headers.get('content-length')) > limit ? undefined : response.body?.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const chunk = reader && (await reader.read());
    if (!chunk || total + (chunk.value?.length ?? 0) > limit) {
      void (reader ?? response.body)?.cancel().catch(() => undefined);
      return tooLarge(where, limit);
    }
    if (chunk.done) break;
    chunks.push(chunk.value);
    total += chunk.value.length;
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
