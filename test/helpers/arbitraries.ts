// fast-check generators of reports that satisfy every arithmetic rule of the contract.
import fc from 'fast-check';
import { APPLICANT_KEYS, RESULT_GROUPS, REVIEW_GROUP_KEYS } from '../../src/model/tables.js';

const {
  withheld: WITHHELD_KEYS,
  unavailable: UNAVAILABLE_KEYS,
  notProcessed: NOT_PROCESSED_KEYS,
  otherHandling: OTHER_HANDLING_KEYS,
} = RESULT_GROUPS;
import type { ReportInput } from '../../src/model/schema.js';

type Row = Record<string, number | null>;
const count = fc.nat({ max: 60 });

export interface ConsistentOptions {
  /** Leave some 表三 totals blank (then computed). */
  blankTotals: boolean;
}

const applicants = () => fc.tuple(...APPLICANT_KEYS.map(() => count)).map((values) => values);

/** A report whose 表三 and 表四 hold every identity; 表二 is random. */
export function consistentReport({ blankTotals }: ConsistentOptions): fc.Arbitrary<ReportInput> {
  const resultRowCount = 2 + WITHHELD_KEYS.length + UNAVAILABLE_KEYS.length + NOT_PROCESSED_KEYS.length;
  return fc
    .record({
      singleOtherHandling: fc.boolean(),
      results: fc.array(applicants(), { minLength: resultRowCount + 3, maxLength: resultRowCount + 3 }),
      carriedForward: applicants(),
      carriedOverShare: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }),
      blanks: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
      reviews: fc.array(fc.tuple(count, count, count, count), { minLength: 3, maxLength: 3 }),
      active: fc.array(count, { minLength: 9, maxLength: 9 }),
      fees: fc.double({ min: 0, max: 1e6, noNaN: true }).map((value) => Math.round(value * 100) / 100),
    })
    .map((drawn) => {
      let blankIndex = 0;
      const maybeBlank = (value: number) => (blankTotals && drawn.blanks[blankIndex++ % drawn.blanks.length] ? null : value);
      const row = (values: readonly number[]): Row => {
        const cells: Row = {};
        APPLICANT_KEYS.forEach((key, index) => (cells[key] = values[index]!));
        cells.total = maybeBlank(values.reduce((a, b) => a + b, 0));
        return cells;
      };
      const resultValues = drawn.singleOtherHandling ? drawn.results.slice(0, resultRowCount + 1) : drawn.results;
      const columnSums = APPLICANT_KEYS.map((_, column) => resultValues.reduce((sum, values) => sum + values[column]!, 0));
      const available = columnSums.map((sum, column) => sum + drawn.carriedForward[column]!);
      const carriedOver = available.map((total, column) => Math.floor(total * drawn.carriedOverShare[column]!));
      const received = available.map((total, column) => total - carriedOver[column]!);
      let next = 0;
      const take = () => row(resultValues[next++]!);
      const group = (keys: readonly string[]) => Object.fromEntries(keys.map((key) => [key, take()]));
      const results = {
        granted: take(),
        partlyGranted: take(),
        withheld: group(WITHHELD_KEYS),
        unavailable: group(UNAVAILABLE_KEYS),
        notProcessed: group(NOT_PROCESSED_KEYS),
        otherHandling: drawn.singleOtherHandling ? take() : group(OTHER_HANDLING_KEYS),
        total: Object.fromEntries([
          ...APPLICANT_KEYS.map((key, column) => [key, maybeBlank(columnSums[column]!)]),
          ['total', maybeBlank(columnSums.reduce((a, b) => a + b, 0))],
        ]),
      };
      const reviews = Object.fromEntries(
        REVIEW_GROUP_KEYS.map((key, index) => {
          const [upheld, corrected, other, pending] = drawn.reviews[index]!;
          return [key, { upheld, corrected, other, pending, total: upheld + corrected + other + pending }];
        }),
      );
      const [a, b, c, d, e, f, licensing, punishment, compulsion] = drawn.active;
      return {
        format: '2021' as const,
        agency: '测试机关',
        year: 2024,
        active: {
          regulations: { issued: a!, repealed: b!, inForce: c! },
          normativeDocuments: { issued: d!, repealed: e!, inForce: f! },
          licensing: licensing!,
          punishment: punishment!,
          compulsion: compulsion!,
          fees: drawn.fees,
        },
        applications: { received: row(received), carriedOver: row(carriedOver), results, carriedForward: row(drawn.carriedForward) },
        reviews,
      } as ReportInput;
    });
}
