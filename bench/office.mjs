// Office section: in Node (the npm build), importing the official Word template filled with a
// report, importing a workbook of its tables, and exporting the report to .xlsx — each against a
// baseline measured in the same run (the same report's published HTML imported; its tables written
// as static HTML) — and the size of the Office reader's drop-in file.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { register } from 'tsx/esm/api';
import { root } from '../scripts/build-config.mjs';
import { median } from './browser.mjs';

const RUNS = 20;
const NAME = '014-shuyang-fgj-2023';
const ms = (value) => `${value.toFixed(1)} ms`;

async function timed(run) {
  const cold = performance.now();
  await run();
  const first = performance.now() - cold;
  const times = [];
  for (let index = 0; index < RUNS; index += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return { median: median(times), first };
}

export default {
  name: 'office',
  title: 'Office: a filled Word template and a workbook → report JSON; a report → .xlsx (Node)',
  async run({ log, budget }) {
    const load = (path) => {
      const file = join(root, 'dist', path);
      if (!existsSync(file)) throw new Error(`dist/${path} is missing: run \`npm run build\` first.`);
      return import(pathToFileURL(file).href);
    };
    const { importDocx, importXlsx } = await load('import/office/index.js');
    const { reportToXlsx } = await load('export/xlsx.js');
    const { importReport } = await load('import/node.js');
    const { tablesHtml, parseReport } = await load('pure.js');
    // The filled template is made by the tests' own filler (TypeScript, through tsx).
    const unregister = register();
    const { filledDocx } = await import(pathToFileURL(join(root, 'test', 'helpers', 'office.ts')).href);
    await unregister();

    const parsed = parseReport(JSON.parse(readFileSync(join(root, 'test', 'fixtures', `${NAME}.json`), 'utf8')));
    if (!parsed.ok) throw new Error(`${NAME}.json does not parse`);
    const report = parsed.report;
    const html = readFileSync(join(root, 'test', 'fixtures', `${NAME}.source.html`), 'utf8');
    const docx = filledDocx(report);
    const xlsx = reportToXlsx(report);
    for (const [label, result] of [
      ['docx', await importDocx(docx)],
      ['xlsx', await importXlsx(xlsx)],
    ]) {
      if (!result.ok) throw new Error(`the ${label} does not import: ${result.error.en}`);
    }

    const baseline = await timed(() => importReport(html, { title: report.title }));
    log(
      `baseline: the published HTML (${(html.length / 1024).toFixed(0)} KB) imported with parse5: median ${ms(baseline.median)} of ${RUNS}`,
    );
    const word = await timed(() => importDocx(docx));
    log(
      `filled official template (.docx, ${(docx.length / 1024).toFixed(0)} KB): median ${ms(word.median)} (first ${ms(word.first)}), ${(word.median / baseline.median).toFixed(2)}× the HTML import`,
    );
    const sheet = await timed(() => importXlsx(xlsx));
    log(
      `workbook of the tables (.xlsx, ${(xlsx.length / 1024).toFixed(1)} KB): median ${ms(sheet.median)} (first ${ms(sheet.first)}), ${(sheet.median / baseline.median).toFixed(2)}× the HTML import`,
    );
    const staticHtml = await timed(() => tablesHtml(report));
    const exported = await timed(() => reportToXlsx(report));
    log(
      `export to .xlsx: median ${ms(exported.median)} (first ${ms(exported.first)}); static HTML of the same tables ${ms(staticHtml.median)}: ${(exported.median / staticHtml.median).toFixed(2)}×`,
    );

    const office = join(root, 'dist', 'disclosure-tables-office.js');
    const dropIn = readFileSync(join(root, 'dist', 'disclosure-tables.js'), 'utf8');
    if (existsSync(office)) {
      const text = readFileSync(office);
      log(
        `Office reader file dist/disclosure-tables-office.js: ${text.length} B, ${gzipSync(text, { level: 9 }).length} B gzip (loaded only for a .docx/.xlsx)`,
      );
    }
    budget(
      'the drop-in holds no Office code',
      !dropIn.includes('w:gridSpan') && !dropIn.includes('sharedStrings'),
      'no OOXML reader in dist/disclosure-tables.js',
    );
    return { baseline: baseline.median, docx: word.median, xlsx: sheet.median, export: exported.median };
  },
};
