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

export async function launch() {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('No Chrome or Chromium found: run `npm run setup` or set CHROME_PATH.');
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({ executablePath, headless: true, args: ARGS });
  const routes = { '/bench/page.html': BASE_PAGE };
  // BENCH_DROP_IN=path/to/candidate.js measures another build of the drop-in file in its place.
  if (process.env.BENCH_DROP_IN) routes['/dist/disclosure-tables.js'] = readFileSync(process.env.BENCH_DROP_IN);
  const server = await startServer(root, routes);
  const version = await browser.version();
  return {
    browser,
    server,
    version,
    /** A fresh page on the base page with the four elements defined. */
    async freshPage() {
      const page = await browser.newPage();
      page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(`${server.url}/bench/page.html`, { waitUntil: 'load' });
      await page.evaluate(() =>
        Promise.all(
          ['disclosure-active-table', 'disclosure-application-table', 'disclosure-review-table', 'disclosure-report'].map((tag) =>
            customElements.whenDefined(tag),
          ),
        ),
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
