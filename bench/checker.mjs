// Checker section: reports per second on one core in Node, with the npm build (dist/pure.js):
// the checker alone on parsed reports, and from JSON text to findings (JSON.parse + parseReport with
// { fromJson: true } + checkReport), each against JSON.parse alone of the same texts in the same run.
//
// Issue #17's budgets (≥ 100,000 reports/s check only, ≥ 25,000/s from text) were set on the rules
// of one table (contract §5): they are judged on the five reports with their prose set aside. The
// prose rules (§6) read every sentence that states a number, so the reports with prose are printed
// apart, with the time they add.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from '../scripts/build-config.mjs';
import { fixtures } from './reports.mjs';
import { PAIRS, pairedRounds } from './paired.mjs';

const CHECK_BUDGET = 100_000;
const TEXT_BUDGET = 25_000;

function rate(work, seconds) {
  // Warm up, then the best of rounds of a quarter second each (garbage collection included in
  // each): the best round is the figure least disturbed by whatever else the machine is doing.
  for (let index = 0; index < 500; index += 1) work(index);
  let done = 0;
  let best = 0;
  for (let round = 0; round < Math.max(1, Math.round(seconds * 4)); round += 1) {
    const start = process.hrtime.bigint();
    const end = start + 250_000_000n;
    let now = start;
    let count = 0;
    while (now < end) {
      for (let index = 0; index < 100; index += 1) work(done++);
      count += 100;
      now = process.hrtime.bigint();
    }
    best = Math.max(best, count / (Number(now - start) / 1e9));
  }
  return best;
}

const fmt = (perSecond) => `${Math.round(perSecond).toLocaleString('en-US')} reports/s (${(1e6 / perSecond).toFixed(1)} µs each)`;

export default {
  name: 'checker',
  title: 'Checker throughput in Node (one core, dist/pure.js)',
  async run({ log, budget }) {
    const entry = join(root, 'dist', 'pure.js');
    if (!existsSync(entry)) throw new Error('dist/pure.js is missing: run `npm run build` first.');
    const { parseReport, checkReport } = await import(pathToFileURL(entry).href);
    const parse = (input, options) => {
      const result = parseReport(input, options);
      if (!result.ok) throw new Error('a fixture does not parse');
      return result.report;
    };
    const parsed = fixtures.map((fixture) => parse(fixture.report));
    const tablesOnly = parsed.map(({ sections: _prose, ...report }) => report);
    const texts = tablesOnly.map((report) => JSON.stringify(report));
    const findings = tablesOnly.reduce((sum, report) => sum + checkReport(report).length, 0);

    const jsonParse = rate((index) => JSON.parse(texts[index % texts.length]), 1);
    const checkOnly = rate((index) => checkReport(tablesOnly[index % tablesOnly.length]), 1.5);
    const fromJson = { fromJson: true };
    const fromText = rate((index) => checkReport(parse(JSON.parse(texts[index % texts.length]), fromJson)), 1.5);
    const parseOnly = rate((index) => parseReport(tablesOnly[index % tablesOnly.length]), 1);
    log(`JSON.parse alone:        ${fmt(jsonParse)}`);
    log(`structure (parseReport): ${fmt(parseOnly)}`);
    log(`check only:              ${fmt(checkOnly)}`);
    // The ratio to JSON.parse from paired rounds: the machine's speed moves between the rates' rounds.
    let parsedCount = 0;
    let checked = 0;
    const paired = pairedRounds(
      () => JSON.parse(texts[parsedCount++ % texts.length]),
      () => checkReport(parse(JSON.parse(texts[checked++ % texts.length]), fromJson)),
    );
    log(
      `JSON text → findings:    ${fmt(fromText)}, ${paired.ratio.toFixed(2)}× the time of JSON.parse alone ` +
        `(median of ${PAIRS} paired rounds; quartiles ${paired.low.toFixed(2)}–${paired.high.toFixed(2)}×)`,
    );
    log(`(${tablesOnly.length} real reports in rotation, their prose set aside; ${findings} findings among them; Node ${process.version})`);

    // The prose against the tables (text.* rules): the reports that have prose, with it and without.
    const withProse = parsed.filter((report) => report.sections);
    const withoutProse = withProse.map(({ sections: _prose, ...report }) => report);
    const proseChars = withProse.map((report) => Object.values(report.sections).join('').length);
    const proseRate = rate((index) => checkReport(withProse[index % withProse.length]), 1);
    const bareRate = rate((index) => checkReport(withoutProse[index % withoutProse.length]), 1);
    log(
      `check with prose (§6):   ${fmt(proseRate)} — the ${withProse.length} reports with prose (${proseChars.join(', ')} characters); ` +
        `${(1e6 / proseRate - 1e6 / bareRate).toFixed(1)} µs more each than without it`,
    );
    budget(
      'checker, check only ≥ 100,000 reports/s',
      checkOnly >= CHECK_BUDGET,
      `${Math.round(checkOnly).toLocaleString('en-US')}/s (budget ${CHECK_BUDGET.toLocaleString('en-US')}/s; the rules of one table)`,
    );
    budget(
      'checker, JSON text → findings ≥ 25,000 reports/s',
      fromText >= TEXT_BUDGET,
      `${Math.round(fromText).toLocaleString('en-US')}/s (budget ${TEXT_BUDGET.toLocaleString('en-US')}/s; JSON.parse alone ${Math.round(jsonParse).toLocaleString('en-US')}/s)`,
    );
    return { checkOnly, fromText, parseOnly, jsonParse, proseRate, bareRate, textRatio: paired.ratio };
  },
};
