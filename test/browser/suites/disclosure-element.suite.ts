/**
 * The contract all four elements share through their base class (DisclosureElement and its
 * ReportSourceController): where the report comes from (the report property, then src, then inline
 * JSON, then a pasted table; the newest src wins), the error panel, the events, `checks`, `lang`,
 * ids, theming from the page, print and text that never becomes markup. Each element's test file
 * runs it once with its own config, as Lion runs `runFormatMixinSuite(customConfig)`; the grid,
 * the checks of one table and accessibility stay in that file.
 */
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { RuleId } from '../../../src/check/findings.js';
import type { DisclosureElement } from '../../../src/internal/disclosure-element.js';
import type { DisclosureCheckEvent, DisclosureErrorEvent } from '../../../src/internal/events.js';
import type { Report } from '../../../src/model/schema.js';
import type { TableId } from '../../../src/model/tables.js';
import {
  cellAt,
  delayFetch,
  fixtureUrl,
  loadFixture,
  markedPaths,
  mountThemed,
  printPageSize,
  renderElement,
  rootOf,
  text,
  valueOf,
} from '../../helpers/browser.js';
import { FIXTURE_NAMES, type FixtureName } from '../../helpers/fixture-names.js';

export interface ElementContract {
  tag: 'disclosure-active-table' | 'disclosure-application-table' | 'disclosure-review-table' | 'disclosure-report';
  /** The tables the element shows and checks, in order. */
  tables: readonly TableId[];
  /** The report most tests show: one without findings. */
  sample: FixtureName;
  /** A data cell of the element and what it shows for each shared report, as its reading gives it. */
  cell: { path: string; readings: Record<FixtureName, string> };
  /** A change that makes the sample wrong in the element's tables. */
  error: {
    change: (report: Report) => void;
    /** The rules of the findings it gives, in order. */
    rules: readonly RuleId[];
    /** The cells it marks invalid, in document order. */
    invalid: readonly string[];
    /** The changed cell and what it shows. */
    shown: { path: string; text: string };
  };
  /** A change that breaks the sample's structure, the paths its errors name and, if given, one message in full. */
  structural: { change: (report: Record<string, any>) => void; paths: readonly string[]; message?: string };
  /** The size of the `@page` the element prints on. */
  printPage: string | RegExp;
}

/** Two more reports, whose values at `cell` differ from the sample's. */
const OTHER: FixtureName = '012-pingtan-zone-2024';
const THIRD: FixtureName = '005-hongze-district-2024';

/** src answers the element cannot show, and what its error panel says besides the URL. */
const SRC_FAILURES = [
  { what: 'a 404', url: '/test/fixtures/no-such-report.json', code: 'http', says: ['报告加载失败', 'HTTP 404'] },
  { what: 'a URL that is not JSON', url: '/test/fixtures/012-pingtan-zone-2024.source.html', code: 'not-json', says: [] },
  { what: 'a network failure', url: 'http://127.0.0.1:9/report.json', code: 'network', says: ['报告加载失败'] },
];
const NOT_IMPORTABLE_TABLE = '<table><tr><td>月份</td><td>降水量</td></tr><tr><td>一月</td><td>12</td></tr></table>';
const CJK = /[\u4e00-\u9fff]/;

/** Records the disclosure-check events an element fires from now on. */
function recordChecks(el: HTMLElement): DisclosureCheckEvent[] {
  const seen: DisclosureCheckEvent[] = [];
  el.addEventListener('disclosure-check', (event) => seen.push(event));
  return seen;
}

/** The value every data cell shows, by path. */
const cellValues = (el: HTMLElement) =>
  Object.fromEntries(Array.from(rootOf(el).querySelectorAll<HTMLElement>('td[data-path]'), (td) => [td.dataset.path, valueOf(td)]));

/** Runs the shared contract for one element; its define.js must have been imported. */
export function runElementContract(config: ElementContract): void {
  const { tag, tables, sample, cell, error, structural } = config;

  /** A new element, not yet in the page, with the sources given. */
  function create(sources: { report?: unknown; src?: string; inline?: string; table?: string } = {}): DisclosureElement {
    const el = document.createElement(tag) as DisclosureElement;
    if (sources.inline !== undefined) el.innerHTML = `<script type="application/json">${sources.inline}</script>`;
    if (sources.table !== undefined) el.insertAdjacentHTML('beforeend', sources.table);
    if (sources.src !== undefined) el.setAttribute('src', sources.src);
    if (sources.report !== undefined) el.report = sources.report;
    return el;
  }
  /** Adds elements to a fresh container in the page. */
  async function attach(...elements: HTMLElement[]): Promise<HTMLDivElement> {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(...elements);
    return wrapper;
  }
  const mount = (report: unknown, options: { lang?: string; checks?: string } = {}) =>
    renderElement<DisclosureElement>(tag, report, options);
  const shown = (el: HTMLElement) => valueOf(cellAt(el, cell.path));
  async function wrongReport(): Promise<Report> {
    const report = await loadFixture(sample);
    error.change(report);
    return report;
  }

  describe(`element contract of <${tag}>`, () => {
    it('the config names three reports that show different values at its cell', () => {
      expect(new Set([sample, OTHER, THIRD].map((name) => cell.readings[name])).size).to.equal(3);
    });

    describe('where the report comes from', () => {
      it('the report property takes precedence over src and inline JSON; src is not even fetched', async () => {
        const src = fixtureUrl(OTHER);
        const delayed = delayFetch(src, JSON.stringify(await loadFixture(OTHER)), 0);
        try {
          const el = create({ report: await loadFixture(sample), src, inline: JSON.stringify(await loadFixture(THIRD)) });
          await attach(el);
          await el.updateComplete;
          expect(shown(el)).to.equal(cell.readings[sample]);
          expect(delayed.requested(), 'src fetched').to.equal(false);
        } finally {
          delayed.restore();
        }
      });

      it('src takes precedence over inline JSON', async () => {
        const el = create({ src: fixtureUrl(OTHER), inline: JSON.stringify(await loadFixture(THIRD)) });
        const checked = oneEvent(el, 'disclosure-check');
        await attach(el);
        await checked;
        await el.updateComplete;
        expect(shown(el)).to.equal(cell.readings[OTHER]);
      });

      it('inline JSON takes precedence over a pasted table', async () => {
        const el = create({ inline: JSON.stringify(await loadFixture(THIRD)), table: NOT_IMPORTABLE_TABLE });
        const settled = Promise.race([oneEvent(el, 'disclosure-check'), oneEvent(el, 'disclosure-error')]);
        await attach(el);
        expect((await settled).type).to.equal('disclosure-check');
        await el.updateComplete;
        expect(shown(el)).to.equal(cell.readings[THIRD]);
        expect(el.importWarnings).to.deep.equal([]);
      });
    });

    describe('src', () => {
      for (const name of FIXTURE_NAMES) {
        it(`loads ${name}: a loading status, then exactly what the report property shows`, async () => {
          const { el: byProperty } = await mount(await loadFixture(name));
          const el = create({ src: fixtureUrl(name) });
          const checked = oneEvent(el, 'disclosure-check');
          await attach(el);
          await el.updateComplete;
          const status = rootOf(el).querySelector('[part="status"]')!;
          expect(status.getAttribute('role')).to.equal('status');
          expect(text(status)).to.equal('正在加载报告…');
          await checked;
          await el.updateComplete;
          expect(shown(el)).to.equal(cell.readings[name]);
          expect(cellValues(el)).to.deep.equal(cellValues(byProperty));
          expect(text(rootOf(el))).to.equal(text(rootOf(byProperty)));
          expect(el.getAttribute('src')).to.equal(fixtureUrl(name));
        });
      }

      for (const failure of SRC_FAILURES) {
        it(`${failure.what}: disclosure-error naming the URL, and the error panel instead of the tables`, async () => {
          const el = create({ src: failure.url });
          const failed = oneEvent(el, 'disclosure-error');
          await attach(el);
          const { detail } = await failed;
          expect(detail.errors).to.have.length(1);
          expect(detail.errors[0]).to.include({ path: failure.url, code: failure.code });
          await el.updateComplete;
          const panel = rootOf(el).querySelector('[part~="error"]')!;
          expect(panel.getAttribute('role')).to.equal('alert');
          for (const words of [failure.url, ...failure.says]) expect(text(panel)).to.contain(words);
          expect(rootOf(el).querySelector('table, article')).to.equal(null);
          expect(el.findings).to.deep.equal([]);
        });
      }

      it('a src that fails after one that loaded replaces the report with the error panel', async () => {
        const el = create({ src: fixtureUrl(sample) });
        const loaded = oneEvent(el, 'disclosure-check');
        await attach(el);
        await loaded;
        await el.updateComplete;
        expect(shown(el)).to.equal(cell.readings[sample]);

        const failed = oneEvent(el, 'disclosure-error');
        el.src = '/test/fixtures/gone.json';
        const { detail } = await failed;
        await el.updateComplete;
        expect(detail.errors[0]).to.include({ code: 'http', path: '/test/fixtures/gone.json' });
        expect(rootOf(el).querySelector('table, article')).to.equal(null);
        expect(el.findings).to.deep.equal([]);
      });

      it('the newest src wins even when the older answer arrives later', async () => {
        const slow = fixtureUrl(sample);
        const fast = fixtureUrl(OTHER);
        const delayed = delayFetch(slow, JSON.stringify(await loadFixture(sample)), 400);
        try {
          const el = create();
          await attach(el);
          const seen = recordChecks(el);
          el.src = slow;
          await el.updateComplete;
          expect(delayed.requested(), 'the older src was requested').to.equal(true);
          el.src = fast;
          await waitUntil(() => seen.length > 0, 'the newest src is shown', { timeout: 5000 });
          await waitUntil(() => delayed.answered(), 'the older answer came', { timeout: 5000 });
          // A sleep on purpose: it asserts that nothing happens once the stale answer is in.
          await aTimeout(50);
          await el.updateComplete;
          expect(seen.length).to.equal(1);
          expect(seen[0]!.detail.findings.every((finding) => tables.includes(finding.table as TableId))).to.equal(true);
          expect(shown(el)).to.equal(cell.readings[OTHER]);
          expect(el.src).to.equal(fast);
        } finally {
          delayed.restore();
        }
      });

      it('src set to A then B at once: only B is shown', async () => {
        const delayed = delayFetch(fixtureUrl(sample), JSON.stringify(await loadFixture(sample)), 100);
        try {
          const el = create();
          await attach(el);
          const seen = recordChecks(el);
          el.src = fixtureUrl(sample);
          el.src = fixtureUrl(OTHER);
          await waitUntil(() => seen.length > 0, 'B is shown', { timeout: 5000 });
          if (delayed.requested()) await waitUntil(() => delayed.answered(), 'A answered', { timeout: 5000 });
          // A sleep on purpose: it asserts that nothing happens after B (and A's answer, if A was asked at all).
          await aTimeout(50);
          await el.updateComplete;
          expect(seen.length).to.equal(1);
          expect(shown(el)).to.equal(cell.readings[OTHER]);
        } finally {
          delayed.restore();
        }
      });

      it('finishes loading when moved in the page while its src is loading', async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div><div id="a"></div><div id="b"></div></div>`);
        const el = create({ src: fixtureUrl(OTHER) });
        wrapper.querySelector('#a')!.append(el);
        await el.updateComplete;
        // Moving an element disconnects and reconnects it (as list re-ordering in frameworks does).
        wrapper.querySelector('#b')!.append(el);
        await waitUntil(() => rootOf(el).querySelector('table'), 'the table appears after the move', { timeout: 3000 });
        expect(shown(el)).to.equal(cell.readings[OTHER]);
      });
    });

    describe('inline JSON', () => {
      it('reads inline JSON as the report property would show it, and reads it again when it is edited in place', async () => {
        const { el: byProperty } = await mount(await loadFixture(OTHER));
        const el = create({ inline: JSON.stringify(await loadFixture(OTHER)) });
        const first = oneEvent(el, 'disclosure-check');
        await attach(el);
        await first;
        await el.updateComplete;
        expect(shown(el)).to.equal(cell.readings[OTHER]);
        expect(text(rootOf(el))).to.equal(text(rootOf(byProperty)));
        expect(markedPaths(el, 'invalid')).to.deep.equal([]);

        const again: Promise<DisclosureCheckEvent> = oneEvent(el, 'disclosure-check');
        el.querySelector('script')!.textContent = JSON.stringify(await wrongReport());
        const { detail } = await again;
        await el.updateComplete;
        expect(detail.findings.map((finding) => finding.rule)).to.deep.equal(error.rules);
        expect(valueOf(cellAt(el, error.shown.path))).to.equal(error.shown.text);
        expect(markedPaths(el, 'invalid')).to.deep.equal(error.invalid);
      });

      it('names the line of inline text that is not JSON, in the event and in the panel', async () => {
        const el = create({ inline: '{\n  "format": "2021",\n  "agency": "x" "year": 2024\n}' });
        const failed = oneEvent(el, 'disclosure-error');
        await attach(el);
        const { detail } = await failed;
        expect(detail.errors[0]).to.include({ path: 'script', code: 'not-json', line: 3 });
        await el.updateComplete;
        const panel = rootOf(el).querySelector('[role="alert"]')!;
        expect(panel.getAttribute('part')).to.equal('error');
        expect(text(panel.querySelector('li'))).to.match(/^script：不是有效的 JSON，第 3 行/);
      });

      it('points at full-width punctuation typed with a Chinese input method', async () => {
        const el = create({ inline: '{\n  "format": "2021"，\n  "agency": "x", "year": 2024\n}' });
        const failed = oneEvent(el, 'disclosure-error');
        await attach(el);
        await failed;
        await el.updateComplete;
        expect(text(rootOf(el).querySelector('[role="alert"] li'))).to.match(
          /^script：不是有效的 JSON，第 2 行：.*；这里是全角的「，」，JSON 须用半角的「,」$/,
        );
      });
    });

    describe('a report without its tables', () => {
      it('says so, table by table, when the report has none of its tables', async () => {
        const report = await loadFixture(sample);
        for (const table of tables) delete report[table];
        const { el, checks } = await mount(report);
        expect(rootOf(el).querySelector('table')).to.equal(null);
        const notes = Array.from(rootOf(el).querySelectorAll('[part="status"], .missing'), (node) => text(node));
        expect(notes.filter((note) => note === '本报告未提供此表').length).to.equal(tables.length);
        expect(el.findings).to.deep.equal([]);
        expect(checks.length).to.equal(1);
      });
    });

    describe('errors and events', () => {
      it('a structural error: the error panel (role=alert) lists each error by path; disclosure-error bubbles, composed', async () => {
        const report = await loadFixture(sample);
        structural.change(report as unknown as Record<string, any>);
        const el = create({ report });
        const checks = recordChecks(el);
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        const errors: DisclosureErrorEvent[] = [];
        wrapper.addEventListener('disclosure-error', (event) => errors.push(event));
        wrapper.append(el);
        await el.updateComplete;

        expect(errors.length).to.equal(1);
        const [event] = errors as [DisclosureErrorEvent];
        expect(event.bubbles && event.composed).to.equal(true);
        expect(event.detail.errors.map((problem) => problem.path)).to.have.members([...structural.paths]);
        expect(rootOf(el).querySelector('table, article')).to.equal(null);
        const panel = rootOf(el).querySelector('[role="alert"]')!;
        expect(panel.getAttribute('part')).to.equal('error');
        expect(text(panel)).to.contain('报告数据有误');
        const items = Array.from(panel.querySelectorAll('li'));
        expect(items.map((li) => li.dataset.path)).to.have.members([...structural.paths]);
        expect(items.map((li) => text(li))).to.have.members(event.detail.errors.map((problem) => problem.message.zh));
        for (const li of items) expect(text(li), 'each error names its path').to.contain(li.dataset.path!);
        if (structural.message) expect(items.map((li) => text(li))).to.include(structural.message);
        expect(checks.length).to.equal(0);
        expect(el.findings).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });

      it('disclosure-check carries the findings of its own tables only, bubbling and composed, once per check', async () => {
        const report = await loadFixture(sample);
        // Wrong in every table, so that another table's findings would show.
        report.active!.licensing = null;
        report.applications!.received.naturalPerson! += 1;
        report.reviews!.litigationDirect.total! += 2;
        const el = create({ report });
        const checks = recordChecks(el);
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        const checked = oneEvent(wrapper, 'disclosure-check');
        wrapper.append(el);
        const event = await checked;
        await el.updateComplete;
        expect(event.bubbles && event.composed).to.equal(true);
        expect(event.detail.findings).to.equal(el.findings);
        expect([...new Set(el.findings.map((finding) => finding.table))]).to.deep.equal([...tables]);
        expect(checks.length).to.equal(1);
      });
    });

    describe('checks', () => {
      it('checks="silent": the findings and the event, but no marks and no list', async () => {
        const { el, checks } = await mount(await wrongReport(), { checks: 'silent' });
        expect(el.findings.map((finding) => finding.rule)).to.deep.equal(error.rules);
        expect(checks.length).to.equal(1);
        expect(checks[0]!.detail.findings).to.deep.equal(el.findings);
        expect(markedPaths(el, 'invalid')).to.deep.equal([]);
        expect(rootOf(el).querySelector('.findings, [part~="findings"], [aria-describedby]')).to.equal(null);
        expect(valueOf(cellAt(el, error.shown.path))).to.equal(error.shown.text);
      });

      it('checks="off": no findings, no event, no marks; the values as given', async () => {
        // renderElement waits for updateComplete, by which time an event has been fired (the silent case
        // above counts it there), so none can come later.
        const { el, checks } = await mount(await wrongReport(), { checks: 'off' });
        expect(el.findings).to.deep.equal([]);
        expect(checks.length).to.equal(0);
        expect(markedPaths(el, 'invalid')).to.deep.equal([]);
        expect(rootOf(el).querySelector('.findings, [part~="findings"]')).to.equal(null);
        expect(valueOf(cellAt(el, error.shown.path))).to.equal(error.shown.text);
      });

      it('a change of checks re-renders the marks; each check but off fires again', async () => {
        const { el, checks } = await mount(await wrongReport());
        expect(markedPaths(el, 'invalid')).to.deep.equal(error.invalid);
        el.setAttribute('checks', 'silent');
        await el.updateComplete;
        expect(markedPaths(el, 'invalid')).to.deep.equal([]);
        el.checks = 'show';
        await el.updateComplete;
        expect(markedPaths(el, 'invalid')).to.deep.equal(error.invalid);
        expect(checks.length).to.equal(3);
        el.checks = 'off';
        await el.updateComplete;
        expect(markedPaths(el, 'invalid')).to.deep.equal([]);
        expect(el.findings).to.deep.equal([]);
        expect(checks.length).to.equal(3);
        el.setAttribute('checks', 'show');
        await el.updateComplete;
        expect(el.findings.map((finding) => finding.rule)).to.deep.equal(error.rules);
        expect(markedPaths(el, 'invalid')).to.deep.equal(error.invalid);
        expect(checks.length).to.equal(4);
      });
    });

    describe('lang', () => {
      it('lang="en": English messages; a change of the lang property or attribute re-renders and re-checks', async () => {
        const { el, checks } = await mount(await wrongReport(), { lang: 'en' });
        const messages = () => el.findings.map((finding) => finding.message);
        expect(messages().length).to.equal(error.rules.length);
        for (const message of messages()) expect(message).not.to.match(CJK);
        expect(rootOf(el).querySelector('th .official')).to.exist;

        el.lang = 'zh-CN';
        await el.updateComplete;
        expect(checks.length).to.equal(2);
        for (const message of messages()) expect(message).to.match(CJK);
        expect(el.getAttribute('lang')).to.equal('zh-CN');
        expect(rootOf(el).querySelector('th .official')).to.equal(null);

        el.setAttribute('lang', 'en');
        await el.updateComplete;
        expect(checks.length).to.equal(3);
        for (const message of checks[2]!.detail.findings.map((finding) => finding.message)) expect(message).not.to.match(CJK);
      });

      it('follows an ancestor’s lang, and then a lang attribute of its own', async () => {
        const el = create({ report: await wrongReport() });
        const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB"></div>`);
        wrapper.append(el);
        await el.updateComplete;
        expect(el.findings[0]!.message).not.to.match(CJK);
        expect(rootOf(el).querySelector('th .official')).to.exist;

        const checked = oneEvent(el, 'disclosure-check');
        el.setAttribute('lang', 'zh-CN');
        const { detail } = await checked;
        await el.updateComplete;
        expect(detail.findings[0]!.message).to.match(CJK);
        expect(rootOf(el).querySelector('th .official')).to.equal(null);
      });
    });

    describe('ids', () => {
      it('gives every header cell an id unique within its shadow root; two copies on one page each resolve their own', async () => {
        // A shadow root is its own id scope: every instance of a layout shares one cloned DOM, ids included.
        const report = await loadFixture(sample);
        const [a, b] = [create({ report }), create({ report })] as const;
        await attach(a, b);
        await a.updateComplete;
        await b.updateComplete;
        for (const el of [a, b]) {
          const ids = Array.from(rootOf(el).querySelectorAll('[id]'), (node) => node.id);
          const headers = Array.from(rootOf(el).querySelectorAll('th'));
          expect(headers.length).to.be.greaterThan(0);
          expect(headers.filter((th) => !th.id).length, 'header cells without an id').to.equal(0);
          expect(new Set(ids).size).to.equal(ids.length);
          for (const td of rootOf(el).querySelectorAll('td[headers]')) {
            for (const id of td.getAttribute('headers')!.split(' '))
              expect(rootOf(el).getElementById(id)?.getRootNode()).to.equal(rootOf(el));
          }
        }
        expect(document.getElementById(rootOf(a).querySelector('th')!.id), 'no shadow id leaks into the page').to.equal(null);
      });

      it('ties every data cell to its header cells by id, within its own table', async () => {
        const { el } = await mount(await loadFixture(sample));
        const cells = Array.from(rootOf(el).querySelectorAll<HTMLTableCellElement>('td[data-path]'));
        expect(cells.length).to.be.greaterThan(0);
        for (const td of cells) {
          const path = td.dataset.path!;
          const ids = (td.getAttribute('headers') ?? '').split(/\s+/).filter(Boolean);
          expect(ids.length, path).to.be.greaterThan(0);
          for (const id of ids) {
            const th = rootOf(el).getElementById(id);
            expect(th?.localName, `${id} of ${path}`).to.equal('th');
            expect(th!.closest('table') === td.closest('table'), `${id} is in the table of ${path}`).to.equal(true);
          }
        }
      });
    });

    describe('the page around it', () => {
      it('takes --disclosure-* custom properties and ::part() styles from the page', async () => {
        const el = await mountThemed<DisclosureElement>(tag, await wrongReport());
        const good = Array.from(rootOf(el).querySelectorAll<HTMLElement>('td[data-path]')).find(
          (td) => !td.part.contains('invalid') && !td.part.contains('warning'),
        )!;
        expect(getComputedStyle(good).borderTopColor).to.equal('rgb(1, 2, 3)');
        const bad = getComputedStyle(cellAt(el, error.shown.path));
        expect(bad.color).to.equal('rgb(4, 5, 6)');
        expect(bad.backgroundColor).to.equal('rgb(7, 8, 9)');
        expect(getComputedStyle(rootOf(el).querySelector('th.column')!).backgroundColor).to.equal('rgb(10, 11, 12)');
      });

      it(`prints on A4 pages of its own (${String(config.printPage)})`, async () => {
        const { el } = await mount(await loadFixture(sample));
        if (typeof config.printPage === 'string') expect(printPageSize(el)).to.equal(config.printPage);
        else expect(printPageSize(el)).to.match(config.printPage);
      });

      it('never turns report text into markup', async () => {
        const global = window as unknown as Record<string, unknown>;
        delete global.__disclosurePwned;
        const report = await loadFixture(sample);
        report.agency = '<img src=x onerror="window.__disclosurePwned=1">乡';
        const { el } = await mount(report);
        // A sleep on purpose: it gives an injected image time to fail and run its onerror; nothing may happen.
        await aTimeout(50);
        expect(global.__disclosurePwned).to.equal(undefined);
        expect(rootOf(el).querySelector('img')).to.equal(null);
        expect(el.children.length).to.equal(0);
        expect(text(rootOf(el).querySelector('caption'))).to.contain('<img src=x');
      });
    });
  });
}
