// The outputs of an element that is read, not edited (`outputs`, issue #13 points 3 and 4): a
// "download Excel" and a "copy for Excel" button above the tables, loaded on demand, working on the
// report shown (also when it came from `src`), in the page's language, gone while editing.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/application-table/define.js';
import '../../src/review-table/define.js';
import type { DisclosureApplicationTable } from '../../src/application-table/define.js';
import { loadFixture, rootOf } from '../helpers/browser.js';
import { catchDownloads, readClipboard } from '../helpers/edit.js';

const sample = () => loadFixture('000-yipingyuan-2023');
const buttons = (el: HTMLElement) => [...rootOf(el).querySelectorAll<HTMLButtonElement>('[part~="output-button"]')];
const statusOf = (el: HTMLElement) => rootOf(el).querySelector('[part~="output-bar"] [role="status"]')?.textContent ?? '';

async function waitFor(check: () => boolean) {
  for (let tries = 0; tries < 100 && !check(); tries += 1) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('outputs on a reading element', () => {
  before(() => executeServerCommand('disclosure-clipboard-access'));

  it('shows no bar without the attribute', async () => {
    const el = await fixture<DisclosureApplicationTable>(
      html`<disclosure-application-table .report=${await sample()}></disclosure-application-table>`,
    );
    await el.updateComplete;
    expect(rootOf(el).querySelector('[part~="output-bar"]')).to.equal(null);
  });

  it('`outputs` with no value: download Excel and copy for Excel, named in a group; accessible', async () => {
    const el = await fixture<DisclosureApplicationTable>(
      html`<disclosure-application-table outputs .report=${await sample()}></disclosure-application-table>`,
    );
    await el.updateComplete;
    expect(buttons(el).map((button) => button.textContent)).to.deep.equal(['下载 Excel', '复制到 Excel']);
    expect(rootOf(el).querySelector('[part~="output-bar"] [role="group"]')!.getAttribute('aria-label')).to.equal('输出');
    expect(buttons(el).every((button) => !button.disabled)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('copies the tables for Excel (TSV and HTML with the merges) and downloads the workbook of the tables shown', async () => {
    const el = await fixture<DisclosureApplicationTable>(
      html`<disclosure-application-table outputs .report=${await sample()}></disclosure-application-table>`,
    );
    await el.updateComplete;
    // Pressed from the keyboard, as a user would: the page is focused, and the clipboard may be written.
    buttons(el)[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => statusOf(el) !== '');
    expect(statusOf(el)).to.equal('已复制：复制到 Excel');
    const copied = await readClipboard();
    expect(copied['text/plain']).to.contain('自然人');
    expect(copied['text/plain']).not.to.contain('结果维持');
    expect(copied['text/html']).to.contain('rowspan');
    const downloads = catchDownloads(el);
    buttons(el)[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => statusOf(el).startsWith('已下载'));
    expect(statusOf(el)).to.equal('已下载 一平垣乡人民政府-2023.xlsx');
    const bytes = new Uint8Array(await (await fetch(downloads.last!.href)).arrayBuffer());
    expect([...bytes.slice(0, 2)], 'a zip (xlsx) file').to.deep.equal([0x50, 0x4b]);
  });

  it('takes the outputs named, in their order; in English for lang="en"; disabled until there is a report', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<disclosure-review-table outputs="copy-html download-json nonsense" lang="en"></disclosure-review-table>`,
    );
    await el.updateComplete;
    expect(buttons(el).map((button) => button.textContent)).to.deep.equal(['Copy HTML (for a CMS)', 'Download JSON']);
    expect(
      buttons(el).every((button) => button.disabled),
      'no report yet',
    ).to.equal(true);
    (el as unknown as { report: unknown }).report = await sample();
    await el.updateComplete;
    expect(buttons(el).every((button) => !button.disabled)).to.equal(true);
  });

  it('gives way to the editing bar while editing, and comes back after', async () => {
    const el = await fixture<DisclosureApplicationTable>(
      html`<disclosure-application-table outputs .report=${await sample()}></disclosure-application-table>`,
    );
    await el.updateComplete;
    el.editable = true;
    await el.updateComplete;
    expect(rootOf(el).querySelector('[part~="output-bar"]')).to.equal(null);
    expect(rootOf(el).querySelector('[part~="edit-bar"]')).not.to.equal(null);
    el.editable = false;
    await el.updateComplete;
    expect(buttons(el)).to.have.length(2);
  });
});
