import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkReport, gridFor, parseReport, shownValues, type Report } from '../../src/pure.js';
import { consistentReport } from '../helpers/arbitraries.js';

const parse = (input: unknown): Report => {
  const parsed = parseReport(input);
  assert.ok(parsed.ok, JSON.stringify(parsed.errors));
  return parsed.report;
};

function setCell(report: Report, path: string, value: number): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  const parent = keys.reduce<Record<string, unknown>>(
    (node, key) => node[key] as Record<string, unknown>,
    report as unknown as Record<string, unknown>,
  );
  parent[last] = value;
}
function getCell(report: Report, path: string): number | null {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], report) as number | null;
}

describe('properties', () => {
  it('a report generated consistent yields no error finding', () => {
    fc.assert(
      fc.property(consistentReport({ blankTotals: true }), (input) => {
        const errors = checkReport(parse(input)).filter((finding) => finding.severity === 'error');
        assert.deepEqual(errors, []);
      }),
      { numRuns: 300 },
    );
  });

  it('changing any one cell of 表三 or 表四 by ±1 yields an error naming that cell or a computed total that depends on it', () => {
    // 表四 totals are kept: a blank 表四 总计 leaves its group with no identity to check.
    const arbitrary = consistentReport({ blankTotals: true }).chain((input) => {
      const report = parse(input);
      const paths = [...gridFor('applications', report).cells.keys(), ...gridFor('reviews').cells.keys()].filter(
        (path) => getCell(report, path) !== null,
      );
      return fc.tuple(fc.constant(report), fc.constantFrom(...paths), fc.constantFrom(1, -1));
    });
    fc.assert(
      fc.property(arbitrary, ([report, path, delta]) => {
        const changed = structuredClone(report);
        setCell(changed, path, getCell(report, path)! + delta);
        // The computed totals whose value the changed cell goes into (a computed total is named as itself).
        const values = shownValues(changed);
        const dependents = new Set([path]);
        for (let grew = true; grew;) {
          grew = false;
          for (const [total, shown] of values) {
            if (!dependents.has(total) && shown.sources?.some((source) => dependents.has(source))) grew = Boolean(dependents.add(total));
          }
        }
        const errors = checkReport(changed).filter((finding) => finding.severity === 'error');
        assert.ok(
          errors.some((finding) => finding.cells.some((cell) => dependents.has(cell))),
          `${path} ${delta > 0 ? '+1' : '-1'}: ${JSON.stringify(errors.map((finding) => finding.rule))}`,
        );
      }),
      { numRuns: 500 },
    );
  });

  it('parseReport never throws, on any JSON or any value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (input) => {
        const parsed = parseReport(input);
        assert.equal(typeof parsed.ok, 'boolean');
      }),
      { numRuns: 1000 },
    );
  });

  it('parseReport never throws on report-shaped JSON with random values in the cells', () => {
    const cell = fc.oneof(fc.integer(), fc.constant(null), fc.string(), fc.double(), fc.boolean(), fc.object());
    const row = fc.dictionary(fc.constantFrom('naturalPerson', 'commercial', 'total', 'other', 'x'), cell);
    const report = fc.record(
      {
        format: fc.constantFrom('2021', '2019', 2021),
        agency: fc.string(),
        year: fc.oneof(fc.integer(), fc.double()),
        applications: fc.record(
          { received: row, results: fc.record({ otherHandling: fc.oneof(row, fc.record({ feeUnpaid: row, other: row })) }) },
          { requiredKeys: [] },
        ),
        reviews: fc.dictionary(
          fc.constantFrom('review', 'litigationDirect', 'y'),
          fc.dictionary(fc.constantFrom('upheld', 'total', 'z'), cell),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(report, (input) => {
        const parsed = parseReport(input);
        if (!parsed.ok) for (const error of parsed.errors) assert.ok(error.message.en.length > 0 && error.message.zh.length > 0);
      }),
      { numRuns: 1000 },
    );
  });
});
