// Several elements and reports on one page: no id is used twice, in any shadow root or across
// them; every id reference (headers, aria-describedby, aria-labelledby, summary links) resolves
// within its own shadow root; focus from a summary link stays in its own report.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { DisclosureElement } from '../../src/index.js';
import { fixtureUrl, loadFixture } from '../helpers/browser.js';

const TAGS = ['disclosure-report', 'disclosure-application-table', 'disclosure-active-table', 'disclosure-review-table'];
const elementsIn = (root: ParentNode) => Array.from(root.querySelectorAll<DisclosureElement>(TAGS.join(',')));
const idsIn = (root: ParentNode) => Array.from(root.querySelectorAll('[id]'), (node) => node.id);

/** Every id reference in a shadow root, with the element holding it. */
function references(root: ShadowRoot): { from: Element; attribute: string; id: string }[] {
  const found: { from: Element; attribute: string; id: string }[] = [];
  for (const attribute of ['headers', 'aria-describedby', 'aria-labelledby', 'aria-controls', 'for']) {
    for (const from of Array.from(root.querySelectorAll(`[${attribute}]`))) {
      for (const id of from.getAttribute(attribute)!.split(/\s+/).filter(Boolean)) found.push({ from, attribute, id });
    }
  }
  for (const from of Array.from(root.querySelectorAll('a[href^="#"]')))
    found.push({ from, attribute: 'href', id: from.getAttribute('href')!.slice(1) });
  return found;
}

async function page() {
  const sample = await loadFixture('000-yipingyuan-2023');
  const huaian = await loadFixture('001-huaian-city-2024');
  huaian.reviews!.review.total = 350;
  huaian.active!.licensing = null;
  const pingtan = await loadFixture('012-pingtan-zone-2024');
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <p id="page-note">Host page content with its own ids.</p>
    <disclosure-report .report=${sample}></disclosure-report>
    <disclosure-report .report=${huaian}></disclosure-report>
    <disclosure-report .report=${huaian}></disclosure-report>
    <disclosure-report lang="en" .report=${sample}></disclosure-report>
    <disclosure-application-table .report=${sample}></disclosure-application-table>
    <disclosure-application-table .report=${huaian}></disclosure-application-table>
    <disclosure-active-table .report=${huaian}></disclosure-active-table>
    <disclosure-active-table .report=${pingtan}></disclosure-active-table>
    <disclosure-review-table .report=${huaian}></disclosure-review-table>
    <disclosure-review-table .report=${huaian}></disclosure-review-table>
    <disclosure-review-table checks="silent" .report=${pingtan}></disclosure-review-table>
    <disclosure-review-table src=${fixtureUrl('005-hongze-district-2024')}></disclosure-review-table>
  </div>`);
  const fromSrc = wrapper.querySelector('disclosure-review-table[src]')!;
  if (!fromSrc.shadowRoot!.querySelector('table')) await oneEvent(fromSrc, 'disclosure-check');
  const elements = elementsIn(wrapper);
  await Promise.all(elements.map((element) => element.updateComplete));
  return { wrapper, elements };
}

describe('several elements and reports on one page', () => {
  it('every element rendered its tables', async () => {
    const { elements } = await page();
    expect(elements.length).to.equal(12);
    const tables = elements.map((element) => element.shadowRoot!.querySelectorAll('table').length);
    expect(tables).to.deep.equal([3, 3, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('no id is used twice within a shadow root, nor shared with the page', async () => {
    // Each shadow root is its own id scope, so copies of one layout share ids (and one cloned DOM).
    const { wrapper, elements } = await page();
    const pageIds = new Set(idsIn(document));
    let total = 0;
    elements.forEach((element, index) => {
      const owner = `${element.localName}#${index}`;
      const ids = idsIn(element.shadowRoot!);
      total += ids.length;
      expect(ids.length, `${owner} has ids`).to.be.greaterThan(0);
      expect(new Set(ids).size, `${owner}: duplicate ids ${ids.filter((id, at) => ids.indexOf(id) !== at).join(', ')}`).to.equal(
        ids.length,
      );
      for (const id of ids) {
        expect(id, `${owner}: id without whitespace`).to.match(/^\S+$/);
        expect(pageIds.has(id), `${id} of ${owner} is also an id of the page`).to.equal(false);
      }
    });
    expect(total, 'enough ids for the check to mean something').to.be.greaterThan(500);
    expect(wrapper.querySelector('#page-note')).to.exist;
  });

  it('every headers, aria-describedby, aria-labelledby and summary link resolves within its own shadow root', async () => {
    const { elements } = await page();
    let checked = 0;
    for (const element of elements) {
      const root = element.shadowRoot!;
      for (const { from, attribute, id } of references(root)) {
        const target = root.getElementById(id);
        expect(target, `${element.localName} ${attribute}="${id}"`).to.exist;
        if (attribute === 'headers') {
          expect(target!.localName).to.equal('th');
          expect(target!.closest('table'), `${id} is in the same table`).to.equal(from.closest('table'));
        }
        if (attribute === 'aria-describedby') {
          expect(target!.localName).to.equal('li');
          // In a report, a cell is described by the list under its own table, in its own section.
          expect(target!.closest('section[part="section"]'), id).to.equal(from.closest('section[part="section"]'));
        }
        // A finding's link goes to its cell; a table's line in the summary goes to that table's section heading.
        if (attribute === 'href') expect(target!.localName).to.match(from.closest('.summary-tables') ? /^h[1-6]$/ : /^td$/);
        checked++;
      }
      // And every data cell is headed, in its own root.
      for (const td of Array.from(root.querySelectorAll('td[data-path]')))
        expect(td.getAttribute('headers'), td.getAttribute('data-path')!).to.match(/\S/);
    }
    expect(checked).to.be.greaterThan(2000);
  });

  it('a summary link of the second copy of a report focuses the cell in that copy', async () => {
    const { elements } = await page();
    const [, first, second] = elements as [DisclosureElement, DisclosureElement, DisclosureElement];
    const link = second.shadowRoot!.querySelector<HTMLAnchorElement>('[part="summary"] li[data-index] a')!;
    const path = second.findings[Number(link.closest<HTMLElement>('li')!.dataset.index)]!.cells[0]!;
    link.click();
    expect(document.activeElement).to.equal(second);
    expect((second.shadowRoot!.activeElement as HTMLElement).dataset.path).to.equal(path);
    expect(first.shadowRoot!.activeElement).to.equal(null);
  });

  it('ids stay unique when elements re-render or are added later', async () => {
    const { wrapper, elements } = await page();
    elements[0]!.setAttribute('lang', 'en');
    elements[4]!.report = await loadFixture('005-hongze-district-2024');
    const late = document.createElement('disclosure-report');
    late.report = await loadFixture('000-yipingyuan-2023');
    wrapper.append(late);
    await Promise.all([...elements, late].map((element) => element.updateComplete));
    for (const element of [...elements, late]) {
      const ids = idsIn(element.shadowRoot!);
      expect(ids.length).to.be.greaterThan(0);
      expect(new Set(ids).size, element.localName).to.equal(ids.length);
    }
  });

  it('a page of one element per report and table is accessible', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<main>
      <disclosure-review-table .report=${await loadFixture('000-yipingyuan-2023')}></disclosure-review-table>
      <disclosure-active-table .report=${await loadFixture('001-huaian-city-2024')}></disclosure-active-table>
      <disclosure-application-table .report=${await loadFixture('012-pingtan-zone-2024')}></disclosure-application-table>
      <disclosure-report .report=${await loadFixture('014-shuyang-fgj-2023')}></disclosure-report>
    </main>`);
    await Promise.all(elementsIn(wrapper).map((element) => element.updateComplete));
    await expect(wrapper).to.be.accessible();
  });
});

describe('inside a CMS article body', () => {
  it('article text layout (indent, justify, break-all, pre-wrap, letter-spacing) stays out of the tables, while font and colour come through', async () => {
    const sample = await loadFixture('000-yipingyuan-2023');
    const article = await fixture<HTMLDivElement>(html`<div
      style="text-indent: 2em; text-align: justify; word-break: break-all; white-space: pre-wrap; letter-spacing: 3px; word-spacing: 4px; font-family: serif; color: rgb(20, 30, 40)"
    >
      <p><disclosure-application-table .report=${sample}></disclosure-application-table></p>
      <p><disclosure-report .report=${sample}></disclosure-report></p>
    </div>`);
    const elements = elementsIn(article);
    await Promise.all(elements.map((el) => el.updateComplete));
    for (const el of elements) {
      const root = el.shadowRoot!;
      const samples = [
        root.querySelector('caption'),
        root.querySelector('th.row'),
        root.querySelector('td[part~="cell"]'),
        root.querySelector('.findings li, .summary li'),
      ];
      for (const node of samples) {
        if (!node) throw new Error(`${el.localName}: expected caption, row header, cell and a finding`);
        const style = getComputedStyle(node);
        const where = `${el.localName} ${node.localName}`;
        expect(style.textIndent, where).to.equal('0px');
        expect(style.wordBreak, where).to.equal('normal');
        expect(style.letterSpacing, where).to.equal('normal');
        expect(style.wordSpacing, where).to.equal('0px');
        expect(style.whiteSpaceCollapse ?? style.whiteSpace, where).to.not.equal('preserve');
        expect(style.fontFamily, where).to.equal('serif');
      }
      expect(getComputedStyle(root.querySelector('td[part~="cell"]')!).textAlign, 'numbers stay right-aligned').to.equal('right');
      expect(getComputedStyle(root.querySelector('caption')!).color, 'the page’s colour').to.equal('rgb(20, 30, 40)');
    }
    const prose = elements[1]!.shadowRoot!.querySelector('.prose p');
    if (!prose) throw new Error('the report shows its prose');
    expect(getComputedStyle(prose).textIndent, 'the report’s own paragraphs keep their official indent').to.not.equal('0px');
  });
});
