/**
 * The PDF reader the elements use in the browser. From the npm package, pdfjs-dist is optional:
 * importing `disclosure-tables/import/pdf` registers the reader, and until then a PDF `src` is
 * refused with that advice — so a bundler never meets pdfjs-dist unless the app asks for it. The
 * drop-in build replaces this module with a dynamic import of its own PDF reader file
 * (`disclosure-tables-pdf.js`, beside it; scripts/build-config.mjs). It is reached from
 * src/load/binary.ts, which travels in the importer's file: the drop-in file does not grow for it.
 */
import { bi } from '../model/text.js';
import type { ImportBytes } from './load.js';

let registered: ImportBytes | undefined;

/** Makes `reader` the PDF reader of the elements (done by `disclosure-tables/import/pdf`). */
export function usePdfReader(reader: ImportBytes): void {
  registered = reader;
}

const missing: ImportBytes = async () => ({
  ok: false,
  warnings: [],
  error: bi(
    '此页面没有加载 PDF 读取器：请安装 pdfjs-dist 并 import "disclosure-tables/import/pdf"，或使用 disclosure-tables.js 单文件版',
    'no PDF reader is loaded on this page: install pdfjs-dist and import "disclosure-tables/import/pdf", or use the disclosure-tables.js drop-in file',
  ),
});

export const pdfReader = async (): Promise<ImportBytes> => registered ?? missing;
