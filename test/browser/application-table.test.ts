import { expect, fixture as render, html, oneEvent, aTimeout } from '@open-wc/testing';
import '../../src/application-table/define.js';
import type { DisclosureApplicationTable } from '../../src/application-table/application-table.js';
import type { Finding } from '../../src/check/findings.js';
import { cellsByPath, fixture, FIXTURE_NAMES, headerPath, parts, text } from './helpers.js';

type AnyReport = Record<string, any>;

async function table(report: unknown, attributes: { lang?: string; checks?: string } = {}): Promise<DisclosureApplicationTable> {
  const el = await render<DisclosureApplicationTable>(
    html`<disclosure-application-table .report=${report} lang=${attributes.lang ?? 'zh-CN'} checks=${attributes.checks ?? 'show'}></disclosure-application-table>`,
  );
  await el.updateComplete;
  return el;
}
const root = (el: Element) => el.shadowRoot!;
const drawRow = (row: HTMLTableRowElement) =>
  [...row.cells].map((cell) =>
    cell.dataset.path ? 'D' : `${text(cell)}(${cell.colSpan}×${cell.rowSpan})`,
  );

describe('<disclosure-application-table>', () => {
  let sample: AnyReport;
  let huaian: AnyReport;
  before(async () => {
    sample = await fixture('000-yipingyuan-2023');
    huaian = await fixture('001-huaian-city-2024');
  });

  it('passes axe with the sample report and its findings shown', async () => {
    const el = await table(sample);
    expect(root(el).querySelectorAll('[part~="warning"]').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('passes axe with error findings shown, and with checks off', async () => {
    const wrong = structuredClone(huaian);
    wrong.applications.received.total += 1;
    const el = await table(wrong);
    expect(root(el).querySelectorAll('[part~="invalid"]').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
    el.checks = 'off';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('renders one native table: caption with title, agency and year; thead; 10 columns', async () => {
    const el = await table(sample);
    const tables = root(el).querySelectorAll('table');
    expect(tables.length).to.equal(1);
    const t = tables[0]!;
    expect(text(t.caption)).to.equal('收到和处理政府信息公开申请情况 一平垣乡人民政府 2023年');
    expect(t.tHead!.rows.length).to.equal(3);
    expect(t.tBodies[0]!.rows.length).to.equal(25);
    const width = (row: HTMLTableRowElement) => [...row.cells].reduce((sum, cell) => sum + cell.colSpan, 0);
    expect(width(t.rows[0]!)).to.equal(10);
    expect(width(t.tBodies[0]!.rows[0]!)).to.equal(10);
  });

  it('draws the exact header rows and body spans of format.md §2.3', async () => {
    const el = await table(sample);
    const t = root(el).querySelector('table')!;
    expect([...t.tHead!.rows].map(drawRow)).to.deep.equal([
      ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）(3×3)', '申请人情况(7×1)'],
      ['自然人(1×2)', '法人或其他组织(5×1)', '总计(1×2)'],
      ['商业企业(1×1)', '科研机构(1×1)', '社会公益组织(1×1)', '法律服务机构(1×1)', '其他(1×1)'],
    ]);
    const body = [...t.tBodies[0]!.rows].map(drawRow);
    expect(body[0]).to.deep.equal(['一、本年新收政府信息公开申请数量(3×1)', 'D', 'D', 'D', 'D', 'D', 'D', 'D']);
    expect(body[2]!.slice(0, 2)).to.deep.equal(['三、本年度办理结果(1×22)', '（一）予以公开(2×1)']);
    expect(body[3]![0]).to.equal('（二）部分公开（区分处理的，只计这一情形，不计其他情形）(2×1)');
    expect(body[4]!.slice(0, 2)).to.deep.equal(['（三）不予公开(1×8)', '1.属于国家秘密(1×1)']);
    expect(body[12]!.slice(0, 2)).to.deep.equal(['（四）无法提供(1×3)', '1.本机关不掌握相关政府信息(1×1)']);
    expect(body[15]!.slice(0, 2)).to.deep.equal(['（五）不予处理(1×5)', '1.信访举报投诉类申请(1×1)']);
    expect(body[20]!.slice(0, 2)).to.deep.equal(['（六）其他处理(1×3)', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请(1×1)']);
    expect(body[23]![0]).to.equal('（七）总计(2×1)');
    expect(body[24]![0]).to.equal('四、结转下年度继续办理(3×1)');
    expect(root(el).querySelectorAll('th[scope]').length, 'id/headers, not scope').to.equal(0);
  });

  it('renders a single-row （六） as published: 23 body rows, 三、 spanning 20', async () => {
    const el = await table(await fixture('005-hongze-district-2024'));
    const body = root(el).querySelector('tbody')!;
    expect(body.rows.length).to.equal(23);
    expect(drawRow(body.rows[2]!)[0]).to.equal('三、本年度办理结果(1×20)');
    expect(drawRow(body.rows[20]!)[0]).to.equal('（六）其他处理(2×1)');
    expect(root(el).querySelector('[data-path="applications.results.otherHandling.naturalPerson"]')).to.exist;
  });

  it('ties every data cell to all its headers by id, so it is announced with its full path', async () => {
    const el = await table(sample);
    const cells = cellsByPath(root(el));
    expect(cells.size).to.equal(175);
    expect(headerPath(cells.get('applications.results.withheld.stateSecret.commercial')!)).to.deep.equal([
      '申请人情况',
      '法人或其他组织',
      '商业企业',
      '三、本年度办理结果',
      '（三）不予公开',
      '1.属于国家秘密',
    ]);
    expect(headerPath(cells.get('applications.carriedForward.total')!)).to.deep.equal(['申请人情况', '总计', '四、结转下年度继续办理']);
    for (const cell of cells.values()) expect(() => headerPath(cell)).not.to.throw();
  });

  it('shows the values of a real report in their cells, grouped and right-aligned', async () => {
    const el = await table(huaian);
    const cells = cellsByPath(root(el));
    expect(text(cells.get('applications.received.naturalPerson'))).to.equal('3,001');
    expect(text(cells.get('applications.results.total.total'))).to.equal('3,050');
    expect(text(cells.get('applications.results.unavailable.notHeld.legalService'))).to.equal('10');
    const style = getComputedStyle(cells.get('applications.received.total')!);
    expect(style.textAlign).to.equal('right');
    expect(style.fontVariantNumeric).to.contain('tabular-nums');
  });

  it('keeps blank cells blank, with accessible text 未填报', async () => {
    const el = await table(sample);
    const cell = cellsByPath(root(el)).get('applications.results.granted.naturalPerson')!;
    expect(cell.querySelector('.value')).to.equal(null);
    expect(text(cell)).to.equal('未填报');
    expect(cell.querySelector('.sr-only')).to.exist;
    expect(parts(cell)).to.include('blank');
  });

  it('shows a blank total’s computed value, marked visibly and in accessible text', async () => {
    const el = await table(sample);
    const cell = cellsByPath(root(el)).get('applications.received.total')!;
    expect(parts(cell)).to.include.members(['computed', 'total']);
    expect(cell.querySelector('.value')!.textContent).to.equal('0');
    expect(cell.querySelector('.computed-mark')!.getAttribute('aria-hidden')).to.equal('true');
    expect(text(cell.querySelector('.sr-only'))).to.equal('（计算值）');
    const given = cellsByPath(root(el)).get('applications.received.naturalPerson')!;
    expect(parts(given)).not.to.include('computed');
    expect(root(el).querySelector('[part="legend"]')).to.exist;
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
    const cells = cellsByPath(root(el));
    const errorCells = new Set(findings.filter((f) => f.severity === 'error').flatMap((f) => f.cells));
    const warningCells = new Set(findings.filter((f) => f.severity === 'warning').flatMap((f) => f.cells));
    for (const [path, cell] of cells) {
      expect(parts(cell).includes('invalid'), path).to.equal(errorCells.has(path));
      expect(parts(cell).includes('warning'), path).to.equal(warningCells.has(path));
      expect(cell.hasAttribute('aria-describedby'), path).to.equal(errorCells.has(path) || warningCells.has(path));
    }
    const described = cells.get('applications.received.total')!.getAttribute('aria-describedby')!.split(' ');
    const messages = described.map((id) => text(root(el).getElementById(id)));
    expect(messages).to.deep.equal([
      '错误 一、本年新收·总计应为 3,119（六类申请人之和），报告为 3,120',
      '错误 总计一栏：第一项加第二项为 3,154，第三项（七）总计加第四项为 3,153，二者应相等',
    ]);
    const list = root(el).querySelectorAll('[part~="findings"] li');
    expect(list.length).to.equal(5);
    expect(text(root(el).querySelector('.findings-title'))).to.equal('核对结果：4 个错误、1 个警告');
  });

  it('checks="silent" computes and fires but marks nothing; checks="off" does neither', async () => {
    const wrong = structuredClone(huaian);
    wrong.applications.received.total = 3120;
    const el = await render<DisclosureApplicationTable>(html`<disclosure-application-table checks="silent"></disclosure-application-table>`);
    setTimeout(() => (el.report = wrong));
    const event = await oneEvent(el, 'disclosure-check');
    expect(event.detail.findings.length).to.equal(2);
    expect(root(el).querySelectorAll('[part~="invalid"], [aria-describedby], [part~="findings"]').length).to.equal(0);
    let fired = 0;
    el.addEventListener('disclosure-check', () => fired++);
    el.checks = 'off';
    await el.updateComplete;
    await aTimeout(0);
    expect(fired).to.equal(0);
    expect(el.findings).to.deep.equal([]);
    expect(root(el).querySelectorAll('[part~="invalid"]').length).to.equal(0);
  });

  it('fires disclosure-check with the findings, bubbling and composed', async () => {
    const wrong = structuredClone(huaian);
    wrong.reviews.review.total = 1; // not this table's
    wrong.applications.carriedOver.total = 35;
    const container = await render<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('disclosure-application-table');
    setTimeout(() => {
      el.report = wrong;
      container.append(el);
    });
    const event = await oneEvent(container, 'disclosure-check');
    expect(event.bubbles && event.composed).to.equal(true);
    const findings: readonly Finding[] = event.detail.findings;
    expect(findings).to.equal(el.findings);
    expect(findings.every((finding) => finding.table === 'applications')).to.equal(true);
    expect(findings.map((finding) => finding.rule)).to.deep.equal(['applications.row-total', 'applications.balance']);
  });

  it('shows an error panel listing every structural error, and fires disclosure-error', async () => {
    const invalid = structuredClone(sample);
    invalid.applications.received.naturalPersons = 1;
    invalid.applications.carriedOver.total = '3';
    delete invalid.year;
    const el = document.createElement('disclosure-application-table');
    setTimeout(() => {
      el.report = invalid;
      document.body.append(el);
    });
    const event = await oneEvent(el, 'disclosure-error');
    await el.updateComplete;
    expect(event.detail.errors.map((error: { path: string }) => error.path)).to.have.members(['year', 'applications.received.naturalPersons', 'applications.carriedOver.total']);
    const panel = root(el).querySelector('[role="alert"]')!;
    expect(panel.getAttribute('part')).to.equal('error');
    const items = [...panel.querySelectorAll('li')].map(text);
    expect(items).to.have.length(3);
    expect(items).to.include('applications.received.naturalPersons：未知的键（允许：naturalPerson、commercial、research、nonprofit、legalService、other、total）');
    expect(root(el).querySelector('table')).to.equal(null);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('never turns report text into markup', async () => {
    const hostile = structuredClone(sample);
    hostile.agency = '<img src=x onerror="window.__pwned=1">乡';
    const el = await table(hostile);
    await aTimeout(50);
    expect((window as any).__pwned).to.equal(undefined);
    expect(root(el).querySelector('img')).to.equal(null);
    expect(text(root(el).querySelector('caption'))).to.contain('<img src=x');
  });

  it('reads the report from an inline <script type="application/json">, and again when it changes', async () => {
    const json = JSON.stringify(huaian);
    const el = await render<DisclosureApplicationTable>(
      html`<disclosure-application-table><script type="application/json">${json}</script></disclosure-application-table>`,
    );
    await el.updateComplete;
    expect(text(cellsByPath(root(el)).get('applications.received.total'))).to.equal('3,119');
    el.querySelector('script')!.textContent = json.replace('"total": 3119', '"total": 3118').replace('"total":3119', '"total":3118');
    await aTimeout(0);
    await el.updateComplete;
    expect(text(cellsByPath(root(el)).get('applications.received.total'))).to.equal('3,118');
  });

  it('names the line of an inline JSON syntax error', async () => {
    const el = await render<DisclosureApplicationTable>(
      html`<disclosure-application-table><script type="application/json">{
  "format": "2021",
  "agency": "x" "year": 2024
}</script></disclosure-application-table>`,
    );
    await el.updateComplete;
    const message = text(root(el).querySelector('[role="alert"] li'));
    expect(message).to.match(/^script：不是有效的 JSON，第 3 行/);
  });

  it('prefers the report property over src and inline JSON', async () => {
    const el = await render<DisclosureApplicationTable>(
      html`<disclosure-application-table src="/test/fixtures/001-huaian-city-2024.json" .report=${sample}
        ><script type="application/json">{}</script></disclosure-application-table
      >`,
    );
    await aTimeout(50);
    await el.updateComplete;
    expect(text(root(el).querySelector('caption'))).to.contain('一平垣乡人民政府');
  });

  describe('src', () => {
    it('shows a loading state, then the report', async () => {
      const el = await render<DisclosureApplicationTable>(html`<disclosure-application-table src="/test/fixtures/012-pingtan-zone-2024.json"></disclosure-application-table>`);
      expect(text(root(el).querySelector('[role="status"]'))).to.equal('正在加载报告…');
      await oneEvent(el, 'disclosure-check');
      await el.updateComplete;
      expect(text(cellsByPath(root(el)).get('applications.received.total'))).to.equal('218');
    });

    it('shows an error state for an HTTP error', async () => {
      const el = document.createElement('disclosure-application-table');
      el.src = '/test/fixtures/missing.json';
      setTimeout(() => document.body.append(el));
      const event = await oneEvent(el, 'disclosure-error');
      await el.updateComplete;
      expect(event.detail.errors[0]!.code).to.equal('http');
      expect(text(root(el).querySelector('[role="alert"]'))).to.contain('HTTP 404');
      expect(text(root(el).querySelector('[role="alert"]'))).to.contain('报告加载失败');
      el.remove();
    });

    it('shows an error state for a response that is not JSON', async () => {
      const el = document.createElement('disclosure-application-table');
      el.src = '/test/fixtures/012-pingtan-zone-2024.source.html';
      setTimeout(() => document.body.append(el));
      const event = await oneEvent(el, 'disclosure-error');
      expect(event.detail.errors[0]!.code).to.equal('not-json');
      el.remove();
    });

    it('shows an error state for a network failure', async () => {
      const el = document.createElement('disclosure-application-table');
      el.src = 'http://127.0.0.1:9/report.json';
      setTimeout(() => document.body.append(el));
      const event = await oneEvent(el, 'disclosure-error');
      expect(event.detail.errors[0]!.code).to.equal('network');
      el.remove();
    });

    it('lets the newest src win even when an older request answers later', async () => {
      const realFetch = window.fetch;
      let releaseSlow!: () => void;
      window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
        if (String(input).includes('001-huaian')) {
          await new Promise<void>((resolve) => (releaseSlow = resolve));
          return realFetch(input, { ...init, signal: undefined });
        }
        return realFetch(input, init);
      }) as typeof fetch;
      try {
        const el = await render<DisclosureApplicationTable>(html`<disclosure-application-table src="/test/fixtures/001-huaian-city-2024.json"></disclosure-application-table>`);
        el.src = '/test/fixtures/012-pingtan-zone-2024.json';
        await oneEvent(el, 'disclosure-check');
        releaseSlow();
        await aTimeout(100);
        await el.updateComplete;
        expect(text(root(el).querySelector('caption'))).to.contain('平潭综合实验区');
        expect(text(cellsByPath(root(el)).get('applications.received.total'))).to.equal('218');
      } finally {
        window.fetch = realFetch;
      }
    });
  });

  it('switches labels and messages to English with lang="en", keeping the official Chinese beside them', async () => {
    const wrong = structuredClone(huaian);
    wrong.applications.results.total.naturalPerson = 2934;
    const el = await table(wrong, { lang: 'en' });
    const header = [...root(el).querySelectorAll('th')].find((th) => th.textContent!.includes('自然人'))!;
    const english = header.cloneNode(true) as HTMLElement;
    english.querySelector('.official')!.remove();
    expect(text(english)).to.equal('Natural persons');
    expect(header.querySelector('[lang="zh-CN"]')!.textContent).to.equal('自然人');
    expect(el.findings[1]!.message).to.equal('Results total, natural persons: 2,932 expected (sum of results), report says 2,934');
    expect(text(root(el).querySelector('caption'))).to.contain('Applications for government information received and handled');
    el.lang = 'zh-CN';
    await el.updateComplete;
    expect(el.findings[1]!.message).to.equal('（七）总计·自然人应为 2,932（各项办理结果之和），报告为 2,934');
    await expect(el).to.be.accessible();
  });

  it('scrolls inside a focusable, labelled region', async () => {
    const el = await render<DisclosureApplicationTable>(html`<div style="width: 320px"><disclosure-application-table .report=${sample}></disclosure-application-table></div>`);
    const table = el.querySelector('disclosure-application-table')!;
    await table.updateComplete;
    const region = root(table).querySelector('[role="region"]') as HTMLElement;
    expect(region.tabIndex).to.equal(0);
    expect(text(root(table).getElementById(region.getAttribute('aria-labelledby')!))).to.contain('收到和处理政府信息公开申请情况');
    expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
    expect(getComputedStyle(region).overflowX).to.equal('auto');
  });

  it('gives two elements on one page no id in common', async () => {
    const wrapper = await render<HTMLDivElement>(
      html`<div><disclosure-application-table .report=${sample}></disclosure-application-table><disclosure-application-table .report=${huaian}></disclosure-application-table></div>`,
    );
    const [a, b] = [...wrapper.querySelectorAll('disclosure-application-table')];
    await a!.updateComplete;
    await b!.updateComplete;
    const ids = (el: Element) => [...el.shadowRoot!.querySelectorAll('[id]')].map((node) => node.id);
    const first = ids(a!);
    expect(first.length).to.be.greaterThan(40);
    expect(new Set(first).size).to.equal(first.length);
    expect(ids(b!).filter((id) => first.includes(id))).to.deep.equal([]);
  });

  for (const name of FIXTURE_NAMES) {
    it(`renders the shared report ${name} with its values and no console error`, async () => {
      const report: AnyReport = await fixture(name);
      const errors: unknown[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => errors.push(args);
      try {
        const el = await table(report);
        const cells = cellsByPath(root(el));
        for (const [path, cell] of cells) {
          const given = path.split('.').slice(1).reduce<any>((node, key) => node?.[key], report.applications);
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
