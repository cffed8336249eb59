// Round trips without loss (issue #16): a rendered element, in Chinese and in English, read back by
// the importer gives the very report (the official Chinese labels travel beside the English ones,
// the facts the tables lack are machine-readable); a report without prose never gains any.
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/index.js';
import { importReport } from '../../src/import/index.js';
import { parseReport } from '../../src/model/parse.js';
import type { Report } from '../../src/model/schema.js';
import { reportHtml } from '../../src/static/report-html.js';
import { FIXTURE_NAMES } from '../helpers/fixture-names.js';

type Rendered = HTMLElement & { updateComplete: Promise<unknown> };
const same = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

async function load(name: string): Promise<Report> {
  const parsed = parseReport(await (await fetch(`/test/fixtures/${name}.json`)).json());
  if (!parsed.ok) throw new Error(name);
  return parsed.report;
}

describe('round trips', () => {
  for (const name of FIXTURE_NAMES) {
    for (const lang of ['zh', 'en'] as const) {
      it(`${name} (${lang}): a rendered <disclosure-report> imports back to the same report`, async () => {
        const report = await load(name);
        const element = await fixture<Rendered>(html`<disclosure-report lang=${lang} .report=${report}></disclosure-report>`);
        await element.updateComplete;
        const result = importReport(element.shadowRoot!.innerHTML);
        expect(result.ok, result.ok ? '' : result.error.en).to.equal(true);
        expect(same(result.ok && result.report)).to.deep.equal(same(report));
      });

      it(`${name} (${lang}): the static export imports back to the same report in the browser`, async () => {
        const report = await load(name);
        const result = importReport(reportHtml(report, { lang }));
        expect(result.ok, result.ok ? '' : result.error.en).to.equal(true);
        expect(same(result.ok && result.report)).to.deep.equal(same(report));
      });
    }
  }

  it('an English table element imports back to its table exactly', async () => {
    const report = await load('001-huaian-city-2024');
    for (const [tag, table] of [
      ['disclosure-application-table', 'applications'],
      ['disclosure-active-table', 'active'],
      ['disclosure-review-table', 'reviews'],
    ] as const) {
      const element = document.createElement(tag) as Rendered & { report: unknown };
      element.lang = 'en';
      element.report = report;
      document.body.append(element);
      await element.updateComplete;
      const result = importReport(element.shadowRoot!.innerHTML, { agency: report.agency, year: report.year, partial: true });
      expect(result.ok, tag).to.equal(true);
      expect(same(result.ok && result.report[table]), tag).to.deep.equal(same(report[table]));
      element.remove();
    }
  });

  it('reading a rendered report without prose never invents any (its placeholders are not prose)', async () => {
    const { sections: _sections, ...withoutProse } = await load('001-huaian-city-2024');
    for (const lang of ['zh', 'en']) {
      const element = await fixture<Rendered>(html`<disclosure-report lang=${lang} .report=${withoutProse}></disclosure-report>`);
      await element.updateComplete;
      expect(element.shadowRoot!.textContent).to.contain(lang === 'en' ? 'Not provided in this report.' : '本报告未提供此部分内容。');
      const result = importReport(element.shadowRoot!.innerHTML);
      expect(result.ok && result.report.sections).to.equal(undefined);
    }
  });
});
