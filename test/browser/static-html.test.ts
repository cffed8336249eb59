// The static HTML export in a real page, beside the element it stands in for: the same table, cell
// for cell and header for header; accessible; and as narrow as its place on a phone.
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../src/index.js';
import { tableHtml, tablesHtml } from '../../src/pure.js';
import { parseReport } from '../../src/model/parse.js';
import type { Report } from '../../src/model/schema.js';
import type { TableId } from '../../src/model/tables.js';
import { headerPath, loadFixture, renderElement, rowsOf, rootOf } from '../helpers/browser.js';
import { FIXTURE_NAMES, type FixtureName } from '../helpers/fixture-names.js';

const TAGS: Record<TableId, string> = {
  active: 'disclosure-active-table',
  applications: 'disclosure-application-table',
  reviews: 'disclosure-review-table',
};

async function report(name: FixtureName): Promise<Report> {
  const parsed = parseReport(await loadFixture(name));
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  return parsed.report;
}

/** Each row of a table: [tag, text or path, colspan, rowspan], and every data cell's header path. */
function shape(table: HTMLTableElement) {
  const cells = [...table.querySelectorAll<HTMLTableCellElement>('td[data-path]')].map((td) => [
    td.dataset.path,
    headerPath(td).join(' / '),
    td.textContent!.trim(),
  ]);
  return { rows: rowsOf(table), cells, caption: table.caption!.textContent!.replace(/\s+/g, '') };
}

describe('static HTML export in the browser', () => {
  for (const name of ['000-yipingyuan-2023', '005-hongze-district-2024'] as const) {
    for (const lang of ['zh', 'en'] as const) {
      it(`${name}, ${lang}: every table is the element's table, cell for cell and header for header`, async () => {
        const data = await report(name);
        for (const table of ['active', 'applications', 'reviews'] as const) {
          const { el } = await renderElement<HTMLElement & { updateComplete: Promise<unknown> }>(TAGS[table], data, {
            checks: 'off',
            lang: lang === 'en' ? 'en' : 'zh-CN',
          });
          const host = await fixture<HTMLDivElement>(html`<div>${unsafeHTML(tableHtml(data, table, { lang }))}</div>`);
          const fromElement = shape(rootOf(el).querySelector('table')!);
          const fromExport = shape(host.querySelector('table')!);
          expect(fromExport.rows, `${table} rows`).to.deep.equal(fromElement.rows);
          expect(fromExport.cells, `${table} cells`).to.deep.equal(fromElement.cells);
          expect(fromExport.caption, `${table} caption`).to.equal(fromElement.caption);
        }
      });
    }
  }

  it('is accessible, with and without its style block', async () => {
    const data = await report('000-yipingyuan-2023');
    for (const styles of [true, false]) {
      const host = await fixture<HTMLDivElement>(html`<div>${unsafeHTML(tablesHtml(data, { styles }))}</div>`);
      expect(host.querySelectorAll('table').length).to.equal(3);
      await expect(host).to.be.accessible();
    }
  });

  it('scrolls inside its region on a phone-width column instead of widening the page', async () => {
    const data = await report(FIXTURE_NAMES[1]);
    const before = document.documentElement.scrollWidth;
    const host = await fixture<HTMLDivElement>(html`<div style="margin-inline-start: 480px; width: 300px">
      <div style="display: grid"><div>${unsafeHTML(tablesHtml(data, { tables: ['applications'] }))}</div></div>
    </div>`);
    const region = host.querySelector<HTMLElement>('[role="region"]')!;
    expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
    expect(document.documentElement.scrollWidth).to.equal(before);
  });
});
