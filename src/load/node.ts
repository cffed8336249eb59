/**
 * Loading in Node, for the command line: a file or an http(s) URL, whatever its format. JSON is told
 * by the name (`.json`) or the server's Content-Type; other text is a published report, imported;
 * binary formats are told by their bytes.
 */
import '../model/english.js';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { decodeSource } from '../import/source/decode.js';
import type { ImportOptions } from '../import/types.js';
import * as explanations from '../model/explain.js';
import { bi } from '../model/text.js';
import { readBinary } from './binary.js';
import { fromBytes, problem, type Loaded, type Readers } from './load.js';
import { MAX_SOURCE_BYTES, readLimited, tooLarge } from './limits.js';

export const nodeReaders: Readers = {
  explain: async () => explanations,
  decode: async () => decodeSource,
  importText: async () => (await import('../import/node.js')).importReport,
  binary: async () => readBinary,
  docx: async () => (await import('../import/office/index.js')).importDocx,
  xlsx: async () => (await import('../import/office/index.js')).importXlsx,
  // pdfjs-dist is an optional peer dependency, loaded only when a PDF comes.
  pdf: async () => (await import('../import/pdf/node.js')).importPdf,
};

const isUrl = (where: string) => /^https?:\/\//i.test(where);

/** Reads a report from a file path or an http(s) URL. */
export async function fromSource(where: string, options: ImportOptions = {}, readers: Readers = nodeReaders): Promise<Loaded> {
  let bytes: Uint8Array;
  let contentType: string | null = null;
  let isJson: boolean;
  if (isUrl(where)) {
    let response: Response;
    try {
      response = await fetch(where);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        notes: [],
        problems: [
          problem(where, 'network', bi(`${where}：网络错误，无法加载（${detail}）`, `${where}: network error, could not load (${detail})`)),
        ],
      };
    }
    if (!response.ok) {
      const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return {
        ok: false,
        notes: [],
        problems: [problem(where, 'http', bi(`${where}：服务器返回 ${status}`, `${where}: the server answered ${status}`))],
      };
    }
    const read = await readLimited(response, where);
    if (!(read instanceof Uint8Array)) return { ok: false, notes: [], problems: [read] };
    bytes = read;
    contentType = response.headers.get('content-type');
    isJson = /json/i.test(contentType ?? '') || extname(new URL(where).pathname).toLowerCase() === '.json';
  } else {
    try {
      // Refused before it is read: a folder of files from anywhere may hold a huge one.
      const { size } = await stat(where);
      if (size > MAX_SOURCE_BYTES) return { ok: false, notes: [], problems: [tooLarge(where, MAX_SOURCE_BYTES)] };
      bytes = await readFile(where);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        notes: [],
        problems: [problem(where, 'unreadable', bi(`${detail}（无法读取文件）`, `${detail} (cannot read the file)`))],
      };
    }
    isJson = extname(where).toLowerCase() === '.json';
  }
  return fromBytes(bytes, { where, contentType, text: isJson ? 'json' : 'report', import: options }, readers);
}
