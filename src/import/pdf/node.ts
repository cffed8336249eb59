/**
 * The PDF importer for Node: `importPdf(bytes, options)` with pdf.js (pdfjs-dist, an optional peer
 * dependency, loaded on the first call) and its CMaps and standard fonts read from its own folder
 * on disk — no network.
 */
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import type { ImportOptions, ImportResult } from '../types.js';
import { PDF_FAILURES } from './messages.js';
import { readPdf, type Pdfjs, type PdfEnvironment } from './read.js';

export type { ImportOptions, ImportResult, ImportWarning } from '../types.js';

let environment: Promise<PdfEnvironment> | undefined;

function loadEnvironment(): Promise<PdfEnvironment> {
  environment ??= (async () => {
    // The legacy build: the one pdf.js documents for Node.
    const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as Pdfjs;
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    const folder = (name: string) => `${join(root, name)}${sep}`;
    return {
      pdfjs,
      documentOptions: {
        cMapUrl: folder('cmaps'),
        cMapPacked: true,
        standardFontDataUrl: folder('standard_fonts'),
        wasmUrl: folder('wasm'),
        useSystemFonts: false,
      },
    };
  })();
  environment.catch(() => (environment = undefined));
  return environment;
}

/** Imports a report from the bytes of a PDF. Never throws. */
export async function importPdf(bytes: ArrayBuffer | Uint8Array, options?: ImportOptions): Promise<ImportResult> {
  let loaded: PdfEnvironment;
  try {
    loaded = await loadEnvironment();
  } catch (error) {
    return { ok: false, error: PDF_FAILURES.unavailable(error instanceof Error ? error.message : String(error)), warnings: [] };
  }
  return readPdf(bytes, loaded, options);
}
