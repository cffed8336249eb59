// Progressive enhancement: an element around a table already published on the page upgrades it.
import { aTimeout, expect, fixture as render, html, oneEvent } from '@open-wc/testing';
import '../../src/application-table/define.js';
import '../../src/report/define.js';
import type { DisclosureElement } from '../../src/internal/disclosure-element.js';
import { cellsByPath, loadFixture, parts, text } from '../helpers/browser.js';

type AnyReport = Record<string, any>;

async function source(name: string): Promise<string> {
  const response = await fetch(`/test/fixtures/${name}`);
  return response.text();
}

/** The published `<table>` of a source page whose text contains `marker`. */
async function publishedTable(name: string, marker: string): Promise<string> {
  const doc = new DOMParser().parseFromString(await source(name), 'text/html');
  const table = [...doc.querySelectorAll('table')].find((candidate) => candidate.textContent!.replace(/\s+/g, '').includes(marker));
  if (!table) throw new Error(`no table with ${marker} in ${name}`);
  return table.outerHTML;
}

/** Mounts an element holding published markup; resolves once it has checked (or failed). */
async function upgrade(tag: string, markup: string): Promise<DisclosureElement> {
  const host = await render<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(tag) as DisclosureElement;
  el.innerHTML = markup; // the published page's own markup, as a CMS page holds it
  const settled = Promise.race([oneEvent(el, 'disclosure-check'), oneEvent(el, 'disclosure-error')]);
  host.append(el);
  await settled;
  await el.updateComplete;
  return el;
}

const hidden = (element: Element) => element.getClientRects().length === 0;

describe('upgrading a table already on the page', () => {
  let title: string;
  beforeEach(() => (title = document.title));
  afterEach(() => (document.title = title));

  it('<disclosure-application-table> around a pasted 表三 renders the official layout with its values and checks', async () => {
    document.title = '沭阳县发展和改革局2023年政府信息公开年度报告_沭阳县人民政府';
    const reading: AnyReport = await loadFixture('014-shuyang-fgj-2023');
    const el = await upgrade('disclosure-application-table', await publishedTable('014-shuyang-fgj-2023.source.html', '本年新收'));
    const cells = cellsByPath(el.shadowRoot!);
    expect(cells.size).to.equal(175);
    for (const [path, cell] of cells) {
      const given = path
        .split('.')
        .slice(1)
        .reduce<any>((node, key) => node?.[key], reading.applications);
      // (Never hand DOM nodes to expect: chai's failure message would walk the whole tree.)
      if (given === null)
        expect(
          parts(cell).some((part) => part === 'blank' || part === 'computed'),
          path,
        ).to.equal(true);
      else expect(text(cell.querySelector('.value')).replaceAll(',', ''), path).to.equal(String(given));
    }
    expect(text(el.shadowRoot!.querySelector('caption'))).to.contain('\u2068沭阳县发展和改革局\u2069 2023年');
    expect(el.findings.filter((finding) => finding.rule === 'cell.blank').length).to.equal(24);
    const original = el.querySelector('table')!;
    expect(original, 'the original table stays in the light DOM').to.exist;
    expect(hidden(original), 'and is replaced on screen').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('<disclosure-report> around a whole published page lists the import warnings with the findings', async () => {
    document.title = '沭阳县发展和改革局2023年政府信息公开年度报告';
    const el = await upgrade('disclosure-report', await source('014-shuyang-fgj-2023.source.html'));
    expect(el.importWarnings.length).to.be.greaterThan(0);
    const notes = el.shadowRoot!.querySelector('[part="import-notes"]')!;
    expect(text(notes)).to.contain('规范性文件');
    expect(text(notes)).to.match(/第 \d+ 行/);
    const reading: AnyReport = await loadFixture('014-shuyang-fgj-2023');
    const cells = cellsByPath(el.shadowRoot!);
    expect(text(cells.get('active.normativeDocuments.inForce'))).to.equal(String(reading.active.normativeDocuments.inForce));
    expect(text(cells.get('reviews.review.total'))).to.equal('1');
    await expect(el).to.be.accessible();
  });

  it('keeps the pasted table visible, under an explanation, when it cannot be imported', async () => {
    const el = await upgrade(
      'disclosure-application-table',
      '<table><tr><td>月份</td><td>降水量</td></tr><tr><td>一月</td><td>12</td></tr></table>',
    );
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(text(alert)).to.match(/找不到表/);
    expect(hidden(el.querySelector('table')!), 'the original table shows through the slot').to.equal(false);
  });

  it('never turns pasted text into markup', async () => {
    document.title = '测试局2024年政府信息公开工作年度报告';
    (window as any).__pwned = undefined;
    const table = (await publishedTable('012-pingtan-zone-2024.source.html', '本年新收')).replace(
      '商业',
      '&lt;img src=x onerror="window.__pwned=1"&gt;商业',
    );
    const el = await upgrade('disclosure-application-table', table);
    // A sleep on purpose: it gives an injected image time to fail and run its onerror; nothing may happen.
    await aTimeout(50);
    expect((window as any).__pwned).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });
});
