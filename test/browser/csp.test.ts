// The elements under a strict Content-Security-Policy (issue #16): styled, with no violation
// report, with constructable style sheets and without them (the fallback is a style sheet file
// beside the drop-in, never an inline <style>); the importer (a pasted table) too.
import { expect } from '@open-wc/testing';
import { openPage, removeFrames, settled, TAGS, type HostileWindow } from '../helpers/hostile-page.js';

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'";
let sampleJson = '';
let pastedTable = '';
let styledSource = '';

const inline = (tag: string, json: string) => `<${tag}><script type="application/json">${json}</script></${tag}>`;
const allElements = () => TAGS.map((tag) => inline(tag, sampleJson)).join('\n');

/** A rendered element's first header cell: styled when it has the table's border and background. */
function styledHeader(win: HostileWindow, tag: string): CSSStyleDeclaration {
  const th = win.document.querySelector(tag)!.shadowRoot!.querySelector('th.column, th')!;
  return win.getComputedStyle(th);
}

describe('under a strict Content-Security-Policy', () => {
  before(async () => {
    sampleJson = (await (await fetch('/test/fixtures/000-yipingyuan-2023.json')).text()).replaceAll('<', '\\u003c');
    const source = await (await fetch('/test/fixtures/012-pingtan-zone-2024.source.html')).text();
    // Without the inline styles it is published with: the page's own markup reports no violation.
    pastedTable = source
      .match(/<table[\s\S]*?<\/table>/gi)!
      .join('\n')
      .replaceAll(/ style="[^"]*"/g, '');
    styledSource = source;
  });
  afterEach(removeFrames);

  for (const noConstructable of [false, true]) {
    it(`every element renders styled, with no violation${noConstructable ? ', without constructable style sheets' : ''}`, async () => {
      const win = await openPage({ csp: STRICT, body: allElements(), noConstructable });
      await settled(win);
      for (const tag of TAGS) {
        expect(win.customElements.get(tag), tag).to.exist;
        const style = styledHeader(win, tag);
        expect(style.borderTopStyle, tag).to.equal('solid');
        const caption = win.document.querySelector(tag)!.shadowRoot!.querySelector('caption')!;
        expect(win.getComputedStyle(caption).fontWeight, tag).to.equal('600');
        expect(win.document.querySelector(tag)!.shadowRoot!.querySelector('style'), `${tag}: no inline <style>`).to.equal(null);
      }
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    });
  }

  it('a pasted published table upgrades with no violation (the importer parses it without applying its styles)', async () => {
    const win = await openPage({
      csp: STRICT,
      body: `<h1>平潭综合实验区2024年政府信息公开工作年度报告</h1><disclosure-application-table>${pastedTable}</disclosure-application-table>`,
    });
    await settled(win, 8000);
    const root = win.document.querySelector('disclosure-application-table')!.shadowRoot!;
    expect(root.querySelector('td[data-path="applications.received.naturalPerson"]'), root.innerHTML.slice(0, 300)).to.exist;
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('the importer reads a published page with inline styles without applying them (no style-src-attr report)', async () => {
    const win = await openPage({ csp: STRICT, body: '<p>page</p>', importer: true });
    const result = win.__importer!.importReport(styledSource, { agency: '平潭综合实验区' });
    expect(result.ok, result.ok ? '' : result.error.en).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(win.__violations).to.deep.equal([]);
  });
});
