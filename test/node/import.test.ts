/**
 * The importer on the real reports (each source must import to exactly its JSON reading), on
 * input that is not a report, and on hostile text.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { importReport } from '../../src/import/node.js';
import { parseReport } from '../../src/model/parse.js';
import type { Report } from '../../src/model/schema.js';
import { outsideOptions, SOURCE_FIXTURES } from '../helpers/fixture-names.js';

const fixture = (file: string) => readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8');

function reading(name: string): { json: Record<string, unknown>; report: Report } {
  const json = JSON.parse(fixture(`${name}.json`)) as Record<string, unknown>;
  const parsed = parseReport(json);
  assert.ok(parsed.ok, `${name}.json parses`);
  return { json, report: parsed.report };
}

function imported(
  source: string,
  options?: Parameters<typeof importReport>[1],
): { report: Report; warnings: ReturnType<typeof importReport>['warnings'] } {
  const result = importReport(source, options);
  assert.ok(result.ok, result.ok ? '' : `import failed: ${result.error.en}`);
  return { report: result.report, warnings: result.warnings };
}

describe('importReport: real published reports', () => {
  for (const item of SOURCE_FIXTURES) {
    it(`${item.source} imports to exactly ${item.name}.json`, () => {
      const { json, report } = reading(item.name);
      const result = imported(fixture(item.source), outsideOptions(item, json));
      assert.deepStrictEqual(result.report, report);
      assert.ok(parseReport(result.report).ok);
    });
  }

  it('reads the sample text: blank 总计 cells stay null, the year is inferred with a warning', () => {
    const { report, warnings } = imported(fixture('000-yipingyuan-2023.source.txt'), { agency: '一平垣乡人民政府' });
    assert.equal(report.applications?.received.total, null);
    assert.equal(report.applications?.received.naturalPerson, 0);
    assert.equal(report.active?.licensing, 512);
    const year = warnings.find((warning) => warning.path === 'year');
    assert.ok(year, 'a warning for the inferred year');
    assert.equal(year.line, 1);
    assert.match(year.source, /2023年/);
  });

  it('reads the Word HTML: the old label 规范性文件 and the signature give warnings quoting the source', () => {
    const { report, warnings } = imported(fixture('014-shuyang-fgj-2023.source.html'));
    assert.equal(report.agency, '沭阳县发展和改革局');
    assert.equal(report.publishedOn, '2024-01-17');
    const legacy = warnings.find((warning) => warning.path === 'active.normativeDocuments');
    assert.equal(legacy?.source, '规范性文件');
    assert.equal(typeof legacy?.line, 'number');
    assert.ok(warnings.some((warning) => warning.path === 'agency' && warning.source === '沭阳县发展和改革局'));
    assert.ok(warnings.some((warning) => warning.path === 'publishedOn' && warning.source === '2024年1月17日'));
  });

  it('reads the editor HTML with no warning at all, and the year from the statistical period', () => {
    const { report, warnings } = imported(fixture('012-pingtan-zone-2024.source.html'), { agency: '平潭综合实验区' });
    assert.equal(report.year, 2024);
    assert.equal(report.active?.fees, 18651.06);
    assert.deepEqual(warnings, []);
  });

  it('fails, naming the agency, when neither the source nor the options give it', () => {
    for (const source of [fixture('000-yipingyuan-2023.source.txt'), fixture('012-pingtan-zone-2024.source.html')]) {
      const result = importReport(source);
      assert.equal(result.ok, false);
      if (!result.ok) {
        assert.match(result.error.zh, /发布机关/);
        assert.match(result.error.en, /agency/);
      }
    }
  });

  it('an option that contradicts the source wins, with a warning', () => {
    const { report, warnings } = imported(fixture('014-shuyang-fgj-2023.source.html'), { agency: '别的机关', year: 2022 });
    assert.equal(report.agency, '别的机关');
    assert.equal(report.year, 2022);
    assert.ok(warnings.some((warning) => warning.path === 'agency'));
    assert.ok(warnings.some((warning) => warning.path === 'year' && /统计时限/.test(warning.source)));
  });

  it('a page laid out in a table: the tables inside its cell are read as they are, with the same notes', () => {
    for (const item of SOURCE_FIXTURES.filter(({ source }) => source.endsWith('.html'))) {
      const json = reading(item.name).json;
      const page = fixture(item.source);
      const plain = imported(page, outsideOptions(item, json));
      const laidOut = imported(`<table><tr><td>栏目导航</td><td>${page}</td></tr></table>`, outsideOptions(item, json));
      assert.deepStrictEqual(laidOut.report, plain.report, item.source);
      assert.deepStrictEqual(laidOut.warnings, plain.warnings, item.source);
    }
  });
});

describe('importReport: what is not a report', () => {
  const cases: [string, unknown][] = [
    ['empty input', ''],
    ['white space', ' \n\t \u3000 '],
    ['garbage text', 'asdf qwer 1234 ;;; \u0000\u0001 ✓✓✓'],
    ['random characters', Array.from({ length: 2000 }, (_, i) => String.fromCharCode(32 + ((i * 7919) % 20000))).join('')],
    [
      'unrelated HTML',
      '<html><head><title>Hello</title></head><body><h1>Hello</h1><table><tr><td>a</td><td>1</td></tr></table></body></html>',
    ],
    ['broken HTML', '<table><tr><td colspan="99999999" rowspan="-4">1<td><table><p></b></i><tr><td>'],
    ['not a string', 42],
    ['null', null],
  ];
  for (const [name, source] of cases) {
    it(`${name}: fails with a message, no exception`, () => {
      const result = importReport(source as string);
      assert.equal(result.ok, false);
      if (!result.ok) {
        assert.ok(result.error.zh.length > 2 && result.error.en.length > 2);
        assert.ok(Array.isArray(result.warnings));
      }
    });
  }

  it('says which tables it could not find', () => {
    const result = importReport(
      '<p>2023年政府信息公开工作年度报告</p><table><tr><td>行政复议</td><td>行政诉讼</td><td>结果维持</td><td>尚未审结</td></tr></table>',
    );
    assert.equal(result.ok, false);
    if (!result.ok) {
      assert.equal(result.error.zh, '找不到表二（主动公开政府信息情况）、表三（收到和处理政府信息公开申请情况）');
      assert.match(result.error.en, /^could not find 表二 \(.*\), 表三 \(/);
    }
  });

  it('with `partial`, imports what is there and warns about the rest', () => {
    const pingtan = fixture('012-pingtan-zone-2024.source.html');
    const onlyReviews = pingtan.slice(pingtan.indexOf('四、政府信息公开行政复议'));
    const result = importReport(`<p>平潭综合实验区2024年度政府信息公开工作年度报告</p><p>${onlyReviews}`, { partial: true });
    assert.ok(result.ok);
    if (result.ok) {
      assert.equal(result.report.active, undefined);
      assert.equal(result.report.reviews?.litigationAfterReview.total, 19);
      assert.equal(result.warnings.filter((warning) => /找不到表/.test(warning.message.zh)).length, 2);
    }
  });
});

describe('importReport: hostile text', () => {
  const pingtan = fixture('012-pingtan-zone-2024.source.html');
  const payload = '<img src=x onerror=alert(1)>';
  const escaped = '&lt;img src=x onerror=alert(1)&gt;';

  it('a label or cell reading <img …> stays text: no number, no markup in the report', () => {
    const source = pingtan
      .replace('<p style="text-indent: 0em;">217</p>', `<p style="text-indent: 0em;">${escaped}</p>`)
      .replace('<p style="text-indent: 0em;">行政许可</p>', `<p style="text-indent: 0em;">${escaped}</p>`);
    const result = importReport(source, { agency: '平潭综合实验区' });
    assert.ok(result.ok);
    if (!result.ok) return;
    assert.equal(result.report.applications?.received.naturalPerson, null);
    assert.equal(result.report.active?.licensing, null);
    assert.ok(!JSON.stringify(result.report).includes('<img'));
    const quoted = result.warnings.filter((warning) => warning.source === payload);
    assert.ok(quoted.length >= 2, 'the hostile text is quoted, as text');
  });

  it('markup in the source is never read as text, and never yields a number', () => {
    const source = pingtan.replace(
      '<p style="text-indent: 0em;">217</p>',
      `<p style="text-indent: 0em;">${payload}<script>alert(2)</script></p>`,
    );
    const result = importReport(source, { agency: '平潭综合实验区' });
    assert.ok(result.ok);
    if (result.ok) {
      assert.equal(result.report.applications?.received.naturalPerson, null);
      assert.ok(!JSON.stringify(result).includes('alert'));
    }
  });

  it('hostile text in a copied text source is quoted as text and never becomes a number', () => {
    const text = fixture('000-yipingyuan-2023.source.txt').replace('\t自然人', `\t${payload}`).replace('\t512', `\t${payload}`);
    const result = importReport(text, { agency: '一平垣乡人民政府' });
    assert.ok(result.ok);
    if (!result.ok) return;
    assert.equal(result.report.active?.licensing, null);
    // The unrecognised header keeps its column: the other columns stay where they are.
    assert.equal(result.report.applications?.received.naturalPerson, null);
    assert.equal(result.report.applications?.received.commercial, 0);
    assert.equal(result.report.applications?.received.total, null);
    assert.ok(result.warnings.some((warning) => warning.source === payload));
    assert.ok(!JSON.stringify(result.report).includes('<img'));
  });
});

describe('importReport: never throws', () => {
  const sources = ['000-yipingyuan-2023.source.txt', '012-pingtan-zone-2024.source.html', '014-shuyang-fgj-2023.source.html'].map(fixture);
  const settled = (source: string) => {
    const result = importReport(source, { agency: '某机关', year: 2024 });
    assert.equal(typeof result.ok, 'boolean');
    assert.ok(Array.isArray(result.warnings));
    if (result.ok) assert.ok(parseReport(result.report).ok);
    else assert.ok(result.error.zh && result.error.en);
  };

  it('on arbitrary strings, markup-like or not', () => {
    const markup = fc.array(
      fc.constantFrom(
        '<table>',
        '<tr>',
        '<td rowspan="3">',
        '<td colspan="0">',
        '</td>',
        '<p>',
        '<br>',
        '&nbsp;',
        '\t',
        '\n',
        '商业',
        '企业',
        '一、本年新收政府信息公开申请数量',
        '行政复议',
        '0',
        '1,234',
        '无',
      ),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 400 }),
          markup.map((parts) => parts.join('')),
        ),
        settled,
      ),
      { numRuns: 300 },
    );
  });

  it('on real sources cut and spliced at random places', () => {
    const cut = fc.tuple(fc.constantFrom(0, 1, 2), fc.nat(), fc.nat(), fc.nat());
    fc.assert(
      fc.property(cut, ([which, a, b, c]) => {
        const source = sources[which]!;
        const [start, end] = [a % source.length, b % source.length].sort((x, y) => x - y) as [number, number];
        settled(source.slice(0, start) + source.slice(end));
        settled(source.slice(c % source.length));
      }),
      { numRuns: 60 },
    );
  });
});
