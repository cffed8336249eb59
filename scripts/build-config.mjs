// The Vite configuration of the drop-in file, shared by scripts/build.mjs and the size bench
// (which builds smaller entries with exactly the same settings).
import { fileURLToPath } from 'node:url';
import { minifyTemplatesPlugin } from './minify-templates.mjs';

export const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Files of their own beside dist/disclosure-tables.js, each loaded by the elements only when a page
 * needs it (a dynamic `import()` of the entry becomes an import of the file): the importer, for a
 * pasted published table or a `src` file that is not UTF-8; the Office reader, for a .docx or .xlsx;
 * the prose rules, for a report with prose; the editing mode, the first time `editable` is set, and
 * its outputs (static HTML, Excel), which the editing mode loads when one is asked for. A page that
 * needs none of them fetches none. A sibling may load a sibling listed before it.
 * `match` is the import specifier the elements use; `inside` the folder whose own modules import it as code.
 */
export const SIBLINGS = [
  {
    name: 'importer',
    file: 'disclosure-tables-import.js',
    entry: 'src/import/index.ts',
    match: /(^|\/)import\/index\.(js|ts)$/,
    inside: '/src/import/',
  },
  {
    name: 'Office reader',
    file: 'disclosure-tables-office.js',
    entry: 'src/import/office/index.ts',
    match: /(^|\/)import\/office\/index\.(js|ts)$/,
    inside: '/src/import/office/',
  },
  {
    name: 'structure errors',
    file: 'disclosure-tables-errors.js',
    entry: 'src/model/explain.ts',
    match: /(^|\/)model\/explain\.(js|ts)$/,
    inside: '/src/model/',
  },
  {
    name: 'English',
    file: 'disclosure-tables-en.js',
    entry: 'src/model/text-en.ts',
    match: /(^|\/)model\/text-en\.(js|ts)$/,
    inside: '/src/model/',
  },
  {
    name: 'rules beyond one table',
    file: 'disclosure-tables-beyond.js',
    entry: 'src/check/beyond.ts',
    match: /(^|\/)check\/beyond\.(js|ts)$/,
    inside: '/src/check/',
  },
  {
    name: 'editing mode',
    file: 'disclosure-tables-edit.js',
    entry: 'src/edit/index.ts',
    match: /(^|\/)edit\/index\.(js|ts)$/,
    inside: '/src/edit/',
  },
  {
    name: 'editing outputs',
    file: 'disclosure-tables-edit-outputs.js',
    entry: 'src/edit/outputs/index.ts',
    match: /(^|\/)outputs\/index\.(js|ts)$/,
    inside: '/src/edit/outputs/',
  },
];
export const IMPORTER_FILE = SIBLINGS[0].file;
export const OFFICE_FILE = SIBLINGS[1].file;

/** The PDF reader's own drop-in file (pdf.js inside), and the folder of pdf.js's worker, CMaps and fonts. */
export const PDF_READER_FILE = 'disclosure-tables-pdf.js';
export const PDF_ASSETS_DIR = 'pdfjs';

/** @returns {import('vite').Plugin} */
function siblingsExternal() {
  return {
    name: 'disclosure-siblings',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !importer.includes('/src/')) return null;
      const sibling = SIBLINGS.find((item) => item.match.test(source) && !importer.includes(item.inside));
      return sibling ? { id: `./${sibling.file}`, external: true } : null;
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
 * A module of ours (`file`, imported from a module in `folder`) replaced by `code` in the browser files.
 * @returns {import('vite').Plugin}
 */
function replacedModule(name, folder, file, code) {
  const ID = `\0${name}`;
  const specifier = new RegExp(`^\\./${file}\\.(js|ts)$`);
  return {
    name,
    enforce: 'pre',
    resolveId(source, importer) {
      return importer && importer.includes(folder) && specifier.test(source) ? ID : null;
    },
    load(id) {
      return id === ID ? code : null;
    },
  };
}

/**
 * Where a browser has no constructable style sheets, the drop-in links the style sheet files
 * beside it (dist/disclosure-tables-<name>.css, scripts/element-css.ts) instead of lit's inline
 * `<style>`, which a strict Content-Security-Policy blocks (src/internal/style-files.ts).
 */
const styleFilesBeside = () =>
  replacedModule(
    'disclosure-style-files-beside',
    '/src/internal/',
    'style-files',
    "export const styleFile = (name) => new URL(/* @vite-ignore */ './disclosure-tables-' + name + '.css', import.meta.url).href;\n",
  );

/**
 * The browser files read one report per element: the structure check's shortcut for batches of
 * JSON files (src/model/json-as-is.ts) is left out of them.
 */
const jsonAsIsOff = () =>
  replacedModule('disclosure-json-as-is-off', '/src/model/', 'json-as-is', 'export const TAKE_JSON_AS_IS = false;\n');

/** …and so is the reader compiled from the table definitions (src/check/compiled-reader.ts): no code is compiled in a page. */
const compiledReaderOff = () =>
  replacedModule('disclosure-compiled-reader-off', '/src/check/', 'compiled-reader', 'export const readCompiled = () => undefined;\n');

/**
 * A Vite inline config that bundles `entry` into one minified ES module with lit and zod inlined.
 * @param {{ entry: string, outDir?: string, fileName?: string, write?: boolean, sourcemap?: boolean }} options
 * @returns {import('vite').InlineConfig}
 */
/** V8's explicit compile hint for a whole file: https://v8.dev/blog/explicit-compile-hints */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

export function dropInConfig({ entry, outDir = 'dist', fileName = 'disclosure-tables.js', write = true, sourcemap = true }) {
  return {
    configFile: false,
    root,
    mode: 'production',
    logLevel: 'warn',
    publicDir: false,
    plugins: [siblingsExternal(), pdfReaderAsSibling(), styleFilesBeside(), jsonAsIsOff(), compiledReaderOff(), minifyTemplatesPlugin()],
    build: {
      outDir,
      emptyOutDir: false,
      write,
      target: 'es2021',
      sourcemap,
      reportCompressedSize: false,
      copyPublicDir: false,
      minify: 'terser',
      terserOptions: { module: true, ecma: 2021, compress: { passes: 3 }, format: { comments: false } },
      lib: { entry, formats: ['es'], fileName: () => fileName },
      rolldownOptions: {
        // Vite's lib mode keeps whitespace by default; this gives a truly minified file.
        // `comments: false` also drops the /* @__PURE__ */ marks, which nothing reads after this build.
        // The PDF reader's file holds pdf.js, which its code imports lazily for npm users.
        // The reading drop-in runs nearly all its functions on a first render: V8's explicit compile
        // hint (Chrome 136+) compiles them while the file streams in, off the main thread, instead of
        // one by one on first call during that render. Other engines ignore the comment.
        output: {
          minify: true,
          comments: false,
          ...(fileName === PDF_READER_FILE ? { codeSplitting: false } : {}),
          ...(fileName === 'disclosure-tables.js' ? { postBanner: COMPILE_HINT } : {}),
        },
      },
    },
  };
}
