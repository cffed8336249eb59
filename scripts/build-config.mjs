// The Vite configuration of the drop-in file, shared by scripts/build.mjs and the size bench
// (which builds smaller entries with exactly the same settings).
import { fileURLToPath } from 'node:url';
import { minifyTemplatesPlugin } from './minify-templates.mjs';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** The importer's own drop-in file, next to dist/disclosure-tables.js. */
export const IMPORTER_FILE = 'disclosure-tables-import.js';

/** The Office reader's own drop-in file (.docx/.xlsx import), next to dist/disclosure-tables.js. */
export const OFFICE_FILE = 'disclosure-tables-office.js';
/** The PDF reader's own drop-in file (pdf.js inside), and the folder of pdf.js's worker, CMaps and fonts. */
export const PDF_READER_FILE = 'disclosure-tables-pdf.js';
export const PDF_ASSETS_DIR = 'pdfjs';

/**
 * The elements load the importer (src/import/) only when a page pastes a published table inside
 * one, or to decode a `src` file that is not UTF-8 (`import('../import/index.js')`). In the drop-in
 * file that import points to the importer's own self-contained file beside it, so the importer is
 * never part of disclosure-tables.js and a page that needs neither never fetches it.
 * @returns {import('vite').Plugin}
 */
function importerAsSibling() {
  return {
    name: 'disclosure-importer-as-sibling',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer && importer.includes('/src/') && !importer.includes('/src/import/') && /(^|\/)import\/index\.(js|ts)$/.test(source)) {
        return { id: `./${IMPORTER_FILE}`, external: true };
      }
      // Likewise the Office reader, loaded only when a .docx or .xlsx comes.
      if (
        importer &&
        importer.includes('/src/') &&
        !importer.includes('/src/import/office/') &&
        /(^|\/)import\/office\/index\.(js|ts)$/.test(source)
      ) {
        return { id: `./${OFFICE_FILE}`, external: true };
      }
      return null;
    },
  };
}

/**
 * The elements reach the PDF reader through src/load/pdf-reader.ts (from npm: whatever the app
 * registered by importing `disclosure-tables/import/pdf`). In the drop-in file it becomes a
 * dynamic import of the PDF reader's own file beside it, loaded only when a `src` is a PDF; that
 * file finds pdf.js's worker, CMaps and standard fonts in `pdfjs/` beside itself (src/import/pdf/assets.ts).
 * @returns {import('vite').Plugin}
 */
function pdfReaderAsSibling() {
  const READER = '\0disclosure-pdf-reader';
  const ASSETS = '\0disclosure-pdf-assets';
  return {
    name: 'disclosure-pdf-reader-as-sibling',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === `./${PDF_READER_FILE}`) return { id: source, external: true };
      if (importer && importer.includes('/src/') && /(^|\/)pdf-reader\.(js|ts)$/.test(source)) return READER;
      if (importer && importer.includes('/src/import/pdf/') && /^\.\/assets\.(js|ts)$/.test(source)) return ASSETS;
      return null;
    },
    load(id) {
      if (id === READER)
        return `export const pdfReader = async () => (await import('./${PDF_READER_FILE}')).importPdf;\nexport function usePdfReader() {}\n`;
      if (id === ASSETS)
        return `export const bundledAssets = () => new URL(/* @vite-ignore */ './${PDF_ASSETS_DIR}/', import.meta.url).href;\nexport const workerModule = undefined;\n`;
      return null;
    },
  };
}

/**
 * A Vite inline config that bundles `entry` into one minified ES module with lit and zod inlined.
 * @param {{ entry: string, outDir?: string, fileName?: string, write?: boolean, sourcemap?: boolean }} options
 * @returns {import('vite').InlineConfig}
 */
export function dropInConfig({ entry, outDir = 'dist', fileName = 'disclosure-tables.js', write = true, sourcemap = true }) {
  return {
    configFile: false,
    root,
    mode: 'production',
    logLevel: 'warn',
    publicDir: false,
    plugins: [importerAsSibling(), pdfReaderAsSibling(), minifyTemplatesPlugin()],
    build: {
      outDir,
      emptyOutDir: false,
      write,
      target: 'es2021',
      sourcemap,
      reportCompressedSize: false,
      copyPublicDir: false,
      minify: true,
      lib: { entry, formats: ['es'], fileName: () => fileName },
      rolldownOptions: {
        // Vite's lib mode keeps whitespace by default; this gives a truly minified file.
        // `comments: false` also drops the /* @__PURE__ */ marks, which nothing reads after this build.
        // The PDF reader's file holds pdf.js, which its code imports lazily for npm users.
        output: { minify: true, comments: false, ...(fileName === PDF_READER_FILE ? { codeSplitting: false } : {}) },
      },
    },
  };
}
