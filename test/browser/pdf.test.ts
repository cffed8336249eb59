// The PDF importer in headless Chromium: the two real PDFs and PDFs printed by the test browser
// itself import exactly; an element whose src is a PDF renders it (source build, after the app
// imports the reader; and the drop-in file, which loads its PDF reader file only then).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/report/define.js';
import { importPdf } from '../../src/import/pdf/browser.js';
import type { DisclosureReport } from '../../src/report/define.js';
import type { ImportResult } from '../../src/import/types.js';
import type { Report } from '../../src/model/schema.js';
import { reportPage } from '../helpers/report-page.js';
import { loadFixture } from '../helpers/browser.js';
import type { FixtureName } from '../helpers/fixture-names.js';

const tablesOf = (report: Report) => ({ active: report.active, applications: report.applications, reviews: report.reviews });
const bytesOf = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());

async function printed(page: string): Promise<Uint8Array> {
  const base64 = await executeServerCommand<string, { html: string }>('disclosure-print-pdf', { html: page });
  return Uint8Array.from(atob(base64!), (char) => char.charCodeAt(0));
}

async function expectExact(result: ImportResult, name: FixtureName): Promise<void> {
  const reading = await loadFixture(name);
  if (!result.ok) throw new Error(result.error.en);
  expect(tablesOf(result.report)).to.deep.equal(tablesOf(reading));
  expect([result.report.agency, result.report.year]).to.deep.equal([reading.agency, reading.year]);
}

describe('importPdf in the browser', function () {
  this.timeout(30000);

  for (const name of ['001-huaian-city-2024', '005-hongze-district-2024'] as const) {
    it(`${name}.pdf imports exactly`, async () => {
      await expectExact(await importPdf(await bytesOf(`/test/fixtures/pdf/${name}.pdf`)), name);
    });
  }

  it('a PDF printed by this browser, with 表三 across a page break, imports exactly', async () => {
    const reading = await loadFixture('014-shuyang-fgj-2023');
    await expectExact(await importPdf(await printed(reportPage(reading, { splitApplications: 300 }))), '014-shuyang-fgj-2023');
  });

  it('refuses a truncated PDF with its cause', async () => {
    const bytes = await bytesOf('/test/fixtures/pdf/005-hongze-district-2024.pdf');
    const result = await importPdf(bytes.subarray(0, 5000));
    expect(result.ok).to.equal(false);
    expect(result.ok ? '' : result.error.zh).to.match(/不完整/);
  });

  it('an element whose src is a PDF shows its loading state, then renders and checks it', async () => {
    const el = document.createElement('disclosure-report') as DisclosureReport;
    const checked = oneEvent(el, 'disclosure-check');
    el.src = '/test/fixtures/pdf/001-huaian-city-2024.pdf';
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent ?? '').to.not.equal('');
    await checked;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.include('3,985,758');
    expect(el.findings.filter((finding) => finding.severity === 'error')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});

describe('an element reading a PDF without table lines', function () {
  this.timeout(30000);

  it('lists the import note with the page it was found on', async () => {
    const reading = await loadFixture('001-huaian-city-2024');
    const bytes = await printed(reportPage(reading, { borderless: true, splitApplications: 200 }));
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
    const el = document.createElement('disclosure-report') as DisclosureReport;
    const done = Promise.race([oneEvent(el, 'disclosure-check'), oneEvent(el, 'disclosure-error')]);
    el.src = url;
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    const event = (await done) as CustomEvent<{ errors?: { message: { en: string } }[] }>;
    expect(event.type, event.detail.errors?.map((error) => error.message.en).join('; ')).to.equal('disclosure-check');
    await el.updateComplete;
    const paged = el.importWarnings.filter((warning) => warning.page !== undefined);
    expect(paged.length, 'notes of a PDF name their page').to.be.greaterThan(0);
    // Where each note was found, as a line number is shown for a page's notes.
    const places = [...el.shadowRoot!.querySelectorAll('[part~="import-notes"] li .severity')].map((item) => item.textContent!.trim());
    expect(places).to.include(`第 ${paged[0]!.page} 页`);
    URL.revokeObjectURL(url);
  });
});

describe('the drop-in file and a PDF src', function () {
  this.timeout(30000);

  it('loads disclosure-tables-pdf.js from beside it, only for a PDF, and fetches nothing from elsewhere', async () => {
    const iframe = document.createElement('iframe');
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    iframe.srcdoc = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
      <script type="module" src="/dist/disclosure-tables.js"></script></head><body>
      <disclosure-report id="json" src="/test/fixtures/005-hongze-district-2024.json"></disclosure-report></body></html>`;
    document.body.append(iframe);
    await loaded;
    const win = iframe.contentWindow as Window & typeof globalThis;
    await win.customElements.whenDefined('disclosure-report');
    const requested = () => win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    const json = win.document.getElementById('json') as DisclosureReport;
    await oneEvent(json, 'disclosure-check');
    expect(requested().filter((path) => path.includes('pdf'))).to.deep.equal([]);

    const el = win.document.createElement('disclosure-report') as DisclosureReport;
    const checked = oneEvent(el, 'disclosure-check');
    el.setAttribute('src', '/test/fixtures/pdf/005-hongze-district-2024.pdf');
    win.document.body.append(el);
    await checked;
    await el.updateComplete;
    const shown = el.shadowRoot!.textContent ?? '';
    for (const value of ['9,487', '2,776', '7,545', '淮安市洪泽区人民政府2024年政府信息公开工作年度报告']) expect(shown).to.include(value);
    expect(el.findings.filter((finding) => finding.severity === 'error')).to.deep.equal([]);
    expect(requested()).to.include('/dist/disclosure-tables-pdf.js');
    expect(requested().some((path) => !path.startsWith('/dist/') && !path.startsWith('/test/'))).to.equal(false);
    iframe.remove();
  });
});
