// The tables as static HTML (tableHtml / tablesHtml): what the export holds, what it escapes, and
// that the importer reads it back to the very same tables — blanks blank, computed totals blank.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseReport, shownValues, tableHtml, tablesHtml, type Report } from '../../src/pure.js';
import { importReport } from '../../src/import/node.js';
import { consistentReport } from '../helpers/arbitraries.js';
import { readFixture } from '../helpers/fixtures.js';
import { FIXTURE_NAMES } from '../helpers/fixture-names.js';

const parsed = (input: unknown): Report => {
  const result = parseReport(input);
  assert.ok(result.ok, JSON.stringify(result.errors?.slice(0, 2)));
  return result.report;
};
const tablesOf = (report: Report) => ({ active: report.active, applications: report.applications, reviews: report.reviews });

/** Sets the cells at `paths` to blank. */
function blank(report: Report, paths: readonly string[]): Report {
  const copy = structuredClone(report);
  for (const path of paths) {
    const keys = path.split('.');
    const parent = keys
      .slice(0, -1)
      .reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, copy as unknown as Record<string, unknown>);
    parent[keys.at(-1)!] = null;
  }
  return copy;
}

describe('static HTML export', () => {
  for (const name of FIXTURE_NAMES) {
    it(`${name}: the importer reads the export back to the same three tables, without a warning of its own`, () => {
      const report = parsed(readFixture(name));
      const result = importReport(tablesHtml(report), { agency: report.agency, year: report.year });
      assert.ok(result.ok, result.ok ? '' : result.error.en);
      assert.deepEqual(tablesOf(result.report), tablesOf(report));
      // Only what the report itself prints the old way may be noted (005 prints （六） as one row).
      assert.deepEqual(
        result.warnings.filter((warning) => !/（六）其他处理印为一行/.test(warning.message.zh)),
        [],
      );
    });
  }

  it('round-trips any consistent report with blank totals and blank cells (property)', () => {
    fc.assert(
      fc.property(consistentReport({ blankTotals: true }), fc.array(fc.nat(), { maxLength: 12 }), (input, picks) => {
        const complete = parsed(input);
        const paths = [...shownValues(complete).keys()];
        const report = blank(
          complete,
          picks.map((pick) => paths[pick % paths.length]!),
        );
        const result = importReport(tablesHtml(report, { styles: false }), { agency: report.agency, year: report.year });
        assert.ok(result.ok, result.ok ? '' : result.error.en);
        assert.deepEqual(tablesOf(result.report), tablesOf(report));
      }),
      { numRuns: 40 },
    );
  });

  it('marks computed totals and keeps blanks blank, in visible and in accessible text', () => {
    const report = parsed(readFixture('000-yipingyuan-2023'));
    const html = tableHtml(report, 'applications');
    const total = /<td class="dt-cell dt-total dt-computed"[^>]*data-path="applications\.received\.total">(.*?)<\/td>/.exec(html);
    assert.ok(total, 'the blank 一、本年新收 总计 is shown computed');
    assert.match(
      total[1]!,
      /^<span class="dt-value">0<\/span><span class="dt-computed-mark" aria-hidden="true">计<\/span><span class="dt-sr-only" style="[^"]+">（计算值）<\/span>$/,
    );
    const blankCell = /<td class="dt-cell dt-blank"[^>]*data-path="applications\.results\.granted\.naturalPerson">(.*?)<\/td>/.exec(html);
    assert.match(blankCell![1]!, /^<span class="dt-sr-only" style="position:absolute;[^"]*">未填报<\/span>$/);
    assert.match(html, /<p class="dt-legend">.*计算值：报告中此总计为空白/);
  });

  it('ties every data cell to its headers by id, inside a labelled, scrolling region', () => {
    const html = tableHtml(parsed(readFixture('001-huaian-city-2024')), 'applications', { idPrefix: 'x-' });
    const idsOf = (text: string) => [...text.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    const first = idsOf(tablesHtml(parsed(readFixture('001-huaian-city-2024'))));
    const second = idsOf(tablesHtml(parsed(readFixture('005-hongze-district-2024')), { idPrefix: 'r2-' }));
    assert.equal(new Set(first).size, first.length, 'no id twice within an export');
    assert.deepEqual(
      first.filter((id) => second.includes(id)),
      [],
      'two exports with their own prefixes share no id',
    );
    const ids = new Set([...html.matchAll(/<th id="([^"]+)"/g)].map((match) => match[1]));
    const cells = [...html.matchAll(/<td class="dt-cell[^"]*" headers="([^"]+)"/g)];
    assert.equal(cells.length, 25 * 7);
    for (const [, headers] of cells) for (const id of headers!.split(' ')) assert.ok(ids.has(id), id);
    assert.match(
      html,
      /^<div class="dt-region" role="region" tabindex="0" aria-labelledby="x-applications-caption" style="overflow-x:auto;position:relative;max-width:100%;display:grid;grid-template-columns:minmax\(0,1fr\)">/,
    );
    assert.match(
      html,
      /<caption id="x-applications-caption"><span class="dt-title">收到和处理政府信息公开申请情况<\/span><br><span class="dt-subtitle">\u2068淮安市人民政府\u2069 2024年<\/span><\/caption>/,
    );
  });

  it('prefixes every class with dt-, so a CMS theme cannot restyle the cells; without inline styles, none is left', () => {
    const report = parsed(readFixture('000-yipingyuan-2023'));
    const html = tablesHtml(report, { styles: false });
    const classes = [...html.matchAll(/ class="([^"]+)"/g)].flatMap((match) => match[1]!.split(' '));
    assert.ok(classes.length > 100);
    assert.deepEqual(
      classes.filter((name) => !name.startsWith('dt-')),
      [],
    );
    const plain = tablesHtml(report, { styles: false, inlineStyles: false });
    assert.doesNotMatch(plain, / style="/);
    assert.equal(
      plain.replaceAll(/ style="[^"]*"/g, ''),
      html.replaceAll(/ style="[^"]*"/g, ''),
      'the same markup, only without inline styles',
    );
  });

  it('escapes every text from the report', () => {
    const report = parsed({ ...(readFixture('001-huaian-city-2024') as object), agency: '<img src=x onerror="alert(1)">&乡\'' });
    const html = tablesHtml(report);
    assert.doesNotMatch(html, /<img/);
    assert.match(html, /&lt;img src=x onerror=&quot;alert\(1\)&quot;&gt;&amp;乡&#39;/);
  });

  it('in English: translated headers with the official Chinese under them; options choose tables and styles', () => {
    const report = parsed(readFixture('001-huaian-city-2024'));
    const english = tableHtml(report, 'reviews', { lang: 'en' });
    assert.match(english, />Administrative review<br><span class="dt-official" lang="zh-CN">行政复议<\/span><\/th>/);
    assert.match(english, /<span class="dt-subtitle">\u2068淮安市人民政府\u2069, 2024<\/span>/);
    assert.ok(tablesHtml(report).startsWith('<style>'));
    const reviewsOnly = tablesHtml(report, { tables: ['reviews'], styles: false });
    assert.ok(reviewsOnly.startsWith('<div class="dt-region"'));
    assert.equal((reviewsOnly.match(/<table /g) ?? []).length, 1);
    assert.equal(tableHtml({ ...report, reviews: undefined }, 'reviews'), '');
  });
});
