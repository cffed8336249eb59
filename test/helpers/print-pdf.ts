/**
 * PDFs the tests make themselves: the pages of report-page.ts printed by headless Chromium through
 * puppeteer-core (the same settings as the browser tests' print command). Nothing is fetched.
 */
import puppeteer, { type Browser } from 'puppeteer-core';
// @ts-expect-error: a plain ES module of the build scripts, without types.
import { findBrowser } from '../../scripts/find-browser.mjs';
// @ts-expect-error: a plain ES module of the build scripts, without types.
import { PDF_PRINT_OPTIONS } from '../../scripts/build-test-deps.mjs';

export { IMAGE_ONLY_PAGE, reportPage, type PrintVariant } from './report-page.js';

let browser: Promise<Browser> | undefined;

/** Prints HTML to PDF bytes (A4) in headless Chromium. */
export async function printPdf(html: string): Promise<Uint8Array> {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('No Chrome or Chromium found: run `npm run setup` or set CHROME_PATH.');
  browser ??= puppeteer.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  const page = await (await browser).newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    return new Uint8Array(await page.pdf(PDF_PRINT_OPTIONS));
  } finally {
    await page.close();
  }
}

export async function closeBrowser(): Promise<void> {
  const open = browser;
  browser = undefined;
  await (await open)?.close();
}
