/**
 * The importer on reports generated from clean readings in the official layout, as HTML and as
 * copied text, with each real-world variant alone and several combined: each must import back to
 * exactly the reading (and give the warnings its guesses call for).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { importReport } from '../../src/import/node.js';
import { parseReport } from '../../src/model/parse.js';
import type { Report } from '../../src/model/schema.js';
import { renderHtml, renderText } from '../helpers/import-render.js';
import { combine, singleOtherHandling, VARIANTS, variantOf, type VariantCase } from '../helpers/import-variants.js';

const SECTIONS = {
  overview: '2024年，全市政务公开工作取得新进展。\n（一）主动公开方面。全年主动公开政府信息3119条。\n（二）依申请公开方面。依法答复申请。',
  problems: '一是公开质量有待提高。\n二是解读形式不够丰富。',
  other: '2024年，未收取信息处理费。',
};

function load(name: string): Report {
  const parsed = parseReport(JSON.parse(readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), 'utf8')));
  assert.ok(parsed.ok);
  return { ...parsed.report, sections: SECTIONS };
}

const clean = load('001-huaian-city-2024');
const hongze = load('005-hongze-district-2024');
const byName = (name: string) => VARIANTS.find((item) => item.name === name)!;

function check(item: VariantCase, format: 'html' | 'text') {
  const input = item.input ? item.input(clean) : clean;
  const expectedInput = item.expected ? item.expected(input) : input;
  const expected = parseReport(expectedInput);
  assert.ok(expected.ok);
  const variant = variantOf(item, input);
  const source = format === 'html' ? renderHtml(input, variant) : renderText(input, variant);
  const result = importReport(source);
  assert.ok(result.ok, result.ok ? '' : result.error.en);
  if (!result.ok) return;
  assert.deepStrictEqual(result.report, expected.report);
  for (const [index, test] of (item.warns ?? []).entries()) {
    assert.ok(
      result.warnings.some(test),
      `expected warning #${index + 1}; got ${JSON.stringify(result.warnings.map((w) => [w.path, w.source, w.message.zh]))}`,
    );
  }
  return result;
}

const formats = (item: VariantCase) => (['html', 'text'] as const).filter((format) => !item.only || item.only === format);

describe('importReport: each variant alone', () => {
  for (const item of [...VARIANTS, singleOtherHandling(hongze)]) {
    for (const format of formats(item)) {
      it(`${format}: ${item.name}`, () => {
        check(item, format);
      });
    }
  }

  it('the official layout imports without a single warning, as HTML and as text', () => {
    for (const format of ['html', 'text'] as const) assert.deepEqual(check(byName('official layout'), format)?.warnings, []);
  });
});

describe('importReport: variants combined', () => {
  const combinations = [
    combine(
      byName('half-width punctuation'),
      byName('Word markup around every label and value'),
      byName('thousands separators'),
      byName('表二 split into four tables'),
      byName('表四 with flattened headers'),
      byName('section heading variants'),
      byName('a whole page with site chrome'),
    ),
    combine(
      byName('known typos (三类内容事务信息, 其他法律行政止公开)'),
      byName('the old label 规范性文件'),
      byName('annotated cells'),
      byName('missing-value tokens'),
      byName('spaces and &nbsp; inside labels'),
    ),
    combine(
      singleOtherHandling(hongze),
      byName('a missing row'),
      byName('line breaks inside labels (<br>, new lines)'),
      byName('full-width digits and thousands separators'),
      byName('other heading variants'),
    ),
    combine(
      byName('text: cells separated by tabs within rows'),
      byName('half-width punctuation'),
      byName('known typos (三类内容事务信息, 其他法律行政止公开)'),
      byName('表四 with flattened headers'),
      byName('表二 split into four tables'),
      byName('missing-value tokens'),
    ),
    combine(
      byName('labels split over <p>, <span>, <font>, <o:p>'),
      byName('a subtotal row and an overall 行政诉讼 总计'),
      byName('missing-value tokens'),
      byName('表四 with flattened headers'),
      byName('a missing row'),
    ),
  ];
  for (const item of combinations) {
    for (const format of formats(item)) {
      it(`${format}: ${item.name}`, () => {
        check(item, format);
      });
    }
  }
});
