// The bench's sections, in the order `npm run bench` runs them. A section is
// `{ name, title, browser?: true, run({ log, budget, env, samples }) }`: `log` prints a line,
// `budget(name, pass, detail)` prints a PASS/FAIL line and counts it, `env` (sections with
// `browser: true`) gives `freshPage()` on the drop-in page and `server.routes` for extra pages.
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
  { ...render, browser: true },
  { ...update, browser: true },
  { ...edit, browser: true },
  checker,
  importer,
  office,
  pdf,
];
