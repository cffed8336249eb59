// The editing mode in the drop-in file as a CMS page uses it (issue #11 point 1): a plain page with one
// script tag; the editing mode's file beside dist/disclosure-tables.js is fetched only once `editable`
// is set, its outputs' file only when an output needs it; the importer's file serves an HTML paste.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { clipboardFixture, keydown, paste } from '../helpers/edit.js';

type FrameWindow = Window & typeof globalThis & { __errors: string[] };
type Element_ = HTMLElement & { updateComplete: Promise<boolean>; report?: any; editable: boolean };

async function plainPage(body: string): Promise<FrameWindow> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '1200px';
  iframe.style.height = '800px';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.srcdoc = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<script>window.__errors = []; addEventListener('error', (e) => __errors.push(String(e.message || e)), true); addEventListener('unhandledrejection', (e) => __errors.push(String(e.reason)));</script>
<script type="module" src="/dist/disclosure-tables.js"></script></head><body>${body}</body></html>`;
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as FrameWindow;
  await win.customElements.whenDefined('disclosure-review-table');
  return win;
}

const loads = (win: Window, file: string) =>
  win.performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith(`/dist/${file}`)).length;

describe('editing mode in the drop-in file', () => {
  let sampleJson = '';
  before(async () => {
    sampleJson = await (await fetch('/test/fixtures/000-yipingyuan-2023.json')).text();
    await executeServerCommand('disclosure-clipboard-access');
  });
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('fetches disclosure-tables-edit.js only once editable is set, and edits with it', async () => {
    const win = await plainPage(
      `<disclosure-review-table><script type="application/json">${sampleJson}</script></disclosure-review-table>`,
    );
    const el = win.document.querySelector('disclosure-review-table') as Element_;
    await el.updateComplete;
    expect(loads(win, 'disclosure-tables-edit.js'), 'a page that only reads fetches no editing code').to.equal(0);
    el.editable = true;
    await el.updateComplete;
    expect(loads(win, 'disclosure-tables-edit.js')).to.equal(1);
    expect(el.shadowRoot!.querySelector('table')!.getAttribute('role')).to.equal('grid');
    const td = el.shadowRoot!.querySelector<HTMLElement>('td[data-path="reviews.review.other"]')!;
    td.focus();
    keydown(td, { key: '7' });
    keydown(el.shadowRoot!.querySelector('input.entry')!, { key: 'Enter' });
    expect(el.report.reviews.review.other).to.equal(7);
    await el.updateComplete;
    expect(td.querySelector('.value')!.textContent).to.equal('7');
    // A second element on the page uses the same file.
    const second = win.document.createElement('disclosure-review-table') as Element_;
    second.setAttribute('editable', '');
    win.document.body.append(second);
    await second.updateComplete;
    expect(second.report.format, 'a blank report').to.equal('2021');
    expect(loads(win, 'disclosure-tables-edit.js')).to.equal(1);
    expect(loads(win, 'disclosure-tables-edit-outputs.js')).to.equal(0);
    expect(win.__errors).to.deep.equal([]);
  });

  it('pastes Excel’s HTML through the importer’s file, and loads the outputs’ file for the static HTML', async () => {
    const win = await plainPage(
      `<disclosure-review-table editable><script type="application/json">${sampleJson}</script></disclosure-review-table>`,
    );
    const el = win.document.querySelector('disclosure-review-table') as Element_;
    await el.updateComplete;
    const td = el.shadowRoot!.querySelector<HTMLElement>('td[data-path="reviews.review.upheld"]')!;
    td.focus();
    paste(td, { 'text/html': await clipboardFixture('excel-reviews.html'), 'text/plain': '' });
    await el.updateComplete;
    expect(loads(win, 'disclosure-tables-import.js')).to.equal(1);
    expect(el.report.reviews.review.total).to.equal(351);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="copy-html"]')!.click();
    const status = el.shadowRoot!.querySelector('.edit-status')!;
    for (let tries = 0; tries < 100 && status.textContent!.startsWith('已粘贴'); tries += 1)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(status.textContent).to.equal('已复制：复制 HTML（用于 CMS）');
    expect(loads(win, 'disclosure-tables-edit-outputs.js')).to.equal(1);
    expect(win.__errors).to.deep.equal([]);
  });
});
