import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findBrowser } from './scripts/find-browser.mjs';
import { emulateMediaCommand, printPdfCommand, rawDropIn, reactAsEsm } from './scripts/build-test-deps.mjs';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { clipboardAccessCommand } from './scripts/test-clipboard.mjs';
import { hostilePages } from './scripts/hostile-pages.mjs';

const executablePath = findBrowser();
if (!executablePath) {
  throw new Error('No Chrome or Chromium found: run `npm run setup` or set CHROME_PATH.');
}

export default {
  files: 'test/browser/**/*.test.ts',
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // The drop-in file is served as built; React (CommonJS) is served as ES modules; the attack tests
  // get pages with the Content-Security-Policy they ask for.
  middleware: [rawDropIn, hostilePages],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    reactAsEsm(),
    emulateMediaCommand(),
    printPdfCommand(),
    clipboardAccessCommand(),
    a11ySnapshotPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      },
    }),
  ],
};
