// Web Test Runner helpers for the tests that need more than the test server gives by itself:
// - `rawDropIn`: serves dist/disclosure-tables.js byte for byte (the esbuild plugin would otherwise
//   re-transform it, and node-resolve would rewrite any bare import, hiding a file that is not
//   self-contained);
// - `reactAsEsm()`: React ships CommonJS only; this bundles react + react-dom once (with Vite) into
//   one ES module, and maps `react`, `react-dom` and `react-dom/client` to thin re-exports of it, so
//   test/browser/react.test.ts and src/react/ run unbundled like every other test.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Koa middleware: `/dist/disclosure-tables.js[?…]` straight from disk. */
export async function rawDropIn(context, next) {
  // The drop-in's sibling files too: its PDF reader and pdf.js's worker, CMaps and fonts.
  const sibling = /^\/dist\/(?:disclosure-tables-pdf\.js|pdfjs\/[\w./-]+)$/.test(context.path) && !context.path.includes('..');
  if (sibling) {
    try {
      context.body = readFileSync(join(root, context.path));
      context.type = context.path.endsWith('.mjs') || context.path.endsWith('.js') ? 'text/javascript' : 'application/octet-stream';
      context.set('cache-control', 'no-store');
    } catch {
      context.status = 404;
    }
    return;
  }
  if (context.path !== '/dist/disclosure-tables.js') return next();
  try {
    context.body = readFileSync(join(root, 'dist', 'disclosure-tables.js'));
    context.type = 'text/javascript';
    context.set('cache-control', 'no-store');
  } catch {
    context.status = 404;
    context.body = 'dist/disclosure-tables.js is missing: run `npm run build` (npm test does it in pretest).';
  }
}

const PREFIX = '/__react-esm__/';
const modules = {
  react: 'react',
  'react-dom': 'react-dom',
  'react-dom/client': 'react-dom/client',
};

/** @returns {import('@web/dev-server-core').Plugin} */
export function reactAsEsm() {
  let bundle;
  // The export names, read in a child process (React's development build must not run inside the
  // test runner, which replaces the console).
  const exportNames = (name) => {
    const result = spawnSync(
      process.execPath,
      ['-e', `process.stdout.write(JSON.stringify(Object.keys(require(${JSON.stringify(name)}))))`],
      { cwd: root, encoding: 'utf8' },
    );
    if (result.status !== 0) throw new Error(`cannot read the exports of ${name}: ${result.stderr}`);
    return JSON.parse(result.stdout);
  };
  async function build() {
    const { build: viteBuild } = await import('vite');
    const dir = join(root, 'node_modules', '.cache', 'react-esm');
    mkdirSync(dir, { recursive: true });
    const entry = join(dir, 'entry.js');
    writeFileSync(
      entry,
      `import react from 'react';\nimport reactDom from 'react-dom';\nimport reactDomClient from 'react-dom/client';\nexport const modules = { react, 'react-dom': reactDom, 'react-dom/client': reactDomClient };\n`,
    );
    const output = await viteBuild({
      configFile: false,
      root,
      logLevel: 'warn',
      mode: 'development',
      define: { 'process.env.NODE_ENV': '"development"' },
      build: { write: false, minify: false, lib: { entry, formats: ['es'], fileName: () => 'react.js' } },
    });
    return (Array.isArray(output) ? output[0] : output).output[0].code;
  }
  return {
    name: 'react-as-esm',
    resolveImport({ source }) {
      if (source in modules) return `${PREFIX}${source.replace('/', '__')}.js`;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return;
      const name = context.path.slice(PREFIX.length, -'.js'.length).replace('__', '/');
      if (name === 'bundle') {
        bundle ??= build();
        return { body: await bundle, type: 'js' };
      }
      if (!(name in modules)) return;
      const keys = exportNames(modules[name]).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
      const body = [
        `import { modules } from '${PREFIX}bundle.js';`,
        `const m = modules[${JSON.stringify(name)}];`,
        'export default m;',
        ...keys.map((key) => `export const ${key} = m.${key};`),
      ].join('\n');
      return { body, type: 'js' };
    },
  };
}

/**
 * A test-runner command, `disclosure-emulate-media`, that switches the test page to print media
 * and/or forced colours through the DevTools protocol. @web/test-runner-commands' `emulateMedia`
 * cannot: Puppeteer only lets `prefers-color-scheme`, `prefers-reduced-motion` and `color-gamut`
 * through. Payload: `{ media?: 'print' | 'screen' | '', forcedColors?: 'active' | 'none' | '' }`.
 * @returns {import('@web/test-runner-core').TestRunnerPlugin}
 */
export function emulateMediaCommand() {
  const sessions = new Map();
  return {
    name: 'disclosure-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'disclosure-emulate-media') return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error(`disclosure-emulate-media needs a Chrome browser, not ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      // Keep one DevTools session per page: emulation ends when the session that set it detaches.
      let client = sessions.get(page);
      if (!client) {
        client = await page.createCDPSession();
        sessions.set(page, client);
      }
      const forcedColors = payload?.forcedColors ?? '';
      await client.send('Emulation.setEmulatedMedia', {
        media: payload?.media ?? '',
        features: [{ name: 'forced-colors', value: forcedColors }],
      });
      return true;
    },
  };
}

/** How the PDF tests print a page: A4, with a running header and a page number as published reports have. */
export const PDF_PRINT_OPTIONS = {
  format: 'A4',
  margin: { top: '20mm', bottom: '20mm', left: '18mm', right: '18mm' },
  displayHeaderFooter: true,
  headerTemplate: '<div style="font-size:8px;width:100%;text-align:right;margin-right:18mm">政务公开年度报告</div>',
  footerTemplate: '<div style="font-size:9px;width:100%;text-align:center">- <span class="pageNumber"></span> -</div>',
};

/**
 * A web-test-runner command, `disclosure-print-pdf`: prints `payload.html` in a new tab of the test
 * browser and answers the PDF as base64, so browser tests import PDFs they made themselves.
 */
export function printPdfCommand() {
  return {
    name: 'disclosure-print-pdf',
    async executeCommand({ command, payload, session }) {
      if (command !== 'disclosure-print-pdf') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`disclosure-print-pdf needs a Chrome browser, not ${session.browser.type}`);
      const page = await session.browser.getPage(session.id).browser().newPage();
      try {
        await page.setContent(String(payload?.html ?? ''), { waitUntil: 'load' });
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
        return Buffer.from(await page.pdf(PDF_PRINT_OPTIONS)).toString('base64');
      } finally {
        await page.close();
      }
    },
  };
}
