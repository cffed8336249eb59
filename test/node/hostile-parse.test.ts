// Hostile values given as a report (issue #16): numbers JSON can write but Intl could not format,
// non-finite cells, an out-of-range year, and JavaScript values that are not plain data.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { runInNewContext } from 'node:vm';
import { checkReport, formatNumber, inlineJson, parseReport, tablesHtml, type Report } from '../../src/pure.js';
import { checkStructure } from '../../src/model/structure.js';
import { reportSchema } from '../../src/model/schema.js';
import { readFixture } from '../helpers/fixtures.js';

const base = () => readFixture('001-huaian-city-2024') as Record<string, unknown> & { active: Record<string, unknown> };
const parsed = (input: unknown): Report => {
  const result = parseReport(input);
  assert.ok(result.ok, JSON.stringify(result.errors?.slice(0, 2)));
  return result.report;
};
const errorsOf = (input: unknown) => {
  const result = parseReport(input);
  assert.equal(result.ok, false);
  return (result.errors ?? []).map((error) => [error.path, error.message.en]);
};

describe('numbers JSON can write', () => {
  it('formats any number without throwing: 1e-21, 1e21, the largest double, Infinity, NaN', () => {
    assert.equal(formatNumber(1e-21), `0.${'0'.repeat(20)}1`);
    assert.equal(formatNumber(1e21), '1,000,000,000,000,000,000,000');
    assert.equal(formatNumber(-5e-324).length, 2 + 324 + 1);
    assert.ok(formatNumber(Number.MAX_VALUE).startsWith('179,769,313,486,231,570,'));
    assert.equal(formatNumber(Infinity), 'Infinity');
    assert.equal(formatNumber(NaN), 'NaN');
    fc.assert(fc.property(fc.double(), (value) => typeof formatNumber(value) === 'string'));
  });

  it('checks and exports a cell or fee of 1e-21 (more than 20 decimals) without throwing', () => {
    const input = base();
    input.active.fees = 1e-21;
    input.active.licensing = 1e-21;
    const report = parsed(input);
    const invalid = checkReport(report).filter((finding) => finding.rule === 'cell.invalid');
    assert.deepEqual(
      invalid.map((finding) => finding.cells),
      [['active.licensing']],
      'a fractional count is invalid; a tiny amount is not',
    );
    const html = tablesHtml(report);
    assert.match(html, new RegExp(`data-path="active\\.fees"><span class="dt-value">0\\.0{20}1</span>`));
  });

  it('parses "fees": 1e999 (Infinity) and reports it as cell.invalid, as the contract says; so for a count', () => {
    const text = JSON.stringify(base())
      .replace(/"fees":[^,}]+/, '"fees":1e999')
      .replace(/"licensing":[^,}]+/, '"licensing":-1e999');
    const input = JSON.parse(text) as Record<string, unknown>;
    const report = parsed(input);
    assert.equal(report.active?.fees, Infinity);
    const invalid = checkReport(report, { lang: 'en' }).filter((finding) => finding.rule === 'cell.invalid');
    assert.deepEqual(
      invalid.map((finding) => [finding.cells[0], finding.actual]),
      [
        ['active.licensing', -Infinity],
        ['active.fees', Infinity],
      ],
    );
    assert.match(invalid[1]!.message, /Infinity/);
    // The fast path and zod agree on it.
    assert.ok(checkStructure(input));
    assert.ok(reportSchema.safeParse(input).success);
    assert.match(tablesHtml(report), /data-path="active\.fees"><span class="dt-value">Infinity<\/span>/);
  });

  it('says what a year must be when it is out of the safe integer range (year: 1e16)', () => {
    assert.deepEqual(errorsOf({ ...base(), year: 1e16 }), [
      ['year', 'year: found the number 10000000000000000, expected an integer year, such as 2024'],
    ]);
    assert.deepEqual(errorsOf({ ...base(), year: 2024.5 }), [
      ['year', 'year: found the number 2024.5, expected an integer year, such as 2024'],
    ]);
  });
});

describe('parseReport on any JavaScript value', () => {
  it('names a revoked Proxy at its path, without throwing', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    assert.deepEqual(errorsOf({ ...base(), active: proxy }), [
      ['active', 'active: found an unreadable object (such as a revoked Proxy), expected plain JSON data'],
    ]);
    assert.deepEqual(errorsOf(proxy), [['', '(report): found an unreadable object (such as a revoked Proxy), expected plain JSON data']]);
  });

  it('refuses Maps, Dates, class instances and objects with a prototype, naming the path', () => {
    class Row {
      naturalPerson = 1;
    }
    const withRow = base() as Record<string, Record<string, unknown>>;
    withRow.applications!.received = new Row();
    assert.deepEqual(errorsOf(withRow), [
      ['applications.received', 'applications.received: found an object of class Row, not a plain object, expected plain JSON data'],
    ]);
    assert.deepEqual(errorsOf(new Map(Object.entries(base()))), [
      ['', '(report): found an object of class Map, not a plain object, expected plain JSON data'],
    ]);
    assert.deepEqual(errorsOf({ ...base(), reviews: new Date() }), [
      ['reviews', 'reviews: found an object of class Date, not a plain object, expected plain JSON data'],
    ]);
    const inherited = Object.assign(Object.create({ title: 'from the prototype' }) as object, base());
    assert.equal(errorsOf(inherited).length, 1);
  });

  it('accepts a plain object made in another realm (an iframe, a vm context), on the fast path too', () => {
    const other = runInNewContext(`(${JSON.stringify(base())})`) as Record<string, unknown>;
    assert.notEqual(Object.getPrototypeOf(other), Object.prototype);
    assert.equal(parsed(other).agency, '淮安市人民政府');
    assert.ok(checkStructure(other));
  });

  it('never calls a getter: a getter is named, not read', () => {
    let called = 0;
    const input = base();
    Object.defineProperty(input, 'agency', {
      enumerable: true,
      get: () => {
        called++;
        return '某局';
      },
    });
    assert.deepEqual(errorsOf(input), [['agency', 'agency: found a getter, not data, expected plain JSON data']]);
    assert.equal(called, 0);
  });

  it('reads own data only: an inherited title, a key named __proto__, a cycle', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.title = 'set on Object.prototype by another script';
    proto.overview = 'also inherited';
    try {
      const { title: _title, sections: _sections, ...untitled } = base();
      const report = parsed(untitled);
      assert.equal(report.title, undefined);
      assert.doesNotMatch(JSON.stringify(report), /another script/);
      const minimal = parsed({ ...untitled, sections: {} });
      assert.equal(minimal.sections?.overview, undefined);
      assert.deepEqual(Object.keys(minimal.sections ?? {}), []);
    } finally {
      delete proto.title;
      delete proto.overview;
    }
    const polluting = JSON.parse('{"format":"2021","agency":"某局","year":2024,"__proto__":{"title":"x"}}') as unknown;
    assert.deepEqual(errorsOf(polluting), [
      ['__proto__', '__proto__: unknown key (allowed: format, agency, year, title, publishedOn, active, applications, reviews, sections)'],
    ]);
    const cyclic = base();
    cyclic.active = cyclic;
    assert.ok(errorsOf(cyclic).length > 0);
  });

  it('never throws and never accepts what is not plain data (property)', () => {
    const exotic = fc.oneof(
      fc.constant(new Map()),
      fc.constant(new Date(0)),
      fc.constant(new Set([1])),
      fc.constant(Object.create({ naturalPerson: 1 }) as object),
      fc.constant(/x/),
      fc.constant(() => 1),
      fc.constant(Symbol('x')),
      fc.bigInt(),
      fc.double(),
      fc.anything(),
    );
    fc.assert(
      fc.property(fc.nat(), exotic, (pick, value) => {
        const input = base() as Record<string, Record<string, unknown>>;
        const rows = Object.keys(input.applications!);
        input.applications![rows[pick % rows.length]!] = value as Record<string, unknown>;
        const result = parseReport(input);
        const plain = value === null || value === undefined || typeof value !== 'object';
        if (!plain && !Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null)
          assert.equal(result.ok, false);
        if (!result.ok) assert.ok(result.errors.every((error) => typeof error.message.en === 'string' && error.path.length >= 0));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('inlineJson: report JSON for a <script> in a page', () => {
  it('escapes < > & (and U+2028/2029) so that no </script> or <!-- in the prose ends the script; the JSON is the same', () => {
    const report = { ...base(), sections: { overview: '</script><img src=x onerror=alert(1)><!-- & \u2028' } };
    const text = inlineJson(report);
    assert.doesNotMatch(text, /[<>&\u2028\u2029]/);
    assert.deepEqual(JSON.parse(text), report);
  });
});
