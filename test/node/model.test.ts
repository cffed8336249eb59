import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { APPLICATION_COLUMN_KEYS, jsonTextMessage, parseJsonText, parseReport, type StructuralError } from '../../src/model/index.js';
import { readFixture } from '../helpers/fixtures.js';
import { FIXTURE_NAMES } from '../helpers/fixture-names.js';

const minimal = { format: '2021', agency: '测试局', year: 2024 };
const errorsOf = (input: unknown): StructuralError[] => {
  const parsed = parseReport(input);
  assert.equal(parsed.ok, false, 'expected structural errors');
  return parsed.errors!;
};

describe('parseReport', () => {
  for (const name of FIXTURE_NAMES) {
    it(`parses the shared report ${name}`, () => {
      const parsed = parseReport(readFixture(name));
      assert.equal(parsed.ok, true, JSON.stringify(parsed.errors));
    });
  }

  it('keeps the sample report’s blank cells blank (null), never 0', () => {
    const parsed = parseReport(readFixture('000-yipingyuan-2023'));
    assert.ok(parsed.ok);
    const applications = parsed.report.applications!;
    assert.equal(applications.received.total, null);
    assert.equal(applications.received.naturalPerson, 0);
    assert.equal(applications.results.granted.naturalPerson, null);
    assert.equal(applications.carriedForward.total, null);
  });

  it('reads an omitted cell, row or table part as blank', () => {
    const parsed = parseReport({ ...minimal, applications: { received: { naturalPerson: 3 } }, reviews: {} });
    assert.ok(parsed.ok);
    const applications = parsed.report.applications!;
    assert.equal(applications.received.naturalPerson, 3);
    assert.equal(applications.received.commercial, null);
    for (const key of APPLICATION_COLUMN_KEYS) assert.equal(applications.results.withheld.queryMatters[key], null);
    assert.deepEqual(Object.keys(applications.results.otherHandling), ['correctionOverdue', 'feeUnpaid', 'other']);
    assert.equal(parsed.report.reviews!.litigationDirect.total, null);
    assert.equal(parsed.report.active, undefined, 'an omitted table stays absent');
  });

  it('accepts （六）其他处理 as a single row', () => {
    const parsed = parseReport({ ...minimal, applications: { results: { otherHandling: { naturalPerson: 2, total: 2 } } } });
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.report.applications!.results.otherHandling, {
      naturalPerson: 2,
      commercial: null,
      research: null,
      nonprofit: null,
      legalService: null,
      other: null,
      total: 2,
    });
  });

  it('lets negative and fractional counts through for the checker to report', () => {
    const parsed = parseReport({ ...minimal, reviews: { review: { upheld: -1, corrected: 1.5 } } });
    assert.ok(parsed.ok);
    assert.equal(parsed.report.reviews!.review.upheld, -1);
  });

  it('names the path, what was found and what is allowed for a string in a cell', () => {
    const report = structuredClone(readFixture('001-huaian-city-2024')) as { applications: { received: Record<string, unknown> } };
    report.applications.received.commercial = '53';
    const [error, ...rest] = errorsOf(report);
    assert.equal(rest.length, 0);
    assert.equal(error!.path, 'applications.received.commercial');
    assert.equal(error!.code, 'wrong-type');
    assert.equal(error!.message.en, 'applications.received.commercial: found text "53", expected a number, or null (blank)');
    assert.equal(error!.message.zh, 'applications.received.commercial：发现文本 "53"，应为数字，或 null（空白）');
  });

  it('names an unknown key with the keys allowed there', () => {
    const [error] = errorsOf({ ...minimal, applications: { received: { naturalPersons: 1 } } });
    assert.equal(error!.path, 'applications.received.naturalPersons');
    assert.equal(error!.code, 'unknown-key');
    assert.match(
      error!.message.en,
      /^applications\.received\.naturalPersons: unknown key \(allowed: naturalPerson, commercial, research, nonprofit, legalService, other, total\)$/,
    );
    assert.match(error!.message.zh, /未知的键（允许：naturalPerson、commercial/);
  });

  it('names a missing year', () => {
    const { year: _year, ...withoutYear } = minimal;
    const errors = errorsOf(withoutYear);
    assert.deepEqual(
      errors.map((error) => [error.path, error.code, error.message.en]),
      [['year', 'missing', 'year: missing, expected an integer year, such as 2024']],
    );
  });

  it('reports every structural error at once, each with its own path', () => {
    const errors = errorsOf({
      format: '2019',
      agency: ' ',
      year: 2023.5,
      publishedOn: '2024-13-01',
      sections: { overview: 1 },
      extra: true,
      reviews: { review: { upheld: '0' } },
    });
    assert.deepEqual(errors.map((error) => error.path).sort(), [
      'agency',
      'extra',
      'format',
      'publishedOn',
      'reviews.review.upheld',
      'sections.overview',
      'year',
    ]);
    for (const error of errors) {
      assert.ok(error.message.zh.startsWith(error.path), error.message.zh);
      assert.ok(error.message.en.startsWith(error.path), error.message.en);
      assert.ok(error.found.zh && error.found.en && error.allowed.zh && error.allowed.en);
    }
  });

  it('reports the closest shape of （六）其他处理 when neither fits', () => {
    const [error] = errorsOf({
      ...minimal,
      applications: { results: { otherHandling: { correctionOverdue: {}, feeUnpaid: {}, others: {} } } },
    });
    assert.equal(error!.path, 'applications.results.otherHandling.others');
    assert.match(error!.message.en, /allowed: correctionOverdue, feeUnpaid, other\)/);
  });

  it('rejects what is not a report object, without throwing', () => {
    for (const input of [null, undefined, 'report', 42, [], true]) {
      const [error] = errorsOf(input);
      assert.equal(error!.path, '');
      assert.match(error!.message.en, /^\(report\): /);
    }
  });
});

describe('parseJsonText: report JSON typed or pasted by an editor', () => {
  const failure = (text: string) => {
    const result = parseJsonText(text);
    assert.equal(result.ok, false);
    return (result as Extract<typeof result, { ok: false }>).error;
  };

  it('parses valid JSON', () => {
    assert.deepEqual(parseJsonText('{"year": 2024}'), { ok: true, value: { year: 2024 } });
  });

  it('names the line and the full-width punctuation a Chinese input method typed', () => {
    const cases: [string, number, string][] = [
      ['{\n  “agency”: "x"\n}', 2, '“'],
      ['{\n  "agency"： "x"\n}', 2, '：'],
      ['{\n  "agency": "x"，\n  "year": 2024\n}', 2, '，'],
    ];
    for (const [text, line, char] of cases) {
      const error = failure(text);
      assert.equal(error.line, line, text);
      assert.match(error.hint!.zh, new RegExp(`全角的「${char}」，JSON 须用半角的`), text);
    }
    assert.equal(failure('{"a": 1，"b": 2}').hint!.en, 'this is a full-width “，”; JSON needs the ASCII ,');
  });

  it('recognises quotes a rich-text editor escaped as &quot;', () => {
    assert.match(failure('{&quot;format&quot;: &quot;2021&quot;}').hint!.zh, /&quot;.*源代码模式/);
  });

  it('gives no hint where it has none, and the message still names source and line', () => {
    const error = failure('{\n"a": 1\n"b": 2}');
    assert.equal(error.hint, undefined);
    assert.deepEqual(jsonTextMessage('script', error), {
      zh: `script：不是有效的 JSON，第 3 行：${error.detail}`,
      en: `script: not valid JSON (line 3): ${error.detail}`,
    });
  });
});
