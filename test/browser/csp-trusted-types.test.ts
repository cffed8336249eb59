// The elements under Trusted Types (issue #16): with the policies lit-html and disclosure-tables
// allowed everything works, a pasted table included; where the page forbids them, the page keeps
// its own content visible and the console names the policy to allow.
import { expect } from '@open-wc/testing';
import { openPage, removeFrames, settled, TAGS } from '../helpers/hostile-page.js';

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const ALLOWED = `${STRICT}; trusted-types lit-html disclosure-tables`;
let sampleJson = '';
let pastedTables = '';
const heading = '<h1>平潭综合实验区2024年政府信息公开工作年度报告</h1>';

describe('under Trusted Types', () => {
  before(async () => {
    sampleJson = (await (await fetch('/test/fixtures/000-yipingyuan-2023.json')).text()).replaceAll('<', '\\u003c');
    const source = await (await fetch('/test/fixtures/012-pingtan-zone-2024.source.html')).text();
    pastedTables = source
      .match(/<table[\s\S]*?<\/table>/gi)!
      .join('\n')
      .replaceAll(/ style="[^"]*"/g, '');
  });
  afterEach(removeFrames);

  it('with lit-html and disclosure-tables allowed: every element renders, a pasted table upgrades, no violation', async () => {
    const body = [
      ...TAGS.map((tag) => `<${tag}><script type="application/json">${sampleJson}</script></${tag}>`),
      heading,
      `<disclosure-application-table id="pasted">${pastedTables}</disclosure-application-table>`,
    ].join('\n');
    const win = await openPage({ csp: ALLOWED, body });
    await settled(win, 8000);
    for (const tag of TAGS) expect(win.document.querySelector(tag)!.shadowRoot!.querySelector('table'), tag).to.exist;
    const pasted = win.document.querySelector('#pasted')!.shadowRoot!;
    expect(pasted.querySelector('td[data-path="applications.received.naturalPerson"]'), pasted.textContent!.slice(0, 200)).to.exist;
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  for (const policies of ["'none'", 'disclosure-tables']) {
    it(`where the page forbids lit-html (trusted-types ${policies}): its own content stays visible, the console names the policy`, async () => {
      const body = `<disclosure-report><script type="application/json">${sampleJson}</script><p id="fallback">报告数据加载中</p></disclosure-report>${heading}<disclosure-application-table>${pastedTables}</disclosure-application-table>`;
      const win = await openPage({ csp: `${STRICT}; trusted-types ${policies}`, body });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(win.__errors).to.deep.equal([]);
      for (const tag of TAGS) expect(win.customElements.get(tag), tag).to.equal(undefined);
      expect(win.document.querySelector('#fallback')!.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(win.document.querySelector('disclosure-application-table table')!.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(win.__console.join('\n')).to.match(/Trusted Types policy lit-html.*trusted-types lit-html disclosure-tables/);
    });
  }

  it('where the page allows lit-html only: the tables render; a pasted table stays visible, the panel names disclosure-tables', async () => {
    const body = `<disclosure-review-table><script type="application/json">${sampleJson}</script></disclosure-review-table>${heading}<disclosure-application-table>${pastedTables}</disclosure-application-table>`;
    const win = await openPage({ csp: `${STRICT}; trusted-types lit-html`, body });
    await settled(win, 8000);
    expect(win.document.querySelector('disclosure-review-table')!.shadowRoot!.querySelector('table')).to.exist;
    const pasted = win.document.querySelector('disclosure-application-table')!;
    const panel = pasted.shadowRoot!.querySelector('[role="alert"]')!;
    expect(panel.textContent).to.contain('disclosure-tables');
    expect(pasted.shadowRoot!.querySelector('slot')).to.exist;
    expect(pasted.querySelector('table')!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(win.__console.join('\n')).to.contain('"disclosure-tables"');
    expect(win.__errors).to.deep.equal([]);
  });
});
