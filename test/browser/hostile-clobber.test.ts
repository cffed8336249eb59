// DOM clobbering (issue #16): elements whose ids or names are the globals lit reads at load
// (window.litHtmlVersions is then the element) must not stop the drop-in file from loading.
import { expect } from '@open-wc/testing';
import { openPage, removeFrames, settled, TAGS } from '../helpers/hostile-page.js';

const GLOBALS = [
  'litHtmlVersions',
  'litElementVersions',
  'reactiveElementVersions',
  'litPropertyMetadata',
  'litHtmlPolyfillSupport',
  'litElementPolyfillSupport',
  'reactiveElementPolyfillSupport',
  'litElementHydrateSupport',
  'ShadyCSS',
  'ShadyDOM',
  'litNonce',
];

describe('DOM clobbering', () => {
  afterEach(removeFrames);

  it('the drop-in loads and every element renders whatever ids and names the page holds', async () => {
    const json = (await (await fetch('/test/fixtures/001-huaian-city-2024.json')).text()).replaceAll('<', '\\u003c');
    const clobbering = [
      ...GLOBALS.map((name) => `<div id="${name}"></div>`),
      // Two with one id: window.litHtmlVersions is then an HTMLCollection.
      '<span id="litHtmlVersions"></span>',
      '<img name="reactiveElementVersions" alt=""><form name="litPropertyMetadata"></form>',
    ].join('');
    const win = await openPage({
      body: `${clobbering}${TAGS.map((tag) => `<${tag}><script type="application/json">${json}</script></${tag}>`).join('')}`,
    });
    await settled(win);
    expect(win.__errors).to.deep.equal([]);
    for (const tag of TAGS) {
      expect(win.customElements.get(tag), tag).to.exist;
      expect(win.document.querySelector(tag)!.shadowRoot!.querySelector('td[data-path]'), tag).to.exist;
    }
    // The elements keep working: a change of language renders again.
    const element = win.document.querySelector('disclosure-report') as HTMLElement & { lang: string; updateComplete: Promise<unknown> };
    element.lang = 'en';
    await element.updateComplete;
    expect(element.shadowRoot!.textContent).to.contain('Administrative review');
  });
});
