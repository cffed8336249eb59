// Reading on a phone, at large text, and at a glance (issue #15): the narrow layout of 表三 and 表四
// (the same table, one column or group beside the row headers, chosen by a labelled control), 200 %
// text, grouped findings with errors first, quieter blank marks, and the summary's counts per table.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { DisclosureElement } from '../../src/internal/disclosure-element.js';
import { loadFixture, rootOf } from '../helpers/browser.js';

const emulate = (payload: { media?: string; forcedColors?: string }) => executeServerCommand('disclosure-emulate-media', payload);
const pageScrollsSideways = () => document.documentElement.scrollWidth > document.documentElement.clientWidth;
/** Whether an element is drawn inside the viewport's width (not collapsed, not off to the right). */
const visibleAcross = (element: Element) => {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.left >= 0 && box.right <= document.documentElement.clientWidth + 0.5;
};
const settled = async (el: DisclosureElement) => {
  await el.updateComplete;
  // The width is observed after layout, then the narrow layout renders.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
};

async function mount(tag: string, report: unknown, lang = 'zh-CN'): Promise<DisclosureElement> {
  const wrapper = await fixture<HTMLElement>(html`<main lang=${lang} style="margin: 0; padding: 0 8px"></main>`);
  const el = document.createElement(tag) as DisclosureElement;
  (el as unknown as { report: unknown }).report = report;
  wrapper.append(el);
  await settled(el);
  return el;
}

const cellsOf = (el: DisclosureElement, suffix: string) => [...rootOf(el).querySelectorAll<HTMLElement>(`td[data-path$="${suffix}"]`)];

describe('reading on a phone', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    document.documentElement.style.fontSize = '';
  });

  for (const [width, height] of [
    [390, 844],
    [320, 640],
  ] as const) {
    it(`at ${width} × ${height}: 表三 shows the row headers beside one whole column, and the page never scrolls sideways`, async () => {
      await setViewport({ width, height });
      const el = await mount('disclosure-application-table', await loadFixture('001-huaian-city-2024'));
      const root = rootOf(el);
      expect(root.querySelector('.frame')!.hasAttribute('data-narrow'), 'the narrow layout').to.be.true;
      expect(pageScrollsSideways()).to.be.false;
      const column = cellsOf(el, '.naturalPerson');
      expect(column.length).to.equal(25);
      for (const cell of column) expect(visibleAcross(cell), cell.dataset.path).to.be.true;
      // The other columns are collapsed, not removed: the same table, every cell still there.
      expect(root.querySelectorAll('td[data-path]').length).to.equal(175);
      for (const cell of cellsOf(el, '.commercial')) expect(cell.getBoundingClientRect().width, cell.dataset.path).to.equal(0);
      // Row labels stay beside the column.
      const label = [...root.querySelectorAll('th.row')].find((th) => th.textContent!.includes('（一）予以公开'))!;
      expect(visibleAcross(label)).to.be.true;
      await expect(el).to.be.accessible();
    });

    it(`at ${width} × ${height}: 表四 shows one group at a time, and the page never scrolls sideways`, async () => {
      await setViewport({ width, height });
      const el = await mount('disclosure-review-table', await loadFixture('001-huaian-city-2024'));
      expect(pageScrollsSideways()).to.be.false;
      for (const cell of [...rootOf(el).querySelectorAll<HTMLElement>('td[data-path^="reviews.review."]')])
        expect(visibleAcross(cell)).to.be.true;
      for (const cell of [...rootOf(el).querySelectorAll<HTMLElement>('td[data-path^="reviews.litigationDirect."]')])
        expect(cell.getBoundingClientRect().width).to.equal(0);
      await expect(el).to.be.accessible();
    });
  }

  it('switches the column with one tap or by keyboard, keeps the choice when the report changes, and shows the whole table on demand', async () => {
    await setViewport({ width: 390, height: 844 });
    const report = await loadFixture('001-huaian-city-2024');
    const el = await mount('disclosure-application-table', report);
    const root = rootOf(el);
    const control = root.querySelector<HTMLFieldSetElement>('[part="column-choice"]')!;
    expect(control.querySelector('legend')!.textContent).to.equal('显示的列');
    const radios = [...control.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((radio) => radio.parentElement!.textContent!.trim())).to.deep.equal([
      '自然人',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
      '总计',
    ]);
    // One tap.
    radios[6]!.click();
    await settled(el);
    for (const cell of cellsOf(el, '.total')) expect(visibleAcross(cell), cell.dataset.path).to.be.true;
    expect(cellsOf(el, '.naturalPerson')[0]!.getBoundingClientRect().width).to.equal(0);
    // By keyboard: arrow keys move along the radio group.
    radios[6]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await settled(el);
    expect(radios[5]!.checked).to.be.true;
    for (const cell of cellsOf(el, '.other')) expect(visibleAcross(cell)).to.be.true;
    // A new report keeps the choice.
    el.report = { ...report, agency: '淮安市人民政府办公室' };
    await settled(el);
    expect(root.querySelectorAll<HTMLInputElement>('[part="column-choice"] input')[5]!.checked).to.be.true;
    for (const cell of cellsOf(el, '.other')) expect(visibleAcross(cell)).to.be.true;
    // The whole table, in its own scrolling region; the page still does not scroll sideways.
    const whole = control.querySelector<HTMLButtonElement>('button')!;
    expect(whole.textContent!.trim()).to.equal('显示整表');
    whole.click();
    await settled(el);
    expect(whole.getAttribute('aria-pressed')).to.equal('true');
    const region = root.querySelector<HTMLElement>('[role="region"]')!;
    expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
    expect(cellsOf(el, '.commercial')[0]!.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(pageScrollsSideways()).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('a finding link to a hidden column shows that column and focuses its cell', async () => {
    await setViewport({ width: 390, height: 844 });
    const report = await loadFixture('001-huaian-city-2024');
    report.applications!.results.granted.legalService = 49;
    const el = await mount('disclosure-report', report);
    const index = el.findings.findIndex(
      (finding) => finding.cells[0] === 'applications.results.granted.naturalPerson' || finding.rule === 'applications.row-total',
    );
    const target = el.findings[index]!.cells.find((cell) => cell.endsWith('.legalService'))!;
    expect(el.focusCell(target)).to.be.true;
    const cell = rootOf(el).querySelector<HTMLElement>(`td[data-path="${target}"]`)!;
    expect(rootOf(el).activeElement).to.equal(cell);
    await settled(el);
    await waitUntil(() => visibleAcross(cell), 'the legal service column is shown');
    const radios = [...rootOf(el).querySelectorAll<HTMLInputElement>('.frame.applications input[type="radio"]')];
    expect(radios.find((radio) => radio.checked)!.parentElement!.textContent!.trim()).to.equal('法律服务机构');
  });

  it('focusCell from a disclosure-check listener shows the hidden column at once and focuses the cell', async () => {
    await setViewport({ width: 390, height: 844 });
    const report = await loadFixture('001-huaian-city-2024');
    report.applications!.results.granted.legalService = 49;
    const wrapper = await fixture<HTMLElement>(html`<main style="margin: 0; padding: 0 8px"></main>`);
    const el = document.createElement('disclosure-application-table') as DisclosureElement;
    const focused: boolean[] = [];
    // The first check of a narrow element: the listener moves to the first error's legal-service cell.
    el.addEventListener('disclosure-check', (event) => {
      const path = event.detail.findings.flatMap((finding) => finding.cells).find((cell) => cell.endsWith('.legalService'));
      if (path) focused.push(el.focusCell(path));
    });
    (el as unknown as { report: unknown }).report = report;
    wrapper.append(el);
    await settled(el);
    await waitUntil(() => focused.length > 0, 'the listener ran');
    expect(focused[0]).to.be.true;
    const cell = rootOf(el).activeElement as HTMLElement;
    expect(cell.dataset.path).to.match(/\.legalService$/);
    await settled(el);
    await waitUntil(() => visibleAcross(cell), 'the legal service column is shown');
  });

  it('at 200 % text size and 320 px wide, every table stays readable without the page scrolling sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    document.documentElement.style.fontSize = '200%';
    const el = await mount('disclosure-report', await loadFixture('000-yipingyuan-2023'));
    expect(pageScrollsSideways()).to.be.false;
    // Each table stays inside the page; its own region may scroll, the page does not.
    for (const region of rootOf(el).querySelectorAll<HTMLElement>('[role="region"]')) {
      const box = region.getBoundingClientRect();
      expect(box.right).to.be.at.most(document.documentElement.clientWidth + 0.5);
    }
    // A table too wide for 10 em of text scrolls inside its own region: one-dimensional for the page.
    const region = rootOf(el).querySelectorAll<HTMLElement>('[role="region"]')[1]!;
    expect(getComputedStyle(region).overflowX).to.equal('auto');
  });

  it('a wide element carries the column control empty; it gets its radios once the element is narrow', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await mount('disclosure-review-table', await loadFixture('001-huaian-city-2024'));
    const root = rootOf(el);
    const control = root.querySelector<HTMLFieldSetElement>('[part="column-choice"]')!;
    expect(control.childElementCount).to.equal(0);
    await setViewport({ width: 390, height: 844 });
    await waitUntil(() => root.querySelector('.frame')!.hasAttribute('data-narrow'), 'narrow once the element is narrow');
    await el.updateComplete;
    const radios = [...control.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.length).to.be.greaterThan(1);
    expect(radios[0]!.checked).to.be.true;
    expect(control.querySelector('legend')!.textContent).to.equal('显示的列');
    radios[1]!.click();
    await settled(el);
    expect(radios[1]!.checked).to.be.true;
    expect(control.querySelector('button')!.getAttribute('aria-pressed')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('wide containers and print always show the official layout', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await mount('disclosure-application-table', await loadFixture('001-huaian-city-2024'));
    const root = rootOf(el);
    expect(root.querySelector('.frame')!.hasAttribute('data-narrow')).to.be.false;
    expect(getComputedStyle(root.querySelector('[part="column-choice"]')!).display).to.equal('none');
    await setViewport({ width: 390, height: 844 });
    await waitUntil(() => root.querySelector('.frame')!.hasAttribute('data-narrow'), 'narrow once the element is narrow');
    await emulate({ media: 'print' });
    try {
      for (const col of root.querySelectorAll('col.choice')) expect(getComputedStyle(col).visibility).to.equal('visible');
      expect(getComputedStyle(root.querySelector('[part="column-choice"]')!).display).to.equal('none');
    } finally {
      await emulate({ media: '' });
    }
  });
});

describe('findings at a glance', () => {
  it('the sample report: its blank rows read as one grouped line with a count, which opens to its items', async () => {
    const el = await mount('disclosure-application-table', await loadFixture('000-yipingyuan-2023'));
    const root = rootOf(el);
    const groups = [...root.querySelectorAll<HTMLDetailsElement>('.findings details.finding-group')];
    expect(groups.length).to.equal(1);
    const group = groups[0]!;
    expect(group.dataset.rule).to.equal('cell.blank');
    expect(group.querySelector('summary')!.textContent!.replace(/\s+/g, '')).to.equal('警告22行未填报，按0计算');
    expect(group.open).to.be.false;
    expect(group.querySelectorAll('li.finding').length).to.equal(22);
    group.querySelector('summary')!.click();
    expect(group.open).to.be.true;
    // A finding alone stays a line of its own.
    expect(root.querySelectorAll('.findings > ul.finding-list li.finding[data-rule="total.computed"]').length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('in English too', async () => {
    const el = await mount('disclosure-application-table', await loadFixture('000-yipingyuan-2023'), 'en');
    const summary = rootOf(el).querySelector('.findings details.finding-group summary')!;
    expect(summary.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Warning22 rows not reported, counted as 0');
    await expect(el).to.be.accessible();
  });

  it('errors come first and differ from warnings without colour: a word, an icon and a pattern', async () => {
    const report = await loadFixture('000-yipingyuan-2023');
    report.applications!.received.total = 7;
    const el = await mount('disclosure-application-table', report);
    const root = rootOf(el);
    const blocks = [...root.querySelectorAll<HTMLElement>('.findings > ul, .findings > details')];
    expect(blocks[0]!.matches('.error')).to.be.true;
    const error = root.querySelector<HTMLElement>('li.finding.error')!;
    const warning = root.querySelector<HTMLElement>('li.finding.warning')!;
    expect(error.querySelector('.severity')!.textContent).to.equal('错误');
    expect(warning.querySelector('.severity')!.textContent).to.equal('警告');
    const icon = (item: Element) => getComputedStyle(item.querySelector('.icon')!, '::before').content;
    expect(icon(error)).to.not.equal(icon(warning));
    expect(getComputedStyle(error).borderInlineStartStyle).to.equal('solid');
    expect(getComputedStyle(warning).borderInlineStartStyle).to.equal('dashed');
  });

  it('a blank cell is marked more quietly than a wrong total', async () => {
    const report = await loadFixture('000-yipingyuan-2023');
    report.applications!.received.total = 7;
    const el = await mount('disclosure-application-table', report);
    const blank = rootOf(el).querySelector<HTMLElement>('td[part~="blank"][part~="warning"]')!;
    const wrong = rootOf(el).querySelector<HTMLElement>('td[data-path="applications.received.total"]')!;
    expect(wrong.getAttribute('part')).to.contain('invalid');
    const weight = (cell: HTMLElement) => {
      const style = getComputedStyle(cell);
      const shadow = /(\d+(?:\.\d+)?)px(?!.*px)/.exec(style.boxShadow)?.[1];
      return Math.max(parseFloat(style.outlineWidth) || 0, shadow ? Number(shadow) : 0);
    };
    expect(weight(blank)).to.be.lessThan(weight(wrong));
    expect(getComputedStyle(blank).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(wrong).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
  });

  it('the report’s summary gives counts per table, each a link to its table', async () => {
    const report = await loadFixture('000-yipingyuan-2023');
    report.reviews!.review.total = 1;
    const el = await mount('disclosure-report', report);
    const root = rootOf(el);
    const lines = [...root.querySelectorAll<HTMLAnchorElement>('.summary-tables a')];
    expect(lines.map((link) => link.textContent!.trim())).to.deep.equal([
      '三、收到和处理政府信息公开申请情况：22 个警告、1 条提示',
      '四、政府信息公开行政复议、行政诉讼情况：1 个错误',
    ]);
    lines[1]!.click();
    expect((root.activeElement as HTMLElement).id).to.equal(lines[1]!.getAttribute('href')!.slice(1));
    expect(root.activeElement!.textContent).to.contain('四、政府信息公开行政复议、行政诉讼情况');
    await expect(el).to.be.accessible();
  });
});
