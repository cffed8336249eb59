// The checks beyond one table in the elements, in headless Chromium: in <disclosure-report> the clause
// a text.mismatch quotes is marked in the prose and linked both ways with its cell; the table
// elements list the new findings with their others; `previous` and `previous-src` give the
// previous.* findings; markup in prose stays text; axe.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/report/define.js';
import '../../src/application-table/define.js';
import '../../src/active-table/define.js';
import '../../src/review-table/define.js';
import type { DisclosureElement } from '../../src/internal/disclosure-element.js';
import type { DisclosureReport } from '../../src/report/define.js';
import type { Report } from '../../src/model/schema.js';
import { proseSections } from '../helpers/prose-sections.js';

async function fetched<T>(url: string, as: 'json' | 'text'): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (as === 'json' ? response.json() : response.text()) as Promise<T>;
}

/** 淮安 2024 (001) with the prose of its PDF. */
async function huaian(): Promise<Report> {
  const report = await fetched<Report>('/test/fixtures/001-huaian-city-2024.json', 'json');
  const prose = await fetched<string>('/test/fixtures/prose/001-huaian-city-2024.txt', 'text');
  return { ...report, sections: proseSections(prose) };
}

/** 淮安 2023, built from 2024: carried forward 40 natural persons where 2024 carried over 34. */
function yearBefore(report: Report): Report {
  const previous = structuredClone(report);
  previous.year = 2023;
  delete previous.sections;
  previous.active!.regulations.inForce = 10;
  previous.active!.normativeDocuments.inForce = 84;
  previous.applications!.carriedForward = { ...report.applications!.carriedOver, naturalPerson: 40, total: 40 };
  return previous;
}

const root = (element: Element) => element.shadowRoot!;
const rules = (element: DisclosureElement) => element.findings.map((finding) => finding.rule);

describe('<disclosure-report>: the prose against the tables', () => {
  it('the real prose of 淮安 2024 agrees with its tables: no mark, no text finding, accessible', async () => {
    const element = await fixture<DisclosureReport>(html`<disclosure-report .report=${await huaian()}></disclosure-report>`);
    expect(root(element).querySelector('.prose')?.textContent).to.include('全市共受理政府信息公开申请 3119 件');
    expect(root(element).querySelectorAll('mark')).to.have.length(0);
    expect(rules(element).filter((rule) => rule.startsWith('text.'))).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('marks the clause that disagrees, links it to the cell (focus moves there) and the cell’s message quotes it', async () => {
    const report = await huaian();
    report.reviews!.review = { upheld: 70, corrected: 30, other: 60, pending: 10, total: 170 };
    const element = await fixture<DisclosureReport>(html`<disclosure-report .report=${report}></disclosure-report>`);
    const marks = [...root(element).querySelectorAll<HTMLElement>('mark[data-rule="text.mismatch"]')];
    const ownText = (node: Element) =>
      [...node.childNodes]
        .filter((child) => child.nodeType === Node.TEXT_NODE)
        .map((child) => child.textContent)
        .join('');
    const quotes = marks.map((mark) => ownText(mark.querySelector('a')!));
    expect(quotes).to.deep.equal([
      '政府信息公开行政复议 351件',
      '其中结果维持 72 件',
      '结果纠正 64 件',
      '其他结果 178 件',
      '尚未审结 37 件',
    ]);
    expect(marks[0]!.closest('section')!.querySelector('.section-title')!.textContent).to.include('一、总体情况');

    // From the clause to the cell.
    const link = marks[0]!.querySelector('a')!;
    const cell = root(element).querySelector<HTMLElement>('td[data-path="reviews.review.total"]')!;
    expect(link.getAttribute('href')).to.equal(`#${cell.id}`);
    link.click();
    expect(root(element).activeElement).to.equal(cell);

    // From the cell to the clause: the findings describing the cell quote it.
    const described = (cell.getAttribute('aria-describedby') ?? '').split(' ').map((id) => root(element).getElementById(id)!.textContent!);
    expect(described.some((text) => text.includes('“政府信息公开行政复议 351件”') && text.includes('170'))).to.equal(true);
    expect(cell.getAttribute('part')).to.include('warning');
    await expect(element).to.be.accessible();
  });

  it('in English too; with checks="off" nothing is marked', async () => {
    const report = await huaian();
    report.applications!.received.naturalPerson = 2901;
    report.applications!.received.total = 3019;
    const element = await fixture<DisclosureReport>(html`<disclosure-report lang="en" .report=${report}></disclosure-report>`);
    const mark = root(element).querySelector('mark[data-rule="text.mismatch"]')!;
    expect(mark.textContent).to.include('全市共受理政府信息公开申请 3119 件');
    expect(mark.querySelector('.sr-only')!.textContent).to.equal(' (differs from the table; go to the cell)');
    expect(mark.getAttribute('data-path')).to.equal('applications.received.total');
    element.checks = 'off';
    await element.updateComplete;
    expect(root(element).querySelectorAll('mark')).to.have.length(0);
  });

  it('prose is plain text: markup in it is shown as text, also inside a marked clause', async () => {
    const report = await huaian();
    report.sections = { overview: '全年共收到政府信息公开申请<b>1</b>件，<img src=x onerror=alert(1)>受理申请 10 件。' };
    const element = await fixture<DisclosureReport>(html`<disclosure-report .report=${report}></disclosure-report>`);
    const prose = root(element).querySelector('.prose')!;
    expect(prose.querySelector('b, img')).to.equal(null);
    expect(prose.textContent).to.include('<img src=x onerror=alert(1)>');
    expect(root(element).querySelectorAll('mark')).to.have.length(0, 'a clause with markup is not attributed');
  });

  it('fee notice: unpaid fees in 表三 and a section 六 that says nothing of them', async () => {
    const report = await huaian();
    report.sections = { ...report.sections, other: '无。' };
    const element = await fixture<DisclosureReport>(html`<disclosure-report .report=${report}></disclosure-report>`);
    expect(rules(element)).to.include('text.fee-notice');
    const item = root(element).querySelector('.summary li[data-rule="text.fee-notice"]')!;
    expect(item.textContent).to.include('六、其他需要报告的事项');
  });
});

describe('the table elements: the new findings listed with their others', () => {
  it('<disclosure-review-table> lists the prose’s mismatch under the table and marks the cell', async () => {
    const report = await huaian();
    report.reviews!.litigationDirect = { upheld: 13, corrected: 4, other: 8, pending: 2, total: 27 };
    const element = await fixture<DisclosureElement>(html`<disclosure-review-table .report=${report}></disclosure-review-table>`);
    const items = [...root(element).querySelectorAll('.findings li')].map((item) => item.getAttribute('data-rule'));
    expect(items).to.include('text.mismatch');
    const finding = element.findings.find((item) => item.rule === 'text.mismatch' && item.quote === '政府信息公开行政诉讼 46 件')!;
    expect(finding.cells).to.deep.equal(['reviews.litigationDirect.total', 'reviews.litigationAfterReview.total']);
    const cell = root(element).querySelector('td[data-path="reviews.litigationAfterReview.total"]')!;
    expect(cell.getAttribute('part')).to.include('warning');
    await expect(element).to.be.accessible();
  });

  it('`previous`: <disclosure-application-table> lists previous.carried-over per column, and drops it when previous goes', async () => {
    const report = await huaian();
    const element = await fixture<DisclosureElement>(
      html`<disclosure-application-table .report=${report} .previous=${yearBefore(report)}></disclosure-application-table>`,
    );
    const carried = element.findings.filter((finding) => finding.rule === 'previous.carried-over');
    expect(carried.map((finding) => finding.cells[0])).to.deep.equal([
      'applications.carriedOver.naturalPerson',
      'applications.carriedOver.total',
    ]);
    expect(carried[0]!.previous).to.deep.equal({ agency: '淮安市人民政府', year: 2023 });
    expect(root(element).querySelector('li[data-rule="previous.carried-over"]')!.textContent).to.include('淮安市人民政府 2023 年');
    expect(root(element).querySelector('td[data-path="applications.carriedOver.naturalPerson"]')!.getAttribute('part')).to.include(
      'warning',
    );
    await expect(element).to.be.accessible();
    element.previous = undefined;
    await element.updateComplete;
    expect(rules(element)).not.to.include('previous.carried-over');
  });

  it('`previous-src`: loaded like src; <disclosure-active-table> lists previous.in-force', async () => {
    const report = await huaian();
    const previous = yearBefore(report);
    previous.active!.normativeDocuments.inForce = 90;
    const url = URL.createObjectURL(new Blob([JSON.stringify(previous)], { type: 'application/json' }));
    const element = await fixture<DisclosureElement>(
      html`<disclosure-active-table .report=${report} previous-src=${url}></disclosure-active-table>`,
    );
    await waitUntil(() => element.findings.some((finding) => finding.rule === 'previous.in-force'), 'previous-src loaded');
    const inForce = element.findings.filter((finding) => finding.rule === 'previous.in-force');
    expect(inForce.map((finding) => [finding.cells, finding.expected, finding.actual])).to.deep.equal([
      [['active.normativeDocuments.issued', 'active.normativeDocuments.repealed', 'active.normativeDocuments.inForce'], 72, 66],
    ]);
    expect(root(element).querySelector('li[data-rule="previous.in-force"]')).to.not.equal(null);
    await expect(element).to.be.accessible();
    URL.revokeObjectURL(url);
  });

  it('a previous-src that cannot be read is said with the notes, and nothing is compared', async () => {
    const element = await fixture<DisclosureElement>(
      html`<disclosure-application-table .report=${await huaian()} previous-src="/test/fixtures/no-such-report.json"></disclosure-application-table>`,
    );
    await waitUntil(() => element.importWarnings.length > 0, 'the failure is noted');
    expect(element.importWarnings[0]!.kind).to.equal('previousUnreadable');
    expect(root(element).querySelector('[part~="import-notes"]')!.textContent).to.include('上年报告无法读取');
    expect(rules(element).some((rule) => rule.startsWith('previous.'))).to.equal(false);
    await expect(element).to.be.accessible();
  });
});
