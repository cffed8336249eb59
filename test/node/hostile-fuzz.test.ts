// The library's own fuzzing inside `npm test` (issue #16): 11,000 hostile cases against
// parseReport, checkReport, the static export and both importers. `npm run fuzz` runs the same
// properties for long (scripts/fuzz.ts), counting throws, hangs, wrong acceptances and losses.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { importReport } from '../../src/import/node.js';
import { readFixture } from '../helpers/fixtures.js';
import { FIXTURE_NAMES, SOURCE_FIXTURES } from '../helpers/fixture-names.js';
import {
  exoticReport,
  exportRoundTrip,
  hostileSource,
  importsSafely,
  mutatedReport,
  parseAndCheck,
  refusesExotic,
  type Failure,
} from '../helpers/fuzz.js';

const fixtures = FIXTURE_NAMES.map(readFixture);
const sources = SOURCE_FIXTURES.map((item) => readFileSync(new URL(`../fixtures/${item.source}`, import.meta.url), 'utf8'));
const holds = (failure: Failure | undefined) => assert.equal(failure, undefined, failure && `${failure.kind}: ${failure.detail}`);

describe('fuzzing (fast-check)', () => {
  it('parseReport and checkReport on 7,000 mutated reports: no throw, accepted exactly as the contract says', () => {
    fc.assert(
      fc.property(mutatedReport(fixtures), (input) => holds(parseAndCheck(input))),
      { numRuns: 7000 },
    );
  });

  it('parseReport on 1,000 reports holding what is not plain data: refused, never thrown', () => {
    fc.assert(
      fc.property(exoticReport(fixtures), (make) => holds(refusesExotic(make()))),
      { numRuns: 1000 },
    );
  });

  it('the static export of 600 hostile reports imports back to the same report, in Chinese and English', () => {
    fc.assert(
      fc.property(mutatedReport(fixtures), fc.constantFrom('zh' as const, 'en' as const), (input, lang) =>
        holds(exportRoundTrip(input, importReport, lang)),
      ),
      { numRuns: 600 },
    );
  });

  it('the importer on 2,400 hostile sources (markup, text, spliced real pages): no throw, only well-formed reports', () => {
    fc.assert(
      fc.property(hostileSource(sources), (source) => holds(importsSafely(source, importReport))),
      { numRuns: 2400 },
    );
  });
});
