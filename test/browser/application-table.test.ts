// <disclosure-application-table> (表三) in headless Chromium: the exact grid of format.md §2.3, header
// association, values, blank and computed cells, findings marked on exactly their cells, a src saved
// as GBK, English labels, scrolling in narrow places, the shared reports and axe; then the contract
// all elements share (suites/disclosure-element.suite.ts).
import { expect, fixture as render, html, oneEvent } from '@open-wc/testing';
import '../../src/application-table/define.js';
import type { DisclosureApplicationTable } from '../../src/application-table/application-table.js';
import { APPLICATION_HEAD_ROWS, APPLICATION_RESULTS_ROW_START, STATE_SECRET_COMMERCIAL_HEADERS } from '../spec.js';
import { cellsByPath, headerPath, loadFixture, parts, renderElement, rootOf, text } from '../helpers/browser.js';
import { FIXTURE_NAMES } from '../helpers/fixture-names.js';
import { encodeGbk } from '../helpers/gbk.js';
import { runElementContract } from './suites/disclosure-element.suite.js';

type AnyReport = Record<string, any>;

const table = async (report: unknown, options: { lang?: string } = {}) =>
  (await renderElement<DisclosureApplicationTable>('disclosure-application-table', report, options)).el;
const drawRow = (row: HTMLTableRowElement) =>
  [...row.cells].map((cell) => (cell.dataset.path ? 'D' : `${text(cell)}(${cell.colSpan}×${cell.rowSpan})`));

describe('<disclosure-application-table>', () => {
  let sample: AnyReport;
  let huaian: AnyReport;
  before(async () => {
    sample = await loadFixture('000-yipingyuan-2023');
    huaian = await loadFixture('001-huaian-city-2024');
  });

  it('passes axe with the sample report and its findings shown', async () => {
    const el = await table(sample);
    expect(rootOf(el).querySelectorAll('[part~="warning"]').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('passes axe with error findings shown, and with checks off', async () => {
    const wrong = structuredClone(huaian);
    wrong.applications.received.total += 1;
    const el = await table(wrong);
    expect(rootOf(el).querySelectorAll('[part~="invalid"]').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
    el.checks = 'off';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('renders one native table: caption with title, agency and year; thead; 10 columns', async () => {
    const el = await table(sample);
    const tables = rootOf(el).querySelectorAll('table');
    expect(tables.length).to.equal(1);
    const t = tables[0]!;
    expect(text(t.caption)).to.equal('收到和处理政府信息公开申请情况 \u2068一平垣乡人民政府\u2069 2023年'); // the agency isolated for bidi text
    expect(t.tHead!.rows.length).to.equal(3);
    expect(t.tBodies[0]!.rows.length).to.equal(25);
    const width = (row: HTMLTableRowElement) => [...row.cells].reduce((sum, cell) => sum + cell.colSpan, 0);
    expect(width(t.rows[0]!)).to.equal(10);
    expect(width(t.tBodies[0]!.rows[0]!)).to.equal(10);
  });

  it('draws the exact header rows and body spans of format.md §2.3', async () => {
    const el = await table(sample);
    const t = rootOf(el).querySelector('table')!;
    expect([...t.tHead!.rows].map(drawRow)).to.deep.equal(APPLICATION_HEAD_ROWS);
    const body = [...t.tBodies[0]!.rows].map(drawRow);
    expect(body[0]).to.deep.equal(['一、本年新收政府信息公开申请数量(3×1)', 'D', 'D', 'D', 'D', 'D', 'D', 'D']);
    expect(body[2]!.slice(0, 2)).to.deep.equal(APPLICATION_RESULTS_ROW_START);
    expect(body[3]![0]).to.equal('（二）部分公开（区分处理的，只计这一情形，不计其他情形）(2×1)');
    expect(body[4]!.slice(0, 2)).to.deep.equal(['（三）不予公开(1×8)', '1.属于国家秘密(1×1)']);
    expect(body[12]!.slice(0, 2)).to.deep.equal(['（四）无法提供(1×3)', '1.本机关不掌握相关政府信息(1×1)']);
    expect(body[15]!.slice(0, 2)).to.deep.equal(['（五）不予处理(1×5)', '1.信访举报投诉类申请(1×1)']);
    expect(body[20]!.slice(0, 2)).to.deep.equal([
      '（六）其他处理(1×3)',
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请(1×1)',
    ]);
    expect(body[23]![0]).to.equal('（七）总计(2×1)');
    expect(body[24]![0]).to.equal('四、结转下年度继续办理(3×1)');
    expect(rootOf(el).querySelectorAll('th[scope]').length, 'id/headers, not scope').to.equal(0);
  });

  it('renders a single-row （六） as published: 23 body rows, 三、 spanning 20', async () => {
    const el = await table(await loadFixture('005-hongze-district-2024'));
    const body = rootOf(el).querySelector('tbody')!;
    expect(body.rows.length).to.equal(23);
    expect(drawRow(body.rows[2]!)[0]).to.equal('三、本年度办理结果(1×20)');
    expect(drawRow(body.rows[20]!)[0]).to.equal('（六）其他处理(2×1)');
    expect(rootOf(el).querySelector('[data-path="applications.results.otherHandling.naturalPerson"]')).to.exist;
  });

  it('ties every data cell to all its headers by id, so it is announced with its full path', async () => {
    const el = await table(sample);
    const cells = cellsByPath(rootOf(el));
    expect(cells.size).to.equal(175);
    expect(headerPath(cells.get('applications.results.withheld.stateSecret.commercial')!)).to.deep.equal(STATE_SECRET_COMMERCIAL_HEADERS);
    expect(headerPath(cells.get('applications.carriedForward.total')!)).to.deep.equal(['申请人情况', '总计', '四、结转下年度继续办理']);
    for (const cell of cells.values()) expect(() => headerPath(cell)).not.to.throw();
  });

  it('shows the values of a real report in their cells, grouped and right-aligned', async () => {
    const el = await table(huaian);
    const cells = cellsByPath(rootOf(el));
    expect(text(cells.get('applications.received.naturalPerson'))).to.equal('3,001');
    expect(text(cells.get('applications.results.total.total'))).to.equal('3,050');
    expect(text(cells.get('applications.results.unavailable.notHeld.legalService'))).to.equal('10');
    const style = getComputedStyle(cells.get('applications.received.total')!);
    expect(style.textAlign).to.equal('right');
    expect(style.fontVariantNumeric).to.contain('tabular-nums');
  });

  it('keeps blank cells blank, with accessible text 未填报', async () => {
    const el = await table(sample);
    const cell = cellsByPath(rootOf(el)).get('applications.results.granted.naturalPerson')!;
    expect(cell.querySelector('.value')).to.equal(null);
    expect(text(cell)).to.equal('未填报');
    expect(cell.querySelector('.sr-only')).to.exist;
    expect(parts(cell)).to.include('blank');
  });

  it('shows a blank total’s computed value, marked visibly and in accessible text', async () => {
    const el = await table(sample);
    const cell = cellsByPath(rootOf(el)).get('applications.received.total')!;
    expect(parts(cell)).to.include.members(['computed', 'total']);
    expect(cell.querySelector('.value')!.textContent).to.equal('0');
    expect(cell.querySelector('.computed-mark')!.getAttribute('aria-hidden')).to.equal('true');
    expect(text(cell.querySelector('.sr-only'))).to.equal('（计算值）');
    const given = cellsByPath(rootOf(el)).get('applications.received.naturalPerson')!;
    expect(parts(given)).not.to.include('computed');
    expect(rootOf(el).querySelector('[part="legend"]')).to.exist;
  });

  it('marks exactly the cells of each finding and ties them to its message', async () => {
    const wrong = structuredClone(huaian);
    wrong.applications.received.total = 3120;
    wrong.applications.results.granted.commercial = null;
    const el = await table(wrong);
    const findings = el.findings;
    expect(findings.map((finding) => finding.rule)).to.deep.equal([
      'cell.blank',
      'applications.row-total',
      'applications.row-total',
      'applications.results-total',
      'applications.balance',
    ]);
    const cells = cellsByPath(rootOf(el));
    const errorCells = new Set(findings.filter((f) => f.severity === 'error').flatMap((f) => f.cells));
    const warningCells = new Set(findings.filter((f) => f.severity === 'warning').flatMap((f) => f.cells));
    for (const [path, cell] of cells) {
      expect(parts(cell).includes('invalid'), path).to.equal(errorCells.has(path));
      expect(parts(cell).includes('warning'), path).to.equal(warningCells.has(path));
      expect(cell.hasAttribute('aria-describedby'), path).to.equal(errorCells.has(path) || warningCells.has(path));
    }
    const described = cells.get('applications.received.total')!.getAttribute('aria-describedby')!.split(' ');
    const messages = described.map((id) => text(rootOf(el).getElementById(id)));
    expect(messages).to.deep.equal([
      '错误 一、本年新收·总计应为 3,119（六类申请人之和），报告为 3,120',
      '错误 总计一栏：第一项加第二项为 3,154，第三项（七）总计加第四项为 3,153，二者应相等',
    ]);
    const list = rootOf(el).querySelectorAll('[part~="findings"] li');
    expect(list.length).to.equal(5);
    expect(text(rootOf(el).querySelector('.findings-title'))).to.equal('核对结果：4 个错误、1 个警告');
  });

  it('keeps each cell’s marks and their messages right through updates that move, add or change findings', async () => {
    // Every marked cell names exactly the findings that name it, with its severities, after each update.
    const check = (el: DisclosureApplicationTable, step: string) => {
      const root = rootOf(el);
      for (const [path, cell] of cellsByPath(root)) {
        const naming = el.findings.filter((finding) => finding.severity !== 'info' && finding.cells.includes(path));
        const described = cell.getAttribute('aria-describedby')?.split(' ') ?? [];
        expect(
          described.map((id) => text(root.getElementById(id)?.querySelector('.message'))),
          `${step}: ${path}`,
        ).to.deep.equal(naming.map((finding) => finding.message));
        expect(parts(cell).includes('invalid'), `${step}: ${path}`).to.equal(naming.some((finding) => finding.severity === 'error'));
        expect(parts(cell).includes('warning'), `${step}: ${path}`).to.equal(naming.some((finding) => finding.severity === 'warning'));
      }
    };
    const el = await table(sample);
    check(el, 'as given');
    const steps: [string, (report: AnyReport) => void][] = [
      // A finding before the others: every blank row's finding moves one place down the list.
      ['a wrong count first', (report) => (report.applications.received.naturalPerson = -1)],
      ['that count mended', (report) => (report.applications.received.naturalPerson = 0)],
      // A blank row's cells, marked by a warning, also named by an error (the row's total is wrong).
      ['a wrong total on a blank row', (report) => (report.applications.results.granted.total = 5)],
      [
        'the row filled in',
        (report) =>
          (report.applications.results.granted = {
            ...report.applications.results.granted,
            naturalPerson: 5,
            commercial: 0,
            research: 0,
            nonprofit: 0,
            legalService: 0,
            other: 0,
          }),
      ],
    ];
    let report = structuredClone(sample);
    for (const [step, change] of steps) {
      report = structuredClone(report);
      change(report);
      el.report = report;
      await el.updateComplete;
      check(el, step);
    }
  });

  it('marks a cell.invalid finding on its one cell, and a computed total as computed only', async () => {
    const wrong = structuredClone(huaian);
    // -1 and +1 in one column keep every sum: only the negative count is wrong.
    wrong.applications.results.withheld.stateSecret.research = -1;
    wrong.applications.results.withheld.stateSecret.total = 1;
    wrong.applications.results.withheld.lawProhibited.research = 1;
    wrong.applications.results.withheld.lawProhibited.total = 32;
    wrong.applications.received.total = null;
    const el = await table(wrong);
    expect(el.findings.map((finding) => [finding.rule, finding.cells])).to.deep.equal([
      ['cell.invalid', ['applications.results.withheld.stateSecret.research']],
      ['total.computed', ['applications.received.total']],
    ]);
    const cells = cellsByPath(rootOf(el));
    const marked = (part: string) => [...cells].filter(([, cell]) => parts(cell).includes(part)).map(([path]) => path);
    expect(marked('invalid')).to.deep.equal(['applications.results.withheld.stateSecret.research']);
    expect(marked('warning')).to.deep.equal([]);
    expect(marked('computed')).to.deep.equal(['applications.received.total']);
    expect([...cells].filter(([, cell]) => cell.hasAttribute('aria-describedby')).map(([path]) => path)).to.deep.equal([
      'applications.results.withheld.stateSecret.research',
    ]);
    expect(text(cells.get('applications.received.total'))).to.equal('3,119计（计算值）');
    const invalid = cells.get('applications.results.withheld.stateSecret.research')!;
    expect(text(rootOf(el).getElementById(invalid.getAttribute('aria-describedby')!))).to.equal(
      '错误 （三）1.属于国家秘密·科研机构为 -1，不是有效的件数（应为非负整数）',
    );
    await expect(el).to.be.accessible();
  });

  it('reads a src file saved as GBK, saying so where the encoding was a guess', async () => {
    const json = JSON.stringify(huaian);
    const original = window.fetch;
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      if (url === '/gbk.json') return new Response(encodeGbk(json), { headers: { 'content-type': 'application/json' } });
      if (url === '/gbk-declared.json')
        return new Response(encodeGbk(json), { headers: { 'content-type': 'application/json; charset=GBK' } });
      return original(input, init);
    }) as typeof fetch;
    try {
      for (const [src, noted] of [
        ['/gbk.json', true],
        ['/gbk-declared.json', false],
      ] as const) {
        const el = await render<DisclosureApplicationTable>(html`<disclosure-application-table src=${src}></disclosure-application-table>`);
        await oneEvent(el, 'disclosure-check');
        await el.updateComplete;
        expect(text(rootOf(el).querySelector('caption')), src).to.contain('淮安市人民政府');
        expect(
          el.importWarnings.map((note) => note.message.zh),
          src,
        ).to.deep.equal(noted ? ['来源不是 UTF-8，也未声明编码，已按 GB18030（GBK）读取'] : []);
        expect(text(rootOf(el).querySelector('.import-notes .findings-title')), src).to.equal(noted ? '读取报告：1 条说明' : '');
      }
    } finally {
      window.fetch = original;
    }
  });

  it('switches labels and messages to English with lang="en", keeping the official Chinese beside them', async () => {
    const wrong = structuredClone(huaian);
    wrong.applications.results.total.naturalPerson = 2934;
    const el = await table(wrong, { lang: 'en' });
    const header = [...rootOf(el).querySelectorAll('th')].find((th) => th.textContent!.includes('自然人'))!;
    const english = header.cloneNode(true) as HTMLElement;
    english.querySelector('.official')!.remove();
    expect(text(english)).to.equal('Natural persons');
    expect(header.querySelector('[lang="zh-CN"]')!.textContent).to.equal('自然人');
    expect(el.findings[1]!.message).to.equal('Results total, natural persons: 2,932 expected (sum of results), report says 2,934');
    expect(text(rootOf(el).querySelector('caption'))).to.contain('Applications for government information received and handled');
    el.lang = 'zh-CN';
    await el.updateComplete;
    expect(el.findings[1]!.message).to.equal('（七）总计·自然人应为 2,932（各项办理结果之和），报告为 2,934');
    await expect(el).to.be.accessible();
  });

  it('scrolls inside a focusable, labelled region', async () => {
    const el = await render<DisclosureApplicationTable>(
      html`<div style="width: 320px"><disclosure-application-table .report=${sample}></disclosure-application-table></div>`,
    );
    const table = el.querySelector('disclosure-application-table')!;
    await table.updateComplete;
    const region = rootOf(table).querySelector('[role="region"]') as HTMLElement;
    expect(region.tabIndex).to.equal(0);
    expect(text(rootOf(table).getElementById(region.getAttribute('aria-labelledby')!))).to.contain('收到和处理政府信息公开申请情况');
    expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
    expect(getComputedStyle(region).overflowX).to.equal('auto');
    // The caption's lines stay in view at either end of the scroll, not centred on the whole table.
    for (const left of [0, region.scrollWidth]) {
      region.scrollLeft = left;
      const visible = region.getBoundingClientRect();
      for (const line of rootOf(table).querySelectorAll('caption .title, caption .subtitle')) {
        const box = line.getBoundingClientRect();
        expect(box.left >= visible.left - 1 && box.right <= visible.right + 1, `${line.className} in view at scrollLeft ${left}`).to.equal(
          true,
        );
      }
    }
  });

  it('shrinks to its place in a host page’s grid, flex or layout-table cell, scrolling there instead of widening the page', async () => {
    const pageWidth = () => document.documentElement.scrollWidth;
    const before = pageWidth();
    // Placed far right, so a table (or a visually hidden text) escaping its region would widen the page.
    const wrapper = await render<HTMLDivElement>(html`<div style="margin-inline-start: 480px; width: 300px">
      <div style="display: grid"><div><disclosure-application-table .report=${sample}></disclosure-application-table></div></div>
      <div style="display: flex"><div><disclosure-application-table .report=${sample}></disclosure-application-table></div></div>
      <table><tr><td><disclosure-application-table .report=${sample}></disclosure-application-table></td></tr></table>
    </div>`);
    const tables = [...wrapper.querySelectorAll('disclosure-application-table')];
    await Promise.all(tables.map((el) => el.updateComplete));
    for (const [index, el] of tables.entries()) {
      const region = rootOf(el).querySelector('[role="region"]') as HTMLElement;
      expect(el.getBoundingClientRect().width, `host ${index}`).to.be.at.most(300);
      expect(region.scrollWidth, `region ${index} scrolls`).to.be.greaterThan(region.clientWidth);
    }
    expect(pageWidth(), 'the page is no wider than before').to.equal(before);
  });

  for (const name of FIXTURE_NAMES) {
    it(`renders the shared report ${name} with its values and no console error`, async () => {
      const report: AnyReport = await loadFixture(name);
      const errors: unknown[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => errors.push(args);
      try {
        const el = await table(report);
        const cells = cellsByPath(rootOf(el));
        for (const [path, cell] of cells) {
          const given = path
            .split('.')
            .slice(1)
            .reduce<any>((node, key) => node?.[key], report.applications);
          if (given === null || given === undefined) continue;
          expect(cell.querySelector('.value')!.textContent!.replaceAll(',', ''), path).to.equal(String(given));
        }
      } finally {
        console.error = original;
      }
      expect(errors).to.deep.equal([]);
    });
  }
});

runElementContract({
  tag: 'disclosure-application-table',
  tables: ['applications'],
  sample: '001-huaian-city-2024',
  cell: {
    path: 'applications.received.total',
    readings: {
      '000-yipingyuan-2023': '0',
      '001-huaian-city-2024': '3,119',
      '005-hongze-district-2024': '95',
      '012-pingtan-zone-2024': '218',
      '014-shuyang-fgj-2023': '26',
    },
  },
  error: {
    change: (report) => {
      report.applications!.received.total = 3120;
    },
    rules: ['applications.row-total', 'applications.balance'],
    invalid: [
      ...['naturalPerson', 'commercial', 'research', 'nonprofit', 'legalService', 'other', 'total'].map(
        (key) => `applications.received.${key}`,
      ),
      'applications.carriedOver.total',
      'applications.results.total.total',
      'applications.carriedForward.total',
    ],
    shown: { path: 'applications.received.total', text: '3,120' },
  },
  structural: {
    change: (report) => {
      report.applications.received.naturalPersons = 1;
      report.applications.carriedOver.total = '3';
      delete report.year;
    },
    paths: ['year', 'applications.received.naturalPersons', 'applications.carriedOver.total'],
    message:
      'applications.received.naturalPersons：未知的键（允许：naturalPerson、commercial、research、nonprofit、legalService、other、total）',
  },
  printPage: 'a4 landscape',
});
