// Headless Chromium for the bench: puppeteer-core against the local Chrome/Chromium, pages served by
// bench/server.mjs on 127.0.0.1. One browser per bench run, a fresh page per sample.
import { readFileSync } from 'node:fs';
import { findBrowser } from '../scripts/find-browser.mjs';
import { startServer } from './server.mjs';
import { root } from '../scripts/build-config.mjs';

export const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
  '--disable-component-update',
  '--disable-extensions',
];

/** The page every render sample starts from: the drop-in file loaded, the elements defined. */
export const BASE_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>bench</title>
<style>body { margin: 0; width: 1200px; font: 14px/1.6 serif; } #stage { width: 1200px; }</style>
<script type="module" src="/dist/disclosure-tables.js"></script>
</head><body><div id="stage"></div></body></html>`;

/** The React comparison's page: its bundle (bench/react/app.mjs, built by bench/react/build.mjs), no drop-in file. */
export const REACT_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>bench</title>
<style>body { margin: 0; width: 1200px; font: 14px/1.6 serif; } #stage { width: 1200px; }</style>
<script type="module" src="/bench/react.js"></script>
</head><body><div id="stage"></div></body></html>`;

/** Both on one page, to hold the React DOM against the elements' DOM. */
export const BOTH_PAGE = BASE_PAGE.replace('</head>', '<script type="module" src="/bench/react.js"></script>\n</head>');

export async function launch() {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('No Chrome or Chromium found: run `npm run setup` or set CHROME_PATH.');
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({ executablePath, headless: true, args: ARGS });
  const { reactBundle } = await import('./react/build.mjs');
  const react = await reactBundle();
  const routes = {
    '/bench/page.html': BASE_PAGE,
    '/bench/react.html': REACT_PAGE,
    '/bench/both.html': BOTH_PAGE,
    '/bench/react.js': react.code,
  };
  // BENCH_DROP_IN=path/to/candidate.js measures another build of the drop-in file in its place.
  if (process.env.BENCH_DROP_IN) routes['/dist/disclosure-tables.js'] = readFileSync(process.env.BENCH_DROP_IN);
  const server = await startServer(root, routes);
  const version = await browser.version();
  return {
    browser,
    server,
    version,
    /** The React comparison's bundle: its size, gzip -9. */
    react: { version: react.version, bytes: react.bytes, gzip: react.gzip },
    /**
     * A fresh page: the base page with the four elements defined (`elements`), the React page
     * (`react`), or both (`both`).
     */
    async freshPage(kind = 'elements') {
      const page = await browser.newPage();
      page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
      await page.setViewport({ width: 1280, height: 900 });
      const path = { elements: '/bench/page.html', react: '/bench/react.html', both: '/bench/both.html' }[kind];
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      await page.evaluate(
        (elements, react) =>
          Promise.all([
            ...(elements
              ? ['disclosure-active-table', 'disclosure-application-table', 'disclosure-review-table', 'disclosure-report'].map((tag) =>
                  customElements.whenDefined(tag),
                )
              : []),
            ...(react
              ? [
                  new Promise((resolve) =>
                    (function wait() {
                      if (globalThis.benchReact) resolve();
                      else setTimeout(wait, 5);
                    })(),
                  ),
                ]
              : []),
          ]),
        kind !== 'react',
        kind !== 'elements',
      );
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
