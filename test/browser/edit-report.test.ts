// `<disclosure-report editable>` and the editing mode's accessibility (issue #11 points 1, 5, 8, 10,
// 11): a new report starts blank; agency, year, title and prose are edited too; every edit is checked
// at once without moving focus; the outputs come from the same state; in edit mode the tables are
// grids that keep id/headers, invalid cells are tied to their messages, and axe finds nothing.
import { expect } from '@open-wc/testing';
import { a11ySnapshot, executeServerCommand, findAccessibilityNode } from '@web/test-runner-commands';
import '../../src/report/define.js';
import '../../src/application-table/define.js';
import type { DisclosureReport } from '../../src/report/define.js';
import { cellAt, describedBy, headerPath, loadFixture, rootOf, valueOf } from '../helpers/browser.js';
import {
  button,
  catchDownloads,
  entryInput,
  focusCell,
  focusedPath,
  mountEditable,
  press,
  readClipboard,
  reportOf,
  statusText,
  type,
  valueAt,
} from '../helpers/edit.js';

const sample = () => loadFixture('000-yipingyuan-2023');
const field = (el: HTMLElement, path: string) =>
  rootOf(el).querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-field="${path}"]`)!;

/** Types into a report field and leaves it (its change event), as an editor would. */
async function setField(el: DisclosureReport, path: string, text: string) {
  const control = field(el, path);
  control.focus();
  control.select();
  await type(text);
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('<disclosure-report editable>: a new report and its fields', () => {
  it('starts a blank report of the current format when it has no data', async () => {
    const { el } = await mountEditable<DisclosureReport>('disclosure-report');
    const report = reportOf(el);
    expect(report.format).to.equal('2021');
    expect(report.agency).to.equal('');
    expect(report.year).to.equal(new Date().getFullYear() - 1);
    expect(rootOf(el).querySelectorAll('table[role="grid"]')).to.have.length(3);
    expect(valueAt(el, 'applications.results.total.total')).to.equal(null);
    expect(valueOf(cellAt(el, 'applications.results.total.total')), 'a blank total shows its computed value').to.equal('0');
  });

  it('edits agency, year, title, date and the three prose sections', async () => {
    const { el, edits } = await mountEditable<DisclosureReport>('disclosure-report');
    await setField(el, 'agency', '某某县人民政府');
    await setField(el, 'year', '２０２４');
    await setField(el, 'title', '某某县2024年政府信息公开工作年度报告');
    await setField(el, 'sections.overview', '本年度共收到申请 3 件。');
    const report = reportOf(el);
    expect([report.agency, report.year, report.title, report.sections?.overview]).to.deep.equal([
      '某某县人民政府',
      2024,
      '某某县2024年政府信息公开工作年度报告',
      '本年度共收到申请 3 件。',
    ]);
    expect(rootOf(el).querySelector('.report-title')!.textContent).to.contain('某某县2024年政府信息公开工作年度报告');
    // The agency isolated for bidirectional text (U+2068 … U+2069), as in every caption.
    expect(rootOf(el).querySelector('caption .subtitle')!.textContent).to.equal('\u2068某某县人民政府\u2069 2024年');
    expect(edits.map((event) => event.detail.changes[0]!.path)).to.deep.equal(['agency', 'year', 'title', 'sections.overview']);
    // A year that is not one stays in its field, marked, and is not written.
    await setField(el, 'year', '24年');
    expect(reportOf(el).year).to.equal(2024);
    expect(field(el, 'year').getAttribute('aria-invalid')).to.equal('true');
    expect(statusText(el)).to.equal('「24年」不是年度（应为四位数字）');
    // Undo takes the fields back too.
    el.undo();
    expect(reportOf(el).sections?.overview).to.equal(undefined);
    await el.updateComplete;
    expect(field(el, 'sections.overview').value).to.equal('');
  });

  it('with validate, a missing agency keeps the report from being submitted', async () => {
    const { el } = await mountEditable<DisclosureReport>('disclosure-report', undefined, { validate: '' });
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('报告信息：请填写发布机关');
    await setField(el, 'agency', '某某县人民政府');
    expect(el.checkValidity()).to.equal(true);
  });
});

describe('turning editing off', () => {
  it('leaves the tables as the reading view shows them, with the report as edited', async () => {
    const { el } = await mountEditable<DisclosureReport>('disclosure-report', await sample(), { name: 'report' });
    await focusCell(el, 'reviews.review.upheld');
    await type('6');
    await press('Enter');
    el.editable = false;
    await el.updateComplete;
    expect(rootOf(el).querySelector('table[role="grid"]')).to.equal(null);
    expect(rootOf(el).querySelector('.edit-bar')).to.equal(null);
    expect(rootOf(el).querySelectorAll('td[data-path][tabindex="0"]')).to.have.length(0);
    expect(el.querySelector('input[type="hidden"]'), 'no form value outside editing').to.equal(null);
    expect(valueAt(el, 'reviews.review.upheld')).to.equal(6);
    expect(valueOf(cellAt(el, 'reviews.review.upheld'))).to.equal('6');
    el.editable = true;
    await el.updateComplete;
    expect(rootOf(el).querySelectorAll('table[role="grid"]')).to.have.length(3);
    expect(el.undo(), 'the undo history is kept').to.equal(true);
    expect(valueAt(el, 'reviews.review.upheld')).to.equal(0);
  });
});

describe('live checks while editing', () => {
  it('every edit is checked at once: marks, messages and the findings list follow, focus stays where it went', async () => {
    const { el } = await mountEditable<DisclosureReport>('disclosure-report', await sample());
    expect(el.findings.filter((finding) => finding.severity === 'error')).to.have.length(0);
    await focusCell(el, 'applications.received.total');
    await type('5');
    await press('Enter');
    await el.updateComplete;
    expect(focusedPath(el), 'focus moved down and stayed there').to.equal('applications.carriedOver.total');
    const errors = el.findings.filter((finding) => finding.severity === 'error');
    expect(errors.map((finding) => finding.rule)).to.include('applications.row-total');
    const total = cellAt(el, 'applications.received.total');
    expect(total.part.contains('invalid')).to.equal(true);
    expect(total.getAttribute('aria-invalid')).to.equal('true');
    const messages = describedBy(el, total).map((node) => node.textContent!.replace(/\s+/g, ' ').trim());
    expect(messages.some((text) => text.includes('一、本年新收·总计应为 0（六类申请人之和），报告为 5'))).to.equal(true);
    expect(rootOf(el).querySelector('.summary')!.textContent).to.contain('一、本年新收·总计应为 0');
    await press('Control+z');
    await el.updateComplete;
    expect(el.findings.filter((finding) => finding.severity === 'error')).to.have.length(0);
    expect(total.part.contains('invalid')).to.equal(false);
    expect(total.hasAttribute('aria-invalid')).to.equal(false);
  });
});

describe('outputs from the same state', () => {
  before(() => executeServerCommand('disclosure-clipboard-access'));

  const clipboard = readClipboard;

  it('downloads and copies the report JSON', async () => {
    const { el } = await mountEditable<DisclosureReport>('disclosure-report', await sample());
    await focusCell(el, 'reviews.review.pending');
    await type('2');
    await press('Enter');
    const downloads = catchDownloads(el);
    button(el, 'download-json').click();
    await el.updateComplete;
    expect(downloads.last!.download).to.equal('一平垣乡人民政府-2023.json');
    expect(await (await fetch(downloads.last!.href)).json()).to.deep.equal(reportOf(el));
    button(el, 'copy-json').click();
    await waitForStatus(el, '已复制：复制 JSON');
    expect(JSON.parse((await clipboard())['text/plain']!)).to.deep.equal(reportOf(el));
  });

  it('copies the tables as static HTML for a CMS, and for Excel; downloads the Excel workbook', async () => {
    const { el } = await mountEditable<DisclosureReport>('disclosure-report', await sample());
    await focusCell(el, 'reviews.review.pending');
    await type('2');
    await press('Enter');
    button(el, 'copy-html').click();
    await waitForStatus(el, '已复制：复制 HTML（用于 CMS）');
    const html = await clipboard();
    expect(html['text/plain']).to.contain('<table');
    expect(html['text/plain']).to.contain('data-path="reviews.review.pending"');
    expect(html['text/html']).to.contain('class="dt-table');
    button(el, 'copy-excel').click();
    await waitForStatus(el, '已复制：复制到 Excel');
    const excel = await clipboard();
    expect(excel['text/plain']).to.contain('结果维持\t结果纠正\t其他结果\t尚未审结\t总计');
    expect(excel['text/html']).to.contain('rowspan');
    const excelDownloads = catchDownloads(el);
    button(el, 'download-excel').click();
    await waitForStatus(el, '已下载 一平垣乡人民政府-2023.xlsx');
    const bytes = new Uint8Array(await (await fetch(excelDownloads.last!.href)).arrayBuffer());
    expect([...bytes.slice(0, 2)], 'a zip (xlsx) file').to.deep.equal([0x50, 0x4b]);
  });
});

async function waitForStatus(el: HTMLElement, text: string) {
  for (let tries = 0; tries < 100 && statusText(el as never) !== text; tries += 1) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(statusText(el as never)).to.equal(text);
}

describe('accessibility in edit mode', () => {
  it('the tables are grids that keep their headers; a cell and its input are named by the full header path', async () => {
    const { el } = await mountEditable('disclosure-application-table', await sample());
    const grid = rootOf(el).querySelector('table')!;
    expect(grid.getAttribute('role')).to.equal('grid');
    const td = await focusCell(el, 'applications.results.withheld.stateSecret.commercial');
    expect(headerPath(td)).to.deep.equal([
      '申请人情况',
      '法人或其他组织',
      '商业企业',
      '三、本年度办理结果',
      '（三）不予公开',
      '1.属于国家秘密',
    ]);
    await press('F2');
    const input = entryInput(el)!;
    expect(input.getAttribute('aria-labelledby')).to.equal(td.getAttribute('headers'));
    const snapshot = await a11ySnapshot({});
    const textbox = findAccessibilityNode(
      snapshot as never,
      (node: { role?: string; focused?: boolean }) => node.role === 'textbox' && Boolean(node.focused),
    ) as {
      name: string;
    } | null;
    expect(textbox?.name).to.equal('申请人情况 法人或其他组织 商业企业 三、本年度办理结果 （三）不予公开 1.属于国家秘密');
  });

  it('axe finds nothing, without findings and with them (an error, text that is not a value), in Chinese and English', async () => {
    const { el } = await mountEditable<DisclosureReport>('disclosure-report', await sample());
    await expect(el).to.be.accessible();
    await focusCell(el, 'applications.received.total');
    await type('5');
    await press('Enter');
    await focusCell(el, 'reviews.review.upheld');
    await type('abc');
    await press('Enter');
    await el.updateComplete;
    expect(el.findings.some((finding) => finding.severity === 'error')).to.equal(true);
    expect(cellAt(el, 'reviews.review.upheld').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    el.lang = 'en';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const { el: table } = await mountEditable('disclosure-application-table', await sample(), { readonly: '' });
    await expect(table).to.be.accessible();
  });
});
