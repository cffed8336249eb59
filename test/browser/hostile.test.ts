// Hostile reports in the elements (issue #16): text from the report never becomes markup; an agency
// with a right-to-left override cannot reorder the year beside it; a 100 KB unbroken title wraps; an
// error panel of 100,000 problems lists the first ones and a count; a huge `src` is refused; the
// static export, classes only, under a strict CSP with its style sheet file hosted.
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/index.js';
import { fromUrl } from '../../src/load/browser.js';
import { parseReport } from '../../src/model/parse.js';
import type { Report } from '../../src/model/schema.js';
import { reportHtml } from '../../src/static/report-html.js';
import { openPage, removeFrames } from '../helpers/hostile-page.js';

type Rendered = HTMLElement & { updateComplete: Promise<unknown> };

async function sample(name = '001-huaian-city-2024'): Promise<Record<string, unknown>> {
  return (await (await fetch(`/test/fixtures/${name}.json`)).json()) as Record<string, unknown>;
}

async function render(report: unknown, tag = 'disclosure-report', lang = 'zh'): Promise<Rendered> {
  const element = document.createElement(tag) as Rendered & { report: unknown };
  element.lang = lang;
  element.report = report;
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const HOSTILE = [
  '<img src=x onerror="window.__hostile=1">',
  '</script><script>window.__hostile=2</script>',
  '"><svg onload="window.__hostile=3">',
  '{{constructor.constructor("window.__hostile=4")()}}',
  '${window.__hostile=5}',
  '<!--',
  '\u0000\u202e\u2066<b>',
];

describe('hostile reports in the elements', () => {
  afterEach(() => {
    for (const element of document.querySelectorAll('disclosure-report, disclosure-review-table')) element.remove();
    removeFrames();
  });

  it('never turns report text into markup, in any place it is shown', async () => {
    const base = await sample();
    for (const text of HOSTILE) {
      const report = { ...base, agency: `局${text}`, title: text, sections: { overview: text, problems: `${text}\n${text}`, other: text } };
      for (const lang of ['zh', 'en']) {
        const element = await render(report, 'disclosure-report', lang);
        const root = element.shadowRoot!;
        expect(root.querySelectorAll('img, svg, script, b').length, text).to.equal(0);
        // Shown as text, exactly.
        expect(root.querySelector('.report-title')!.textContent, text).to.contain(text);
        expect(root.querySelector('[data-dt-section="overview"]')!.textContent, text).to.contain(text.trim().slice(0, 4));
        element.remove();
      }
    }
    expect((window as { __hostile?: number }).__hostile).to.equal(undefined);
  });

  it('never shows a key another script put on Object.prototype as the report’s (title, sections)', async () => {
    const { title: _title, sections: _sections, ...untitled } = await sample();
    const proto = Object.prototype as Record<string, unknown>;
    proto.title = 'POLLUTED TITLE';
    proto.sections = { overview: 'POLLUTED PROSE' };
    try {
      const element = await render(untitled, 'disclosure-report');
      expect(element.shadowRoot!.textContent).to.not.contain('POLLUTED');
      expect(element.shadowRoot!.querySelector('.report-title')!.textContent).to.contain('年政府信息公开工作年度报告');
    } finally {
      delete proto.title;
      delete proto.sections;
    }
  });

  it('isolates the agency: a right-to-left override cannot reverse the year in the caption or the title', async () => {
    const element = await render({ ...(await sample()), agency: '\u202e某某局', title: undefined }, 'disclosure-report');
    const root = element.shadowRoot!;
    const subtitle = root.querySelector('caption .subtitle')!;
    // Isolated: between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE.
    expect(subtitle.textContent).to.equal('\u2068\u202e某某局\u2069 2024年');
    expect(root.querySelector('.report-title')!.textContent).to.contain('\u2068\u202e某某局\u2069');
    // The digits of the year, left to right on screen in their logical order.
    const digits = (node: Element) => {
      const textNode = [...node.childNodes].find((child) => child.nodeType === Node.TEXT_NODE && /2024/.test(child.textContent!))!;
      const start = textNode.textContent!.indexOf('2024');
      return [0, 1, 2, 3].map((offset) => {
        const range = document.createRange();
        range.setStart(textNode, start + offset);
        range.setEnd(textNode, start + offset + 1);
        return range.getBoundingClientRect().left;
      });
    };
    for (const node of [subtitle, root.querySelector('.report-title')!]) {
      const lefts = digits(node);
      expect(
        [...lefts].sort((a, b) => a - b),
        node.className,
      ).to.deep.equal(lefts);
    }
  });

  it('wraps a 100 KB unbroken title and agency: the page does not widen', async () => {
    const long = '局'.repeat(100_000);
    const element = await render({ ...(await sample()), agency: long, title: `x${'x'.repeat(100_000)}` }, 'disclosure-report');
    expect(element.getBoundingClientRect().width).to.be.at.most(window.innerWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth + 1);
    const review = await render({ ...(await sample()), agency: `a${'a'.repeat(100_000)}` }, 'disclosure-review-table');
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth + 1);
    review.remove();
  });

  it('lists the first 50 of 100,000 problems and how many more', async () => {
    const report = { ...(await sample()) } as Record<string, unknown>;
    for (let index = 0; index < 100_000; index++) report[`unknown${index}`] = index;
    const parsed = parseReport(report);
    expect(parsed.ok).to.equal(false);
    const element = await fixture<Rendered>(html`<disclosure-review-table .report=${report}></disclosure-review-table>`);
    await element.updateComplete;
    const items = element.shadowRoot!.querySelectorAll('[role="alert"] li');
    expect(items.length).to.equal(51);
    expect(items[50]!.textContent).to.equal('另有 99950 处未列出');
    expect(element.shadowRoot!.querySelector('.error-title')!.textContent).to.contain('100000');
  });

  it('refuses a src response over 20 MB as it streams in, with a message', async () => {
    const loaded = await fromUrl('/__hostile/huge.json?mb=30', new AbortController().signal);
    expect(loaded.ok).to.equal(false);
    expect(!loaded.ok && loaded.problems[0]!.message.en).to.equal('/__hostile/huge.json?mb=30: too large (the limit is 20 MB), not read');
  });

  it('the static export, classes only, under a strict CSP with the style sheet file: styled, hidden texts hidden, no violation', async () => {
    const parsed = parseReport(await sample('000-yipingyuan-2023'));
    const report = (parsed.ok && parsed.report) as Report;
    const win = await openPage({
      csp: "default-src 'self'; script-src 'self'; style-src 'self'",
      head: '<link rel="stylesheet" href="/dist/disclosure-tables-static.css">',
      body: reportHtml(report, { styles: false, inlineStyles: false }),
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const cell = win.document.querySelector('td[data-path]')!;
    expect(win.getComputedStyle(cell).borderTopStyle).to.equal('solid');
    expect(win.getComputedStyle(win.document.querySelector('.dt-region')!).overflowX).to.equal('auto');
    const hidden = win.document.querySelector('.dt-sr-only')!;
    expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
    expect(win.__violations).to.deep.equal([]);
  });
});
