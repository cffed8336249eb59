// `npm run fuzz [-- --cases N] [-- --seed S]`: the library's long fuzz run (issue #16). The
// properties of test/helpers/fuzz.ts over N hostile inputs (default 100,000) — parseReport and
// checkReport against the contract, what is not plain data, the static export's round trip in
// Chinese and English, the importer on hostile sources — counting throws, hangs over 100 ms,
// wrong acceptances and losses; then the adversarial 1 MB imports, timed against a real page read
// in the same run. Exits 1 when anything was found. Time is this process's CPU time.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { importReport } from '../src/import/node.js';
import { readFixture } from '../test/helpers/fixtures.js';
import { FIXTURE_NAMES, SOURCE_FIXTURES } from '../test/helpers/fixture-names.js';
import { ADVERSARIAL_SOURCES } from '../test/helpers/adversarial.js';
import {
  exoticReport,
  exportRoundTrip,
  hostileSource,
  importsSafely,
  mutatedReport,
  parseAndCheck,
  refusesExotic,
  type Failure,
} from '../test/helpers/fuzz.js';

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  const value = index > 0 ? Number(process.argv[index + 1]) : NaN;
  return Number.isFinite(value) ? value : fallback;
};
const cases = argument('cases', 100_000);
const seed = argument('seed', Date.now() % 2 ** 31);
const HANG_MS = 100;

const fixtures = FIXTURE_NAMES.map(readFixture);
const sources = SOURCE_FIXTURES.map((item) => readFileSync(new URL(`../test/fixtures/${item.source}`, import.meta.url), 'utf8'));

interface Suite {
  name: string;
  share: number;
  arbitrary: fc.Arbitrary<unknown>;
  check(input: unknown, index: number): Failure | undefined;
}
const suites: Suite[] = [
  { name: 'parseReport + checkReport (mutated reports)', share: 0.55, arbitrary: mutatedReport(fixtures), check: parseAndCheck },
  {
    name: 'parseReport (what is not plain data)',
    share: 0.1,
    arbitrary: exoticReport(fixtures),
    check: (make) => refusesExotic((make as () => unknown)()),
  },
  {
    name: 'static export → import (zh, en)',
    share: 0.1,
    arbitrary: mutatedReport(fixtures),
    check: (input, index) => exportRoundTrip(input, importReport, index % 2 ? 'en' : 'zh'),
  },
  {
    name: 'importReport (hostile sources)',
    share: 0.25,
    arbitrary: hostileSource(sources),
    check: (source) => importsSafely(source as string, importReport),
  },
];

const totals = { cases: 0, throws: 0, hangs: 0, 'wrong acceptances': 0, losses: 0 };
const examples: string[] = [];
const started = performance.now();
console.log(`fuzz: ${cases.toLocaleString('en-US')} cases, seed ${seed}`);
for (const [suiteIndex, suite] of suites.entries()) {
  const runs = Math.round(cases * suite.share);
  const counts = { throws: 0, hangs: 0, 'wrong acceptances': 0, losses: 0 };
  let slowest = 0;
  const suiteStart = performance.now();
  for (let batch = 0; batch * 1000 < runs; batch++) {
    const inputs = fc.sample(suite.arbitrary, { numRuns: Math.min(1000, runs - batch * 1000), seed: seed + suiteIndex * 100_003 + batch });
    inputs.forEach((input, index) => {
      let failure: Failure | undefined;
      // This process's CPU time, not the clock: on a machine shared with others (2 cores here) the
      // clock also counts their work. A garbage collection can still stall one case: a hang stalls three times.
      const time = () => {
        const at = process.cpuUsage();
        failure = suite.check(input, index);
        const spent = process.cpuUsage(at);
        return (spent.user + spent.system) / 1000;
      };
      let ms = time();
      if (ms > HANG_MS) ms = Math.min(ms, time(), time());
      slowest = Math.max(slowest, ms);
      if (ms > HANG_MS) {
        counts.hangs++;
        if (examples.length < 10) examples.push(`${suite.name}: ${Math.round(ms)} ms on ${JSON.stringify(input)?.slice(0, 200)}`);
      }
      if (failure) {
        const key = failure.kind === 'throw' ? 'throws' : failure.kind === 'loss' ? 'losses' : 'wrong acceptances';
        counts[key]++;
        if (examples.length < 10)
          examples.push(`${suite.name}: ${failure.kind}: ${failure.detail} on ${JSON.stringify(input)?.slice(0, 300)}`);
      }
    });
  }
  totals.cases += runs;
  for (const key of Object.keys(counts) as (keyof typeof counts)[]) totals[key] += counts[key];
  console.log(
    `  ${suite.name}: ${runs.toLocaleString('en-US')} cases in ${Math.round((performance.now() - suiteStart) / 1000)} s, slowest ${Math.round(slowest)} ms — ${counts.throws} throws, ${counts.hangs} hangs, ${counts['wrong acceptances']} wrong acceptances, ${counts.losses} losses`,
  );
}
console.log(
  `fuzz: ${totals.cases.toLocaleString('en-US')} inputs in ${Math.round((performance.now() - started) / 1000)} s: ${totals.throws} throws, ${totals.hangs} hangs over ${HANG_MS} ms, ${totals['wrong acceptances']} wrong acceptances, ${totals.losses} losses`,
);
for (const example of examples) console.log(`  ! ${example}`);

// Adversarial imports of 1 MB, against a real published page read in the same run (per MB).
const MB = 1024 * 1024;
const timed = (source: string) => {
  const at = process.cpuUsage();
  importReport(source);
  const spent = process.cpuUsage(at);
  return (spent.user + spent.system) / 1000;
};
const page = sources.reduce((a, b) => (a.length > b.length ? a : b));
timed(page);
const pageMsPerMb = (Math.min(timed(page), timed(page), timed(page)) / page.length) * MB;
console.log(
  `adversarial imports of 1 MB (a real page of ${Math.round(page.length / 1024)} KB reads at ${Math.round(pageMsPerMb)} ms per MB):`,
);
for (const [name, make] of Object.entries(ADVERSARIAL_SOURCES)) {
  const source = make(MB);
  const ms = Math.min(timed(source), timed(source));
  console.log(`  ${name.padEnd(22)} ${String(Math.round(ms)).padStart(5)} ms  (${(ms / pageMsPerMb).toFixed(2)}× the real page per MB)`);
}
process.exitCode = totals.throws + totals.hangs + totals['wrong acceptances'] + totals.losses ? 1 : 0;
