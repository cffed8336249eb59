// The bench's sections, in the order `npm run bench` runs them: those timed in Node first, before
// Chromium is started. A section is `{ name, title, browser?, run({ log, budget, env, browser,
// samples }) }`: `log` prints a line, `budget(name, pass, detail)` prints a PASS/FAIL line and counts
// it, `env` (sections with `browser: true`) gives `freshPage()` on the drop-in page and
// `server.routes` for extra pages; a section that times Node before it needs the browser has
// `browser: 'after-node'` and awaits `browser()` for the same `env`.
// To add a figure (e.g. the importer's), write bench/<name>.mjs and list it here.
import size from './size.mjs';
import render from './render.mjs';
import update from './update.mjs';
import edit from './edit.mjs';
import checker from './checker.mjs';
import importer from './import.mjs';
import office from './office.mjs';
import pdf from './pdf.mjs';

export default [
  size,
  checker,
  importer,
  { ...render, browser: true },
  { ...update, browser: true },
  { ...edit, browser: true },
  office,
  pdf,
];
