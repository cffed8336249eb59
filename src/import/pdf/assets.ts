/**
 * Where pdf.js finds its worker, CMaps and standard fonts in the browser. From the npm package
 * (a bundler), nothing is known: the worker module is imported and runs on the page, and the
 * caller may name a folder (`assets`). The drop-in build replaces this module: its PDF reader
 * file finds them in `pdfjs/` beside itself (scripts/build-config.mjs).
 */

/** The folder beside the drop-in's PDF reader file; undefined outside the drop-in. */
export const bundledAssets: (() => string) | undefined = undefined;

/** pdf.js's worker as a module run on the page, for when no worker file can be named. */
export const workerModule: (() => Promise<unknown>) | undefined = () => import('pdfjs-dist/legacy/build/pdf.worker.min.mjs');
