// Word and Excel files in headless Chromium: the Office reader imports the filled official template
// exactly, as in Node; an element's `src` pointing at a .docx or .xlsx renders it (through the
// loader's readers), also from the drop-in file, which fetches the Office reader file only then;
// an old .doc is refused with advice.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/application-table/define.js';
import '../../src/active-table/define.js';
import { importDocx, importXlsx } from '../../src/import/office/index.js';
import { reportToXlsx } from '../../src/export/xlsx.js';
import { parseReport } from '../../src/model/parse.js';
import type { Report } from '../../src/model/schema.js';
import { filledDocx, TEMPLATE_URL, useTemplate } from '../helpers/office-fill.js';
import { loadFixture, valueOf } from '../helpers/browser.js';
import { FIXTURE_NAMES } from '../helpers/fixture-names.js';

type Rendered = HTMLElement & { updateComplete: Promise<boolean> };

async function report(name: (typeof FIXTURE_NAMES)[number]): Promise<Report> {
  const parsed = parseReport(await loadFixture(name));
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  return parsed.report;
}

const blobUrl = (bytes: Uint8Array, type: string) => URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Resolves with the element's first check or error event. */
const settled = (element: Element) =>
  new Promise<CustomEvent>((resolve) => {
    element.addEventListener('disclosure-check', (event) => resolve(event as CustomEvent), { once: true });
    element.addEventListener('disclosure-error', (event) => resolve(event as CustomEvent), { once: true });
  });

before(async () => {
  const response = await fetch(TEMPLATE_URL);
  useTemplate(new Uint8Array(await response.arrayBuffer()));
});

describe('the Office reader in the browser', () => {
  for (const name of FIXTURE_NAMES) {
    it(`${name}: the filled official template imports to exactly its JSON`, async () => {
      const expected = await report(name);
      const options = expected.title ? {} : { agency: expected.agency, year: expected.year };
      const result = await importDocx(filledDocx(expected), options);
      expect(result.ok, result.ok ? '' : result.error.en).to.equal(true);
      if (result.ok) expect(result.report).to.deep.equal(expected);
    });
  }

  it('an exported workbook imports back to the same tables', async () => {
    const expected = await report('012-pingtan-zone-2024');
    const result = await importXlsx(reportToXlsx(expected));
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.report.applications).to.deep.equal(expected.applications);
  });
});

describe('an element’s src pointing at a Word or Excel file', () => {
  it('a .docx renders 表三 with its figures, accessibly', async () => {
    const expected = await report('001-huaian-city-2024');
    const url = blobUrl(filledDocx(expected), DOCX);
    const element = await fixture<Rendered>(html`<disclosure-application-table></disclosure-application-table>`);
    const done = settled(element);
    element.setAttribute('src', url);
    expect((await done).type).to.equal('disclosure-check');
    await element.updateComplete;
    const cell = element.shadowRoot!.querySelector('td[data-path="applications.received.naturalPerson"]')!;
    expect(valueOf(cell).replace(/,/g, '')).to.equal(String(expected.applications!.received.naturalPerson));
    expect(element.shadowRoot!.querySelector('caption')!.textContent).to.contain('淮安市人民政府');
    await expect(element).to.be.accessible();
  });

  it('an .xlsx renders 表二', async () => {
    const expected = await report('012-pingtan-zone-2024');
    const element = await fixture<Rendered>(html`<disclosure-active-table></disclosure-active-table>`);
    const done = settled(element);
    element.setAttribute('src', blobUrl(reportToXlsx(expected), XLSX));
    expect((await done).type).to.equal('disclosure-check');
    await element.updateComplete;
    expect(expected.active!.fees).to.equal(18651.06);
    expect(valueOf(element.shadowRoot!.querySelector('td[data-path="active.fees"]')!).replace(/[^\d.]/g, '')).to.equal('18651.06');
    expect(valueOf(element.shadowRoot!.querySelector('td[data-path="active.licensing"]')!).replace(/\D/g, '')).to.equal(
      String(expected.active!.licensing),
    );
  });

  it('an old .doc is refused, with advice to save it as .docx', async () => {
    const bytes = new Uint8Array(2048);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    Array.from('WordDocument').forEach((char, index) => (bytes[600 + index * 2] = char.charCodeAt(0)));
    const element = await fixture<Rendered>(html`<disclosure-application-table></disclosure-application-table>`);
    const done = settled(element);
    element.setAttribute('src', blobUrl(bytes, 'application/msword'));
    const event = await done;
    expect(event.type).to.equal('disclosure-error');
    expect(JSON.stringify(event.detail)).to.contain('另存为 .docx');
  });

  it('the drop-in file reads a .docx src with the Office reader file beside it, fetched only then', async () => {
    const iframe = document.createElement('iframe');
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    iframe.srcdoc = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><script>window.__errors=[];addEventListener('error',(e)=>__errors.push(String(e.message)),true)</script><script type="module" src="/dist/disclosure-tables.js"></script></head><body></body></html>`;
    document.body.append(iframe);
    await loaded;
    const win = iframe.contentWindow as Window & typeof globalThis & { __errors: string[] };
    await win.customElements.whenDefined('disclosure-review-table');
    const officeLoads = () =>
      win.performance.getEntriesByType('resource').filter((entry) => entry.name.includes('disclosure-tables-office.js')).length;
    expect(officeLoads(), 'not before a Word file comes').to.equal(0);
    const expected = await report('014-shuyang-fgj-2023');
    const element = win.document.createElement('disclosure-review-table') as Rendered;
    const done = settled(element);
    element.setAttribute('src', blobUrl(filledDocx(expected), DOCX));
    win.document.body.append(element);
    expect((await done).type).to.equal('disclosure-check');
    await element.updateComplete;
    expect(officeLoads()).to.equal(1);
    expect(element.shadowRoot!.querySelectorAll('td[data-path^="reviews."]').length).to.equal(15);
    expect(win.__errors).to.deep.equal([]);
    iframe.remove();
  });
});
