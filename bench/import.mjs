// Import section: how long importing one published report page takes, in Node (parse5, the npm
// build) and in the browser (DOMParser, the on-demand importer file), plus a pasted table upgraded
// in place by an element (import + render + check).
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from '../scripts/build-config.mjs';
import { median } from './browser.mjs';
import { PAIRS, pairedRounds } from './paired.mjs';

const SOURCES = ['012-pingtan-zone-2024.source.html', '014-shuyang-fgj-2023.source.html', '000-yipingyuan-2023.source.txt'];
// Facts the article bodies leave to the page around them (as in the tests).
const OPTIONS = {
  '000-yipingyuan-2023.source.txt': { agency: '一平垣乡人民政府' },
  '012-pingtan-zone-2024.source.html': { agency: '平潭综合实验区' },
};
const RUNS = 20;
/** Issue #17's budget: importing a published page takes at most twice a bare `parse5.parse` of it (Node; the median ratio of paired rounds). */
export const IMPORT_BUDGET_RATIO = 2;

const ms = (value) => `${value.toFixed(1)} ms`;

export default {
  name: 'import',
  title: 'Import: one published report page → report JSON',
  // Node is timed first, before the browser starts (see scripts/bench.mjs).
  browser: 'after-node',
  async run({ log, budget, browser }) {
    const entry = join(root, 'dist', 'import', 'node.js');
    if (!existsSync(entry)) throw new Error('dist/import/node.js is missing: run `npm run build` first.');
    const { importReport } = await import(pathToFileURL(entry).href);
    const { parse } = await import('parse5');
    const figures = {};
    // Against the floor of any HTML importer in Node: parse5's tree of the same page, nothing else.
    for (const name of SOURCES.filter((source) => source.endsWith('.html'))) {
      const text = readFileSync(join(root, 'test', 'fixtures', name), 'utf8');
      const timed = pairedRounds(
        () => parse(text),
        () => importReport(text, OPTIONS[name]),
      );
      const { first: parseTime, second: importTime, ratio } = timed;
      log(
        `Node, paired rounds ${name.padEnd(35)} import ${ms(importTime)} · parse5.parse ${ms(parseTime)} · ${ratio.toFixed(2)}× (median of ${PAIRS} pairs; quartiles ${timed.low.toFixed(2)}–${timed.high.toFixed(2)}×)`,
      );
      budget(
        `import ≤ ${IMPORT_BUDGET_RATIO}× parse5.parse (${name})`,
        ratio <= IMPORT_BUDGET_RATIO,
        `${ratio.toFixed(2)}× (${ms(importTime)} vs ${ms(parseTime)})`,
      );
    }
    for (const name of SOURCES) {
      const text = readFileSync(join(root, 'test', 'fixtures', name), 'utf8');
      const cold = performance.now();
      const first = importReport(text, OPTIONS[name]);
      const coldTime = performance.now() - cold;
      if (!first.ok) throw new Error(`${name} does not import: ${first.error.en}`);
      const times = [];
      for (let index = 0; index < RUNS; index += 1) {
        const start = performance.now();
        importReport(text, OPTIONS[name]);
        times.push(performance.now() - start);
      }
      figures[name] = { node: median(times) };
      log(
        `Node (parse5)       ${name.padEnd(36)} ${(text.length / 1024).toFixed(0).padStart(4)} KB: median ${ms(median(times))} of ${RUNS} (first call ${ms(coldTime)})`,
      );
    }

    const env = await browser();
    const page = await env.freshPage();
    try {
      for (const name of SOURCES) {
        const result = await page.evaluate(
          async (name, options, runs) => {
            const { importReport } = await import('/dist/disclosure-tables-import.js');
            const text = await (await fetch(`/test/fixtures/${name}`)).text();
            const first = importReport(text, options);
            if (!first.ok) return { error: first.error.en };
            const times = [];
            for (let index = 0; index < runs; index += 1) {
              const start = performance.now();
              importReport(text, options);
              times.push(performance.now() - start);
            }
            times.sort((a, b) => a - b);
            return { median: times[Math.floor(times.length / 2)] };
          },
          name,
          OPTIONS[name] ?? {},
          RUNS,
        );
        if (result.error) throw new Error(`${name} does not import in the browser: ${result.error}`);
        figures[name].browser = result.median;
        log(`browser (DOMParser) ${name.padEnd(36)}        median ${ms(result.median)} of ${RUNS}`);
      }
      // A pasted 表三 upgraded in place: fetch of the importer file excluded (it is cached after the first).
      const upgrade = await page.evaluate(async (runs) => {
        const source = await (await fetch('/test/fixtures/014-shuyang-fgj-2023.source.html')).text();
        const doc = new DOMParser().parseFromString(source, 'text/html');
        const table = [...doc.querySelectorAll('table')].find((candidate) =>
          candidate.textContent.replace(/\s+/g, '').includes('本年新收'),
        );
        document.title = '沭阳县发展和改革局2023年政府信息公开年度报告';
        const stage = document.getElementById('stage');
        const times = [];
        for (let index = 0; index < runs + 1; index += 1) {
          const element = document.createElement('disclosure-application-table');
          element.innerHTML = table.outerHTML;
          const start = performance.now();
          const done = new Promise((resolve) => element.addEventListener('disclosure-check', resolve, { once: true }));
          stage.replaceChildren(element);
          await done;
          void document.body.offsetHeight;
          if (index > 0) times.push(performance.now() - start);
        }
        times.sort((a, b) => a - b);
        return times[Math.floor(times.length / 2)];
      }, RUNS);
      log(`pasted 表三 upgraded in place by <disclosure-application-table> (import + render + check + layout): median ${ms(upgrade)}`);
      figures.upgrade = upgrade;
    } finally {
      await page.close();
    }
    return figures;
  },
};
