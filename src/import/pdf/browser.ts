/**
 * The PDF importer for the browser: `importPdf(bytes, options)`, with pdf.js (pdfjs-dist, an
 * optional peer dependency) loaded on the first call. Its worker, CMaps and standard fonts come
 * from a folder of the same site — `options.assets`, or in the drop-in build the `pdfjs/` folder
 * beside the reader's file — never from a CDN.
 */
import type { ImportOptions, ImportResult } from '../types.js';
import { bundledAssets, workerModule } from './assets.js';
import { PDF_FAILURES } from './messages.js';
import { readPdf, type Pdfjs, type PdfEnvironment } from './read.js';
import { usePdfReader } from '../../load/pdf-reader.js';

export type { ImportOptions, ImportResult, ImportWarning } from '../types.js';

export interface PdfImportOptions extends ImportOptions {
  /**
   * URL of a folder holding pdfjs-dist's `legacy/build/pdf.worker.min.mjs` as `pdf.worker.min.mjs`,
   * and its `cmaps/` and `standard_fonts/` folders. Without it (and outside the drop-in) the
   * worker runs on the page and fonts that need a CMap read as garbled, which the reader refuses.
   */
  assets?: string | URL;
}

type PdfjsWithWorker = Pdfjs & { GlobalWorkerOptions: { workerSrc: string } };

const environments = new Map<string, Promise<PdfEnvironment>>();

function loadEnvironment(assets: string | undefined): Promise<PdfEnvironment> {
  const key = assets ?? '';
  let environment = environments.get(key);
  if (!environment) {
    environment = (async () => {
      const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfjsWithWorker;
      if (assets) {
        pdfjs.GlobalWorkerOptions.workerSrc ||= new URL('pdf.worker.min.mjs', assets).href;
        const folder = (name: string) => new URL(`${name}/`, assets).href;
        return {
          pdfjs,
          documentOptions: {
            cMapUrl: folder('cmaps'),
            cMapPacked: true,
            standardFontDataUrl: folder('standard_fonts'),
            useSystemFonts: false,
          },
        };
      }
      // No worker file: pdf.js runs its worker code on the page when it finds it loaded.
      const global = globalThis as { pdfjsWorker?: unknown };
      if (!pdfjs.GlobalWorkerOptions.workerSrc && !global.pdfjsWorker && workerModule) global.pdfjsWorker = await workerModule();
      return { pdfjs, documentOptions: {} };
    })();
    environments.set(key, environment);
    environment.catch(() => environments.delete(key));
  }
  return environment;
}

/** Imports a report from the bytes of a PDF. Never throws. */
export async function importPdf(bytes: ArrayBuffer | Uint8Array, options: PdfImportOptions = {}): Promise<ImportResult> {
  const { assets, ...importOptions } = options;
  let loaded: PdfEnvironment;
  try {
    loaded = await loadEnvironment(assets !== undefined ? String(assets) : bundledAssets?.());
  } catch (error) {
    return { ok: false, error: PDF_FAILURES.unavailable(error instanceof Error ? error.message : String(error)), warnings: [] };
  }
  return readPdf(bytes, loaded, importOptions);
}

// Importing this module gives the elements their PDF reader (a `src` that is a PDF).
usePdfReader(importPdf);
