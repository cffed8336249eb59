// Checker section: reports per second on one core in Node, with the npm build (dist/pure.js):
// structure check (parseReport) + checker (checkReport), and the checker alone on parsed reports.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from '../scripts/build-config.mjs';
import { fixtures } from './reports.mjs';

function rate(work, seconds) {
  // Warm up, then run whole rounds for at least `seconds`.
  for (let index = 0; index < 200; index += 1) work(index);
  let done = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(Math.round(seconds * 1e9));
  let now = start;
  while (now < end) {
    for (let index = 0; index < 100; index += 1) work(done++);
    now = process.hrtime.bigint();
  }
  return done / (Number(now - start) / 1e9);
}

const fmt = (perSecond) => `${Math.round(perSecond).toLocaleString('en-US')} reports/s (${(1e6 / perSecond).toFixed(1)} µs each)`;

export default {
  name: 'checker',
  title: 'Checker throughput in Node (one core, dist/pure.js)',
  async run({ log }) {
    const entry = join(root, 'dist', 'pure.js');
    if (!existsSync(entry)) throw new Error('dist/pure.js is missing: run `npm run build` first.');
    const { parseReport, checkReport } = await import(pathToFileURL(entry).href);
    const inputs = fixtures.map((fixture) => fixture.report);
    const parsed = inputs.map((input) => {
      const result = parseReport(input);
      if (!result.ok) throw new Error('a fixture does not parse');
      return result.report;
    });
    const findings = parsed.reduce((sum, report) => sum + checkReport(report).length, 0);
    const full = rate((index) => {
      const result = parseReport(inputs[index % inputs.length]);
      if (result.ok) checkReport(result.report);
    }, 1.5);
    const checkOnly = rate((index) => checkReport(parsed[index % parsed.length]), 1.5);
    const parseOnly = rate((index) => parseReport(inputs[index % inputs.length]), 1.5);
    log(`parse + check: ${fmt(full)}`);
    log(`check only:    ${fmt(checkOnly)}`);
    log(`parse only:    ${fmt(parseOnly)}`);
    // The prose against the tables (text.* rules): the reports that have prose, against the same reports without it.
    const withProse = parsed.filter((report) => report.sections);
    const withoutProse = withProse.map(({ sections: _prose, ...report }) => report);
    const proseRate = rate((index) => checkReport(withProse[index % withProse.length]), 1);
    const bareRate = rate((index) => checkReport(withoutProse[index % withoutProse.length]), 1);
    log(
      `check with prose: ${fmt(proseRate)}, ${(bareRate / proseRate).toFixed(1)}× the time of the same ${withProse.length} reports without`,
    );
    log(`(${inputs.length} real reports in rotation, ${findings} findings among them; Node ${process.version})`);
    return { full, checkOnly, parseOnly, proseRate, bareRate };
  },
};
