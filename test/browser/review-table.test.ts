// <disclosure-review-table> (表四) in headless Chromium: the exact grid of format.md §2.4, header
// association, the values of every shared real report as read, reviews.total marked on its cells,
// English labels and axe; then the contract all elements share (suites/disclosure-element.suite.ts:
// sources, src and its race, errors, events, checks, lang, ids, theming, print).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/review-table/define.js';
import type { DisclosureReviewTable } from '../../src/review-table/define.js';
import { REVIEW_RESULT_LABELS } from '../spec.js';
import { runElementContract } from './suites/disclosure-element.suite.js';
import {
  cellAt,
  gridOf,
  loadFixture,
  markedPaths,
  renderElement,
  rootOf,
  rowsOf,
  slotNames,
  table,
  trimmedText,
  valueOf,
} from '../helpers/browser.js';
import { FIXTURE_NAMES, type FixtureName } from '../helpers/fixture-names.js';

// ---- the spec (format.md §2.4, report-json.md §4) and the readings (shared/reports/*.md)

const GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;
type Group = (typeof GROUPS)[number];
const CELLS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
const GROUP_PATH: Record<Group, string[]> = {
  review: ['行政复议'],
  litigationDirect: ['行政诉讼', '未经复议直接起诉'],
  litigationAfterReview: ['行政诉讼', '复议后起诉'],
};
const PATHS = GROUPS.flatMap((group) => CELLS.map((cell) => `reviews.${group}.${cell}`));

/** Every number of 表四 as the reading of each report gives it, in grid order. */
const READINGS: Record<FixtureName, number[]> = {
  '000-yipingyuan-2023': [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  '001-huaian-city-2024': [72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20],
  '005-hongze-district-2024': [1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3],
  '012-pingtan-zone-2024': [2, 1, 3, 1, 7, 0, 0, 0, 0, 0, 13, 2, 4, 0, 19],
  '014-shuyang-fgj-2023': [0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
};

// ---- DOM helpers

/** The labels a cell's `headers` resolve to, within its own shadow root. */
function headerLabels(el: HTMLElement, td: HTMLTableCellElement): string[] {
  return (td.getAttribute('headers') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => {
      const th = rootOf(el).getElementById(id);
      expect(th, `header ${id} of ${td.dataset.path}`).to.exist;
      expect(th!.localName).to.equal('th');
      expect(th!.closest('table')).to.equal(td.closest('table'));
      return trimmedText(th!);
    });
}

const render = (report: unknown, options: { lang?: string; checks?: string } = {}) =>
  renderElement<DisclosureReviewTable>('disclosure-review-table', report, options);

// ---- tests

describe('<disclosure-review-table>', () => {
  describe('grid (format.md §2.4)', () => {
    it('is 15 columns and 4 rows with the spec’s merged headers, and no row-header column', async () => {
      const { el } = await render(await loadFixture('000-yipingyuan-2023'));
      const t = table(el);
      expect(t.tHead, 'header rows belong in <thead>').to.exist;
      expect(t.tHead!.rows.length).to.equal(3);
      expect(t.tBodies.length).to.equal(1);
      expect(t.tBodies[0]!.rows.length).to.equal(1);
      expect(t.tBodies[0]!.querySelectorAll('th').length, 'no row headers').to.equal(0);

      expect(rowsOf(t)).to.deep.equal([
        [
          ['th', '行政复议', 5, 1],
          ['th', '行政诉讼', 10, 1],
        ],
        [...REVIEW_RESULT_LABELS.map((label) => ['th', label, 1, 2]), ['th', '未经复议直接起诉', 5, 1], ['th', '复议后起诉', 5, 1]],
        [...REVIEW_RESULT_LABELS, ...REVIEW_RESULT_LABELS].map((label) => ['th', label, 1, 1]),
        PATHS.map((path) => ['td', path, 1, 1]),
      ]);

      // The figure of §2.4, slot by slot.
      const five = (label: string) => Array<string>(5).fill(label);
      expect(slotNames(gridOf(t, 15))).to.deep.equal([
        [...five('行政复议'), ...five('行政诉讼'), ...five('行政诉讼')],
        [...REVIEW_RESULT_LABELS, ...five('未经复议直接起诉'), ...five('复议后起诉')],
        [...REVIEW_RESULT_LABELS, ...REVIEW_RESULT_LABELS, ...REVIEW_RESULT_LABELS],
        PATHS.map((path) => `D:${path}`),
      ]);
    });

    it('announces each cell with its full header path, and every header covers the cell’s column', async () => {
      const { el } = await render(await loadFixture('000-yipingyuan-2023'));
      const slots = gridOf(table(el), 15);
      const dataRow = slots[3]!;
      for (const group of GROUPS) {
        CELLS.forEach((cell, index) => {
          const td = cellAt(el, `reviews.${group}.${cell}`);
          expect(headerLabels(el, td), td.dataset.path).to.deep.equal([...GROUP_PATH[group], REVIEW_RESULT_LABELS[index]!]);
          const column = dataRow.indexOf(td);
          for (const id of td.getAttribute('headers')!.split(' ')) {
            const th = rootOf(el).getElementById(id);
            expect(
              slots.some((row) => row[column] === th),
              `${id} is above ${td.dataset.path}`,
            ).to.be.true;
          }
        });
      }
      expect(headerLabels(el, cellAt(el, 'reviews.litigationAfterReview.upheld')).join(' · ')).to.equal('行政诉讼 · 复议后起诉 · 结果维持');
    });

    it('puts data-path on every data cell and marks the three 总计 as totals', async () => {
      const { el } = await render(await loadFixture('001-huaian-city-2024'));
      const tds = Array.from(rootOf(el).querySelectorAll<HTMLTableCellElement>('td'));
      expect(tds.map((td) => td.dataset.path)).to.deep.equal(PATHS);
      expect(tds.filter((td) => td.part.contains('total')).map((td) => td.dataset.path)).to.deep.equal(
        GROUPS.map((group) => `reviews.${group}.total`),
      );
    });

    it('a four-character result header that wraps breaks in the middle, as printed (结果 / 维持)', async () => {
      const report = await loadFixture('001-huaian-city-2024');
      for (const width of [1000, 900, 760]) {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style=${`width: ${width}px`}><disclosure-review-table .report=${report}></disclosure-review-table></div>`,
        );
        const el = wrapper.querySelector('disclosure-review-table')!;
        await el.updateComplete;
        for (const th of Array.from(table(el).querySelectorAll('th')).filter((cell) => trimmedText(cell).length === 4)) {
          const node = Array.from(th.childNodes).find((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim())!;
          const tops = [0, 1, 2, 3].map((offset) => {
            const range = document.createRange();
            range.setStart(node, offset);
            range.setEnd(node, offset + 1);
            return Math.round(range.getBoundingClientRect().top);
          });
          const lines = new Set(tops).size;
          expect(lines, `${trimmedText(th)} at ${width}px`).to.be.at.most(2);
          if (lines === 2)
            expect(tops[1] === tops[0] && tops[2] === tops[3], `${trimmedText(th)} at ${width}px breaks as 2 + 2`).to.be.true;
        }
      }
    });

    it('has a caption with the table title, agency and year', async () => {
      const { el } = await render(await loadFixture('012-pingtan-zone-2024'));
      const caption = table(el).caption!;
      expect(trimmedText(caption.querySelector('.title')!)).to.equal('政府信息公开行政复议、行政诉讼情况');
      expect(trimmedText(caption)).to.contain('平潭综合实验区').and.to.contain('2024');
      const region = rootOf(el).querySelector('[role="region"]')!;
      expect(region.getAttribute('aria-labelledby')).to.equal(caption.id);
    });
  });

  describe('real reports', () => {
    for (const name of FIXTURE_NAMES) {
      it(`${name}: shows the 15 numbers of its reading, with no error`, async () => {
        const { el, checks } = await render(await loadFixture(name));
        expect(PATHS.map((path) => valueOf(cellAt(el, path)))).to.deep.equal(READINGS[name].map(String));
        expect(markedPaths(el, 'invalid')).to.deep.equal([]);
        expect(el.findings.filter((finding) => finding.severity === 'error')).to.deep.equal([]);
        expect(checks.length).to.equal(1);
      });

      for (const group of GROUPS) {
        it(`${name}: a wrong ${group} 总计 is marked on exactly its five cells`, async () => {
          const report = await loadFixture(name);
          report.reviews![group].total! += 1;
          const { el } = await render(report);
          expect(markedPaths(el, 'invalid')).to.deep.equal(CELLS.map((cell) => `reviews.${group}.${cell}`));
          const totals = el.findings.filter((finding) => finding.rule === 'reviews.total');
          expect(totals.length).to.equal(1);
          expect(totals[0]!.cells).to.have.members(CELLS.map((cell) => `reviews.${group}.${cell}`));
        });
      }
    }
  });

  describe('checks', () => {
    it('marks a wrong 行政复议 总计: five cells invalid, described by a finding naming 行政复议, in the event', async () => {
      const report = await loadFixture('001-huaian-city-2024');
      report.reviews!.review.total = 352;
      const { el, checks } = await render(report);
      const cells = CELLS.map((cell) => `reviews.review.${cell}`);
      expect(markedPaths(el, 'invalid')).to.deep.equal(cells);

      const finding = el.findings.find((item) => item.rule === 'reviews.total')!;
      expect(finding).to.include({ severity: 'error', table: 'reviews', expected: 351, actual: 352 });
      expect(finding.message).to.contain('行政复议').and.to.contain('351').and.to.contain('352');

      for (const path of cells) {
        const td = cellAt(el, path);
        const ids = td.getAttribute('aria-describedby')!.split(' ');
        const items = ids.map((id) => rootOf(el).getElementById(id));
        expect(
          items.every((item) => item?.localName === 'li'),
          path,
        ).to.be.true;
        expect(items.some((item) => item!.textContent!.includes('行政复议') && item!.textContent!.includes(finding.message))).to.be.true;
        expect(td.getAttribute('tabindex')).to.equal('-1');
      }
      for (const path of PATHS.filter((path) => !cells.includes(path))) {
        expect(cellAt(el, path).hasAttribute('aria-describedby'), path).to.be.false;
      }

      expect(checks.length).to.equal(1);
      expect(checks[0]!.detail.findings).to.deep.include(finding);
      expect(checks[0]!.detail.findings).to.deep.equal(el.findings);
      expect(checks[0]!.bubbles && checks[0]!.composed).to.be.true;
    });

    it('names each group in its own finding: 未经复议直接起诉 and 复议后起诉', async () => {
      const report = await loadFixture('012-pingtan-zone-2024');
      report.reviews!.litigationDirect.total = 1;
      report.reviews!.litigationAfterReview.total = 20;
      const { el } = await render(report);
      const totals = el.findings.filter((finding) => finding.rule === 'reviews.total');
      expect(totals.map((finding) => finding.cells[4])).to.deep.equal([
        'reviews.litigationDirect.total',
        'reviews.litigationAfterReview.total',
      ]);
      expect(totals[0]!.message).to.contain('未经复议直接起诉');
      expect(totals[1]!.message).to.contain('复议后起诉');
      expect(markedPaths(el, 'invalid')).to.deep.equal(PATHS.slice(5));
    });

    it('shows a blank 总计 as its computed value, marked computed, not invalid', async () => {
      const report = await loadFixture('005-hongze-district-2024');
      report.reviews!.litigationAfterReview.total = null;
      const { el } = await render(report);
      const td = cellAt(el, 'reviews.litigationAfterReview.total');
      expect(valueOf(td)).to.equal('3');
      expect(td.part.contains('computed')).to.be.true;
      expect(td.querySelector('.computed-mark')).to.exist;
      expect(markedPaths(el, 'invalid')).to.deep.equal([]);
      const computed = el.findings.find((finding) => finding.rule === 'total.computed')!;
      expect(computed.cells).to.deep.equal(['reviews.litigationAfterReview.total']);
      expect(rootOf(el).querySelector('.legend')).to.exist;
    });

    it('keeps a blank part blank and warns about it', async () => {
      const report = await loadFixture('001-huaian-city-2024');
      report.reviews!.litigationDirect.pending = null;
      const { el } = await render(report);
      const td = cellAt(el, 'reviews.litigationDirect.pending');
      expect(valueOf(td)).to.equal('');
      expect(td.part.contains('blank')).to.be.true;
      expect(td.part.contains('warning')).to.be.true;
      const blank = el.findings.find((finding) => finding.rule === 'cell.blank')!;
      expect(blank.cells).to.deep.equal(['reviews.litigationDirect.pending']);
      const described = td
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => rootOf(el).getElementById(id)!);
      expect(described.map((li) => li.dataset.rule)).to.deep.equal(['cell.blank', 'reviews.total']);
      expect(described[0]!.textContent).to.contain('未经复议直接起诉').and.to.contain('尚未审结');
      // 13 + 4 + 8 + (blank = 0) = 25 ≠ 26: the stated total is wrong once the blank counts as 0.
      expect(markedPaths(el, 'invalid')).to.deep.equal(CELLS.map((cell) => `reviews.litigationDirect.${cell}`));
    });

    it('an empty 表四 shows twelve blank cells and three computed 总计 of 0', async () => {
      const report = await loadFixture('000-yipingyuan-2023');
      (report as unknown as { reviews: object }).reviews = {};
      const { el } = await render(report);
      const blank = PATHS.filter((path) => !path.endsWith('.total'));
      expect(PATHS.filter((path) => cellAt(el, path).part.contains('blank'))).to.deep.equal(blank);
      expect(PATHS.filter((path) => cellAt(el, path).part.contains('computed'))).to.deep.equal(
        GROUPS.map((group) => `reviews.${group}.total`),
      );
      expect(GROUPS.map((group) => valueOf(cellAt(el, `reviews.${group}.total`)))).to.deep.equal(['0', '0', '0']);
      expect(el.findings.map((finding) => finding.rule)).to.deep.equal(['cell.blank', 'cell.blank', 'cell.blank', 'total.computed']);
      expect(el.findings.slice(0, 3).map((finding) => finding.cells.length)).to.deep.equal([4, 4, 4]);
      expect(markedPaths(el, 'invalid')).to.deep.equal([]);
    });

    it('marks a count that is not a whole number ≥ 0', async () => {
      const report = await loadFixture('000-yipingyuan-2023');
      report.reviews!.review.upheld = -1;
      report.reviews!.review.corrected = 1;
      const { el } = await render(report);
      expect(el.findings.map((finding) => finding.rule)).to.deep.equal(['cell.invalid']);
      expect(markedPaths(el, 'invalid')).to.deep.equal(['reviews.review.upheld']);
    });
  });

  describe('lang', () => {
    it('lang="en": English headers with the official Chinese beside them, English messages', async () => {
      const report = await loadFixture('001-huaian-city-2024');
      report.reviews!.review.total = 352;
      const { el } = await render(report, { lang: 'en' });
      const ths = Array.from(table(el).querySelectorAll('th'));
      expect(ths.length).to.equal(19);
      for (const th of ths) {
        const official = th.querySelector('.official');
        expect(official, trimmedText(th)).to.exist;
        expect(official!.getAttribute('lang')).to.equal('zh-CN');
        const english = trimmedText(th).slice(0, -trimmedText(official!).length);
        expect(english, trimmedText(th)).to.match(/^[A-Za-z]/);
      }
      expect(ths.map((th) => trimmedText(th.querySelector('.official')!))).to.deep.equal([
        '行政复议',
        '行政诉讼',
        ...REVIEW_RESULT_LABELS,
        '未经复议直接起诉',
        '复议后起诉',
        ...REVIEW_RESULT_LABELS,
        ...REVIEW_RESULT_LABELS,
      ]);
      expect(trimmedText(ths[0]!)).to.contain('Administrative review');
      const finding = el.findings.find((item) => item.rule === 'reviews.total')!;
      expect(finding.message).to.match(/^Administrative review/);
      expect(finding.message).not.to.match(/[\u4e00-\u9fff]/);
      expect(trimmedText(rootOf(el).querySelector('.findings-title')!)).to.contain('1 error');
      expect(trimmedText(table(el).caption!.querySelector('.title')!)).to.equal(
        'Administrative reviews and lawsuits concerning information disclosure',
      );
    });

    it('lang="en": a computed 总计 is announced as computed, in English', async () => {
      const report = await loadFixture('001-huaian-city-2024');
      report.reviews!.review.total = null;
      const { el } = await render(report, { lang: 'en' });
      const td = cellAt(el, 'reviews.review.total');
      expect(valueOf(td)).to.equal('351');
      expect(trimmedText(td.querySelector('.sr-only')!)).to.equal('(computed)');
      expect(trimmedText(td)).not.to.match(/[\u3000-\u303f\uff00-\uffef]/);
    });
  });

  describe('accessibility', () => {
    it('is accessible without findings (sample report)', async () => {
      const { el } = await render(await loadFixture('000-yipingyuan-2023'));
      expect(rootOf(el).querySelector('.findings .none')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('is accessible with findings shown (errors, a warning, a computed total)', async () => {
      const report = await loadFixture('001-huaian-city-2024');
      report.reviews!.review.total = 352;
      report.reviews!.litigationDirect.pending = null;
      report.reviews!.litigationAfterReview.total = null;
      const { el } = await render(report);
      expect(rootOf(el).querySelectorAll('.findings li').length).to.equal(4);
      await expect(el).to.be.accessible();
    });

    it('is accessible in English with findings shown', async () => {
      const report = await loadFixture('014-shuyang-fgj-2023');
      report.reviews!.review.total = 2;
      const { el } = await render(report, { lang: 'en' });
      await expect(el).to.be.accessible();
    });

    it('the scroll region is keyboard-focusable and labelled by the caption', async () => {
      const { el } = await render(await loadFixture('000-yipingyuan-2023'));
      const region = rootOf(el).querySelector<HTMLElement>('[role="region"]')!;
      expect(region.tabIndex).to.equal(0);
      region.focus();
      expect(rootOf(el).activeElement).to.equal(region);
    });
  });
});

runElementContract({
  tag: 'disclosure-review-table',
  tables: ['reviews'],
  sample: '001-huaian-city-2024',
  cell: {
    path: 'reviews.review.total',
    readings: Object.fromEntries(
      FIXTURE_NAMES.map((name) => [name, String(READINGS[name][PATHS.indexOf('reviews.review.total')])]),
    ) as Record<FixtureName, string>,
  },
  error: {
    change: (report) => {
      report.reviews!.review.total = 352;
    },
    rules: ['reviews.total'],
    invalid: CELLS.map((cell) => `reviews.review.${cell}`),
    shown: { path: 'reviews.review.total', text: '352' },
  },
  structural: {
    change: (report) => {
      report.reviews.review.upheld = '0';
      report.reviews.review.confirmed = 1;
    },
    paths: ['reviews.review.upheld', 'reviews.review.confirmed'],
  },
  printPage: 'a4 landscape',
});
