// Lossless round trips (issue #16): report JSON → the static export → the importer gives back the
// very report JSON, for every fixture, in Chinese and in English, from the API and through the
// command line (`html | import`); hostile text in names and prose comes back as it went.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseReport, reportHtml, type Report } from '../../src/pure.js';
import { importReport } from '../../src/import/node.js';
import { main } from '../../src/cli.js';
import { loadReport } from '../helpers/fixtures.js';
import { FIXTURE_NAMES } from '../helpers/fixture-names.js';
import { consistentReport } from '../helpers/arbitraries.js';

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

function roundTrip(report: Report, lang: 'zh' | 'en', options = {}): unknown {
  const result = importReport(reportHtml(report, { lang, ...options }));
  assert.ok(result.ok, result.ok ? '' : result.error.en);
  return json(result.report);
}

describe('static export → import: the same report', () => {
  for (const name of FIXTURE_NAMES) {
    for (const lang of ['zh', 'en'] as const) {
      it(`${name} (${lang})`, () => {
        const report = loadReport(name);
        assert.deepEqual(roundTrip(report, lang), json(report));
        assert.deepEqual(roundTrip(report, lang, { inlineStyles: false, styles: false }), json(report), 'classes only');
      });
    }
  }

  it('through the command line: disclosure-tables html r.json | disclosure-tables import', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dt-roundtrip-'));
    for (const name of FIXTURE_NAMES) {
      for (const lang of ['zh', 'en']) {
        const out: string[] = [];
        assert.equal(
          await main(
            ['html', '--lang', lang, join('test/fixtures', `${name}.json`)],
            (text) => out.push(text),
            () => undefined,
          ),
          0,
        );
        writeFileSync(join(dir, `${name}.html`), out.join('\n'));
        const imported: string[] = [];
        const errors: string[] = [];
        const code = await main(
          ['import', join(dir, `${name}.html`)],
          (text) => imported.push(text),
          (text) => errors.push(text),
        );
        assert.equal(code, 0, errors.join('\n'));
        assert.deepEqual(JSON.parse(imported.join('\n')), json(loadReport(name)), `${name} ${lang}`);
      }
    }
  });

  it('any consistent report with hostile names, titles and prose (property)', () => {
    const text = fc.string({
      unit: fc.constantFrom('局', '<', '>', '&', '"', "'", '\u202e', ' ', '\n', '\t', '1', 'a', '。', '\u00a0', '\r'),
      maxLength: 30,
    });
    fc.assert(
      fc.property(
        consistentReport({ blankTotals: true }),
        text.filter((agency) => /\S/.test(agency)),
        fc.option(text, { nil: undefined }),
        fc.option(fc.record({ overview: text, problems: text }, { requiredKeys: [] }), { nil: undefined }),
        fc.constantFrom('zh' as const, 'en' as const),
        (input, agency, title, sections, lang) => {
          const parsed = parseReport({ ...input, agency, ...(title === undefined ? {} : { title }), ...(sections ? { sections } : {}) });
          assert.ok(parsed.ok);
          assert.deepEqual(roundTrip(parsed.report, lang), json(parsed.report));
        },
      ),
      { numRuns: 150 },
    );
  });
});
