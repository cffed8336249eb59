// The structure check's fast path gives exactly zod's answer: the same parsed report for every input
// it accepts, and it accepts every JSON report zod accepts (so well-formed reports never pay for zod).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { checkStructure } from '../../src/model/structure.js';
import { compilePlan, planModule } from '../../src/model/structure-compile.js';
import { reportSchema } from '../../src/model/schema.js';
import { FIXTURE_NAMES as fixtureNames } from '../helpers/fixture-names.js';
import { readFixture } from '../helpers/fixtures.js';
import { consistentReport } from '../helpers/arbitraries.js';
import { objectsIn } from '../helpers/fuzz.js';

/** A fixture or a generated report, with one of its values replaced, removed or an unknown key added. */
const mutated = fc
  .tuple(
    fc.oneof(fc.constantFrom(...fixtureNames.map(readFixture)), consistentReport({ blankTotals: true })),
    fc.array(fc.tuple(fc.nat(), fc.oneof(fc.constant('delete'), fc.constant('unknown'), fc.jsonValue(), fc.double())), { maxLength: 3 }),
  )
  .map(([input, edits]) => {
    const report = structuredClone(input) as Record<string, unknown>;
    for (const [pick, edit] of edits) {
      // A random object inside the report.
      const objects = objectsIn(report);
      const target = objects[pick % objects.length]!;
      const keys = Object.keys(target);
      const key = keys[pick % Math.max(1, keys.length)] ?? 'x';
      if (edit === 'delete') delete target[key];
      else if (edit === 'unknown') target[`${key}X`] = 1;
      else target[key] = edit;
    }
    return report;
  });

describe('the structure check’s fast path', () => {
  it('walks the plan compiled from the zod schema (run `npm run schema` after changing the schema)', () => {
    const committed = readFileSync(new URL('../../src/model/structure-plan.generated.ts', import.meta.url), 'utf8');
    assert.equal(committed, planModule(compilePlan(reportSchema)));
    assert.doesNotMatch(committed, /"kind":"zod"/, 'every part of the schema has a fast path');
  });

  it('gives zod’s parsed report, key order included, on every fixture', () => {
    for (const name of fixtureNames) {
      const input = readFixture(name);
      const zod = reportSchema.safeParse(input);
      assert.ok(zod.success);
      assert.equal(JSON.stringify(checkStructure(input)), JSON.stringify(zod.data), name);
    }
  });

  it('agrees with zod on mutated reports: accepts exactly what zod accepts, with the same result (property)', () => {
    fc.assert(
      fc.property(mutated, (input) => {
        const zod = reportSchema.safeParse(input);
        const fast = checkStructure(input);
        assert.equal(Boolean(fast), zod.success, JSON.stringify(input).slice(0, 300));
        if (fast && zod.success) assert.equal(JSON.stringify(fast), JSON.stringify(zod.data));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with zod on JSON text read with `fromJson`, keys in any order (property)', () => {
    // Every object's keys reversed or rotated: the one-pass reading in schema order gives way to the general one.
    const reorder = (node: unknown, turn: number): unknown => {
      if (!node || typeof node !== 'object' || Array.isArray(node)) return node;
      const entries = Object.entries(node).map(([key, value]) => [key, reorder(value, turn + 1)] as const);
      const shift = entries.length ? turn % entries.length : 0;
      const ordered = turn % 3 === 0 ? entries.reverse() : [...entries.slice(shift), ...entries.slice(0, shift)];
      return Object.fromEntries(ordered);
    };
    fc.assert(
      fc.property(mutated, fc.nat(5), (input, turn) => {
        for (const variant of [input, reorder(input, turn)]) {
          const fromText = JSON.parse(JSON.stringify(variant)) as unknown;
          const zod = reportSchema.safeParse(JSON.parse(JSON.stringify(variant)));
          const fast = checkStructure(fromText, true);
          assert.equal(Boolean(fast), zod.success, JSON.stringify(variant).slice(0, 300));
          if (fast && zod.success) assert.equal(JSON.stringify(fast), JSON.stringify(zod.data));
          const careful = checkStructure(JSON.parse(JSON.stringify(variant)));
          assert.equal(JSON.stringify(careful), JSON.stringify(fast));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('gives way to zod on what is not plain data: inherited keys, class instances, throwing getters', () => {
    const base = readFixture('001-huaian-city-2024') as Record<string, unknown>;
    const inherited = Object.create({ title: 'from the prototype' }) as Record<string, unknown>;
    Object.assign(inherited, base);
    assert.equal(checkStructure(inherited), undefined);
    assert.equal(checkStructure(new Date()), undefined);
    const throwing = { ...base };
    Object.defineProperty(throwing, 'agency', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    assert.equal(checkStructure(throwing), undefined);
  });
});
