// The drop-in file as a CMS page uses it: a plain HTML page (an iframe, no bundler, no import map)
// that loads dist/disclosure-tables.js with one script tag and holds the report as inline JSON.
// `npm test` builds the file first (pretest).
import { expect } from '@open-wc/testing';
import { encodeGbk } from '../helpers/gbk.js';

const TAGS = ['disclosure-application-table', 'disclosure-active-table', 'disclosure-review-table', 'disclosure-report'];
const DROP_IN = '/dist/disclosure-tables.js';

type FrameWindow = Window & typeof globalThis & { __errors: string[] };
type Rendered = HTMLElement & { updateComplete: Promise<boolean>; findings: readonly { rule: string; message: string }[] };

let sampleJson = '';

/** A plain page in an iframe; errors (including failed module scripts) are recorded in `__errors`. */
async function plainPage(body: string): Promise<FrameWindow> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '1200px';
  iframe.style.height = '800px';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.srcdoc = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<script>
  window.__errors = [];
  addEventListener('error', (event) => __errors.push(String(event.message || (event.target && event.target.src) || event)), true);
  addEventListener('unhandledrejection', (event) => __errors.push(String(event.reason)));
</script>
<script type="module" src="${DROP_IN}"></script>
</head><body>${body}</body></html>`;
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as FrameWindow;
  const defined = Promise.all(TAGS.map((tag) => win.customElements.whenDefined(tag)));
  const timeout = new Promise((_, reject) =>
    setTimeout(
      () =>
        reject(
          new Error(
            `the drop-in file did not define ${TAGS.filter((tag) => !win.customElements.get(tag)).join(', ')}; errors: ${win.__errors.join('; ')}`,
          ),
        ),
      5000,
    ),
  );
  await Promise.race([defined, timeout]);
  return win;
}

const inline = (tag: string, json: string) => `<${tag}><script type="application/json">${json}</script></${tag}>`;

/** Loads one more module script into the page and waits for it to run (or fail). */
function addModule(win: FrameWindow, attributes: { src?: string; text?: string }): Promise<void> {
  return new Promise((resolve) => {
    const script = win.document.createElement('script');
    script.type = 'module';
    if (attributes.src) {
      script.src = attributes.src;
      script.addEventListener('load', () => resolve(), { once: true });
      script.addEventListener('error', () => {
        win.__errors.push(`could not load ${attributes.src}`);
        resolve();
      });
    } else {
      script.textContent = `${attributes.text}\nwindow.dispatchEvent(new Event('module-done'));`;
      win.addEventListener('module-done', () => resolve(), { once: true });
    }
    win.document.head.append(script);
  });
}

describe('drop-in file dist/disclosure-tables.js', () => {
  before(async () => {
    sampleJson = await (await fetch('/test/fixtures/000-yipingyuan-2023.json')).text();
  });

  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('is one self-contained module: no import of lit, zod or any other file', async () => {
    let text = await (await fetch(DROP_IN)).text();
    expect(text.length).to.be.greaterThan(10000);
    // The imports allowed: the importer's own file beside it, loaded only for a pasted table, the
    // Office reader's, loaded only for a .docx/.xlsx, the rules beyond one table, only for a report with prose or a
    // previous report, the English, only for lang="en", and the editing mode's, only once `editable` is set.
    text = text.replace(/\bimport\(\s*(["'`])\.\/disclosure-tables-(?:import|office|beyond|errors|en|edit)\.js\1\s*\)/g, '');
    // No other static or dynamic import (`.importNode(` is lit's own DOM call).
    expect(text).not.to.match(/(?<![.\w$])import\s*(?:[{*("'`]|[\w$]+\s+from\b)/);
    expect(text).not.to.match(/\bfrom\s*["'`]/);
    expect(text).not.to.contain('Lit is in dev mode');
  });

  it('loads the importer from its own file beside it only for a pasted published table', async () => {
    const sourcePage = new DOMParser().parseFromString(
      await (await fetch('/test/fixtures/014-shuyang-fgj-2023.source.html')).text(),
      'text/html',
    );
    const table = [...sourcePage.querySelectorAll('table')].find((candidate) =>
      candidate.textContent!.replace(/\s+/g, '').includes('本年新收'),
    );
    expect(table, 'the published 表三').to.exist;
    const win = await plainPage(`${inline('disclosure-review-table', sampleJson)}`);
    const importerLoads = () =>
      win.performance.getEntriesByType('resource').filter((entry) => entry.name.includes('disclosure-tables-import.js')).length;
    await (win.document.querySelector('disclosure-review-table') as Rendered).updateComplete;
    expect(importerLoads(), 'not fetched for inline JSON').to.equal(0);
    win.document.title = '沭阳县发展和改革局2023年政府信息公开年度报告';
    const element = win.document.createElement('disclosure-application-table') as Rendered;
    element.innerHTML = table!.outerHTML;
    const settled = new Promise((resolve) => {
      element.addEventListener('disclosure-check', resolve, { once: true });
      element.addEventListener('disclosure-error', resolve, { once: true });
    });
    win.document.body.append(element);
    await settled;
    await element.updateComplete;
    expect(importerLoads()).to.equal(1);
    expect(element.shadowRoot!.querySelectorAll('td[data-path^="applications."]').length).to.equal(25 * 7);
    expect(win.__errors).to.deep.equal([]);
  });

  it('fetches the structure errors only for a report that is not well-formed, and the prose rules only for a report with prose', async () => {
    const { sections: _sections, ...withoutProse } = JSON.parse(sampleJson);
    const win = await plainPage(`${inline('disclosure-application-table', JSON.stringify(withoutProse))}`);
    const loads = (file: string) => win.performance.getEntriesByType('resource').filter((entry) => entry.name.includes(file)).length;
    const first = win.document.querySelector('disclosure-application-table') as Rendered;
    await first.updateComplete;
    expect(loads('disclosure-tables-errors.js'), 'a well-formed report needs no zod').to.equal(0);
    expect(loads('disclosure-tables-beyond.js'), 'a report without prose needs no prose rules').to.equal(0);
    // A report that is not well-formed: its errors, with their paths, once zod has loaded.
    const broken = win.document.createElement('disclosure-review-table') as Rendered;
    (broken as unknown as { report: unknown }).report = { format: '2021', agency: 'x', year: '2024' };
    win.document.body.append(broken);
    await broken.updateComplete;
    expect(loads('disclosure-tables-errors.js')).to.equal(1);
    expect(broken.shadowRoot!.querySelector('[role="alert"] li')!.textContent).to.contain('year');
    // A report with prose: the prose rules come, and a figure the prose misstates is found.
    const withProse = win.document.createElement('disclosure-review-table') as Rendered;
    const report = { ...withoutProse, reviews: { review: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 } } };
    report.sections = { overview: '全年共办理政府信息公开行政复议案件3件。' };
    (withProse as unknown as { report: unknown }).report = report;
    win.document.body.append(withProse);
    await withProse.updateComplete;
    expect(loads('disclosure-tables-beyond.js')).to.equal(1);
    expect(withProse.findings.map((finding) => finding.rule)).to.include('text.mismatch');
    expect(win.__errors).to.deep.equal([]);
  });

  it('fetches the English texts only for an English page, and renders English from them', async () => {
    const win = await plainPage(`${inline('disclosure-application-table', sampleJson)}`);
    const loads = () =>
      win.performance.getEntriesByType('resource').filter((entry) => entry.name.includes('disclosure-tables-en.js')).length;
    const chinese = win.document.querySelector('disclosure-application-table') as Rendered;
    await chinese.updateComplete;
    expect(loads(), 'a Chinese page never fetches them').to.equal(0);
    expect(chinese.shadowRoot!.querySelector('caption')!.textContent).to.contain('收到和处理政府信息公开申请情况');
    const english = win.document.createElement('disclosure-review-table') as Rendered;
    english.setAttribute('lang', 'en');
    const report = JSON.parse(sampleJson);
    report.reviews.review.total = 1;
    (english as unknown as { report: unknown }).report = report;
    win.document.body.append(english);
    await english.updateComplete;
    expect(loads()).to.equal(1);
    const root = english.shadowRoot!;
    expect(root.querySelector('caption .title')!.textContent).to.equal(
      'Administrative reviews and lawsuits concerning information disclosure',
    );
    expect(root.querySelector('th .official')!.textContent, 'the official Chinese beside the English').to.match(/[\u4e00-\u9fff]/);
    expect(english.findings.find((finding) => /expected/.test(finding.message))?.message).to.match(/^Administrative review, total: /);
    // The files loaded on demand translate from the same English texts: the prose rules' messages.
    const withProse = win.document.createElement('disclosure-review-table') as Rendered;
    withProse.setAttribute('lang', 'en');
    (withProse as unknown as { report: unknown }).report = {
      ...report,
      reviews: { review: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 } },
      sections: { overview: '全年共办理政府信息公开行政复议案件3件。' },
    };
    win.document.body.append(withProse);
    await withProse.updateComplete;
    const mismatch = withProse.findings.find((finding) => finding.rule === 'text.mismatch');
    expect(mismatch?.message).to.match(/ gives 3 for .*, but the table shows 1$/);
    expect(win.__errors).to.deep.equal([]);
  });

  it('reads a src file saved as GBK with the decoder of the importer file, fetched only then', async () => {
    const win = await plainPage('');
    const importerLoads = () =>
      win.performance.getEntriesByType('resource').filter((entry) => entry.name.includes('disclosure-tables-import.js')).length;
    const original = win.fetch;
    win.fetch = (async (input: RequestInfo | URL, init?: RequestInit) =>
      String(input) === '/ansi.json'
        ? new Response(encodeGbk(sampleJson), { headers: { 'content-type': 'application/json' } })
        : original(input, init)) as typeof fetch;
    const element = win.document.createElement('disclosure-application-table') as Rendered & { importWarnings: readonly unknown[] };
    const checked = new Promise((resolve) => element.addEventListener('disclosure-check', resolve, { once: true }));
    element.setAttribute('src', '/ansi.json');
    expect(importerLoads(), 'not before').to.equal(0);
    win.document.body.append(element);
    await checked;
    await element.updateComplete;
    expect(importerLoads()).to.equal(1);
    expect(element.shadowRoot!.querySelector('caption')!.textContent).to.contain('一平垣乡人民政府');
    expect(element.importWarnings.length).to.equal(1);
    expect(win.__errors).to.deep.equal([]);
  });

  it('defines the four elements when loaded with one script tag', async () => {
    const win = await plainPage('');
    for (const tag of TAGS) expect(win.customElements.get(tag), tag).to.be.a('function');
    expect(win.__errors).to.deep.equal([]);
  });

  it('renders the sample report from inline JSON: 表三 with its data', async () => {
    const win = await plainPage(inline('disclosure-application-table', sampleJson));
    const element = win.document.querySelector('disclosure-application-table') as Rendered;
    await element.updateComplete;
    const root = element.shadowRoot!;
    const caption = root.querySelector('caption')!.textContent!.replace(/\s+/g, ' ');
    expect(caption).to.contain('收到和处理政府信息公开申请情况');
    expect(caption).to.contain('一平垣乡人民政府');
    expect(caption).to.contain('2023');
    const cells = root.querySelectorAll('td[data-path^="applications."]');
    expect(cells.length).to.equal(25 * 7);
    const cell = (path: string) => root.querySelector<HTMLElement>(`td[data-path="applications.${path}"]`)!;
    expect(cell('received.naturalPerson').textContent!.trim()).to.equal('0');
    // 总计 left blank in the report: shown computed, and marked as such.
    expect(cell('received.total').getAttribute('part')).to.contain('computed');
    // A blank cell stays blank, with an accessible text.
    expect(cell('results.granted.naturalPerson').getAttribute('part')).to.contain('blank');
    expect(cell('results.granted.naturalPerson').querySelector('.sr-only')!.textContent).to.equal('未填报');
    expect(element.findings.length).to.be.greaterThan(0);
    expect(win.__errors).to.deep.equal([]);
  });

  it('renders the other tables and the whole report from the same file', async () => {
    const win = await plainPage(
      TAGS.filter((tag) => tag !== 'disclosure-application-table')
        .map((tag) => inline(tag, sampleJson))
        .join('\n'),
    );
    const active = win.document.querySelector('disclosure-active-table') as Rendered;
    const review = win.document.querySelector('disclosure-review-table') as Rendered;
    const report = win.document.querySelector('disclosure-report') as Rendered;
    await Promise.all([active.updateComplete, review.updateComplete, report.updateComplete]);
    expect(active.shadowRoot!.querySelector('td[data-path="active.licensing"]')!.textContent!.trim()).to.equal('512');
    expect(review.shadowRoot!.querySelectorAll('td[data-path^="reviews."]').length).to.equal(15);
    expect(report.shadowRoot!.querySelectorAll('table').length).to.equal(3);
    expect(win.__errors).to.deep.equal([]);
  });

  it('loading it twice never throws, and the first definitions stay', async () => {
    const win = await plainPage(inline('disclosure-application-table', sampleJson));
    const before = TAGS.map((tag) => win.customElements.get(tag));
    // A second copy of the file (another URL is another module instance, as from another CMS template).
    await addModule(win, { src: `${DROP_IN}?copy=2` });
    // The same URL again (a template that includes the script tag twice).
    await addModule(win, { src: DROP_IN });
    expect(TAGS.map((tag) => win.customElements.get(tag))).to.deep.equal(before);
    const element = win.document.querySelector('disclosure-application-table') as Rendered;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('caption')).to.exist;
    expect(win.__errors).to.deep.equal([]);
  });

  it('renders no part that custom-elements.json does not document', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const documented = new Map<string, Set<string>>();
    for (const mod of manifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        if (declaration.tagName)
          documented.set(declaration.tagName, new Set((declaration.cssParts ?? []).map((part: { name: string }) => part.name)));
      }
    }
    // A report with an error (a wrong 总计), warnings (blank cells) and computed totals, an invalid
    // report (error panel) and no report at all (status), for each element.
    const faulty = JSON.parse(sampleJson);
    faulty.applications.received.total = 5;
    const faultyJson = JSON.stringify(faulty);
    const body = TAGS.map((tag) => `${inline(tag, faultyJson)}${inline(tag, '{"format":"1999"}')}<${tag}></${tag}>`).join('\n');
    const win = await plainPage(body);
    const elements = [...win.document.querySelectorAll<Rendered>(TAGS.join(','))];
    await Promise.all(elements.map((element) => element.updateComplete));
    const undocumented: string[] = [];
    const seen = new Set<string>();
    for (const element of elements) {
      for (const node of element.shadowRoot!.querySelectorAll('[part]')) {
        for (const part of node.getAttribute('part')!.split(/\s+/).filter(Boolean)) {
          seen.add(part);
          if (!documented.get(element.localName)?.has(part)) undocumented.push(`<${element.localName}> ${part}`);
        }
      }
    }
    expect([...new Set(undocumented)]).to.deep.equal([]);
    for (const part of ['table', 'cell', 'invalid', 'warning', 'computed', 'finding-error', 'finding-warning', 'error', 'status'])
      expect(seen, part).to.include(part);
  });

  it('beside another copy of the library (the npm build, loaded first), never throws', async () => {
    const iframe = document.createElement('iframe');
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    iframe.srcdoc = `<!doctype html><meta charset="utf-8"><script>window.__errors=[];addEventListener('error',(e)=>__errors.push(String(e.message)),true)</script>`;
    document.body.append(iframe);
    await loaded;
    const win = iframe.contentWindow as FrameWindow;
    // The unbundled npm build (its bare `lit` imports are resolved by the test server) defines first…
    await addModule(win, { text: `await import('/dist/index.js');` });
    const first = TAGS.map((tag) => win.customElements.get(tag));
    expect(first.every(Boolean)).to.equal(true);
    // …then the drop-in file arrives too.
    await addModule(win, { src: DROP_IN });
    expect(TAGS.map((tag) => win.customElements.get(tag))).to.deep.equal(first);
    expect(win.__errors).to.deep.equal([]);
  });
});
