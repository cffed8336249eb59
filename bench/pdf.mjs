// PDF section: how long importing each real report PDF takes in Node (the npm build's
// import/pdf/node.js with pdfjs-dist): the first call (loading pdf.js included) and the median of
// later calls, against the HTML import of a page of similar size measured in the same run.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from '../scripts/build-config.mjs';
import { median } from './browser.mjs';

const PDFS = ['001-huaian-city-2024.pdf', '005-hongze-district-2024.pdf'];
const BASELINE = '014-shuyang-fgj-2023.source.html';
const RUNS = 7;

const ms = (value) => `${value.toFixed(0)} ms`;

export default {
  name: 'pdf',
  title: 'PDF import: a real report PDF → report JSON, in Node',
  async run({ log, samples }) {
    const entry = join(root, 'dist', 'import', 'pdf', 'node.js');
    if (!existsSync(entry)) throw new Error('dist/import/pdf/node.js is missing: run `npm run build` first.');
    const { importPdf } = await import(pathToFileURL(entry).href);
    const { importReport } = await import(pathToFileURL(join(root, 'dist', 'import', 'node.js')).href);
    const html = readFileSync(join(root, 'test', 'fixtures', BASELINE), 'utf8');
    importReport(html);
    const htmlTimes = [];
    for (let index = 0; index < RUNS; index += 1) {
      const start = performance.now();
      importReport(html);
      htmlTimes.push(performance.now() - start);
    }
    const baseline = median(htmlTimes);
    log(`baseline: HTML import of ${BASELINE}, median ${baseline.toFixed(1)} ms of ${RUNS}`);
    const runs = Math.max(3, Math.min(RUNS, samples));
    for (const name of PDFS) {
      const bytes = readFileSync(join(root, 'test', 'fixtures', 'pdf', name));
      const cold = performance.now();
      const first = await importPdf(bytes);
      const coldTime = performance.now() - cold;
      if (!first.ok) throw new Error(`${name} does not import: ${first.error.en}`);
      const times = [];
      for (let index = 0; index < runs; index += 1) {
        const start = performance.now();
        await importPdf(bytes);
        times.push(performance.now() - start);
      }
      const middle = median(times);
      log(
        `${name.padEnd(30)} ${(bytes.length / 1024).toFixed(0).padStart(4)} KB: first call ${ms(coldTime)}, median ${ms(middle)} of ${runs} (${(middle / baseline).toFixed(0)}× the HTML import)`,
      );
    }
  },
};
