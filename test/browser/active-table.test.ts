// <disclosure-active-table> (表二) in headless Chromium: the exact grid of format.md §2.2, header
// association, the values of every shared real report as read (万元 with the decimals given),
// checks marked on their cells, English labels and axe; then the contract all elements share
// (suites/disclosure-element.suite.ts: sources, src, errors, events, checks, lang, ids, theming, print).
import { expect } from '@open-wc/testing';
import '../../src/active-table/define.js';
import type { DisclosureActiveTable } from '../../src/active-table/define.js';
import { ACTIVE_PATHS } from '../spec.js';
import { runElementContract } from './suites/disclosure-element.suite.js';
import {
  cellAt,
  describedBy,
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

// ---- the spec (format.md §2.2, report-json.md §2) and the readings (shared/reports/*.md)

const ITEM1 = '第二十条第（一）项';
const ITEM5 = '第二十条第（五）项';
const ITEM6 = '第二十条第（六）项';
const ITEM8 = '第二十条第（八）项';
const CONTENT = '信息内容';
const DECISIONS = '本年处理决定数量';
const FEE_AMOUNT = '本年收费金额（单位：万元）';
const DOCUMENT_COLUMNS = ['本年制发件数', '本年废止件数', '现行有效件数'];

/** Each `<tr>` as the figure of §2.2 draws it: [tag, label or data path, colspan, rowspan]. */
const SPEC_ROWS = [
  [['th', ITEM1, 4, 1]],
  [['th', CONTENT, 1, 1], ...DOCUMENT_COLUMNS.map((label) => ['th', label, 1, 1])],
  [['th', '规章', 1, 1], ...ACTIVE_PATHS.slice(0, 3).map((path) => ['td', path, 1, 1])],
  [['th', '行政规范性文件', 1, 1], ...ACTIVE_PATHS.slice(3, 6).map((path) => ['td', path, 1, 1])],
  [['th', ITEM5, 4, 1]],
  [
    ['th', CONTENT, 1, 1],
    ['th', DECISIONS, 3, 1],
  ],
  [
    ['th', '行政许可', 1, 1],
    ['td', 'active.licensing', 3, 1],
  ],
  [['th', ITEM6, 4, 1]],
  [
    ['th', CONTENT, 1, 1],
    ['th', DECISIONS, 3, 1],
  ],
  [
    ['th', '行政处罚', 1, 1],
    ['td', 'active.punishment', 3, 1],
  ],
  [
    ['th', '行政强制', 1, 1],
    ['td', 'active.compulsion', 3, 1],
  ],
  [['th', ITEM8, 4, 1]],
  [
    ['th', CONTENT, 1, 1],
    ['th', FEE_AMOUNT, 3, 1],
  ],
  [
    ['th', '行政事业性收费', 1, 1],
    ['td', 'active.fees', 3, 1],
  ],
];

/** The headers each data cell is announced with: band, column header, row header. */
const HEADER_PATHS: Record<string, string[]> = {
  'active.regulations.issued': [ITEM1, '本年制发件数', '规章'],
  'active.regulations.repealed': [ITEM1, '本年废止件数', '规章'],
  'active.regulations.inForce': [ITEM1, '现行有效件数', '规章'],
  'active.normativeDocuments.issued': [ITEM1, '本年制发件数', '行政规范性文件'],
  'active.normativeDocuments.repealed': [ITEM1, '本年废止件数', '行政规范性文件'],
  'active.normativeDocuments.inForce': [ITEM1, '现行有效件数', '行政规范性文件'],
  'active.licensing': [ITEM5, DECISIONS, '行政许可'],
  'active.punishment': [ITEM6, DECISIONS, '行政处罚'],
  'active.compulsion': [ITEM6, DECISIONS, '行政强制'],
  'active.fees': [ITEM8, FEE_AMOUNT, '行政事业性收费'],
};

/** Every number of 表二 as the reading of each report gives it, as shown (grouped; 万元 with its decimals). */
const READINGS: Record<FixtureName, string[]> = {
  '000-yipingyuan-2023': ['0', '0', '0', '0', '0', '0', '512', '0', '0', '0'],
  '001-huaian-city-2024': ['1', '0', '11', '8', '26', '66', '447,228', '3,985,758', '88,283', '96,171.6'],
  '005-hongze-district-2024': ['0', '0', '0', '3', '0', '8', '9,487', '2,776', '84', '7,545'],
  '012-pingtan-zone-2024': ['0', '0', '0', '62', '33', '440', '4,529', '1,100', '65', '18,651.06'],
  '014-shuyang-fgj-2023': ['0', '0', '0', '8', '0', '18', '0', '0', '0', '0'],
};

/** What one cell shows in each reading. */
const readingsAt = (path: string) =>
  Object.fromEntries(FIXTURE_NAMES.map((name) => [name, READINGS[name][ACTIVE_PATHS.indexOf(path)]!])) as Record<FixtureName, string>;

const render = (report: unknown, options: { lang?: string; checks?: string } = {}) =>
  renderElement<DisclosureActiveTable>('disclosure-active-table', report, options);

// ---- tests

describe('<disclosure-active-table>', () => {
  describe('grid (format.md §2.2)', () => {
    it('is 4 columns and 14 rows: four full-width 第二十条 bands, each with its 信息内容 row', async () => {
      const { el } = await render(await loadFixture('000-yipingyuan-2023'));
      const t = table(el);
      expect(t.rows.length).to.equal(14);
      expect(rowsOf(t)).to.deep.equal(SPEC_ROWS);

      const slots = gridOf(t, 4);
      const band = (label: string) => [label, label, label, label];
      const single = (label: string, path: string) => [label, `D:${path}`, `D:${path}`, `D:${path}`];
      expect(slotNames(slots)).to.deep.equal([
        band(ITEM1),
        [CONTENT, ...DOCUMENT_COLUMNS],
        ['规章', ...ACTIVE_PATHS.slice(0, 3).map((path) => `D:${path}`)],
        ['行政规范性文件', ...ACTIVE_PATHS.slice(3, 6).map((path) => `D:${path}`)],
        band(ITEM5),
        [CONTENT, DECISIONS, DECISIONS, DECISIONS],
        single('行政许可', 'active.licensing'),
        band(ITEM6),
        [CONTENT, DECISIONS, DECISIONS, DECISIONS],
        single('行政处罚', 'active.punishment'),
        single('行政强制', 'active.compulsion'),
        band(ITEM8),
        [CONTENT, FEE_AMOUNT, FEE_AMOUNT, FEE_AMOUNT],
        single('行政事业性收费', 'active.fees'),
      ]);
      // The bands and the 信息内容 rows are header cells; the row labels are row headers.
      expect(Array.from(t.querySelectorAll('th.band'), trimmedText)).to.deep.equal([ITEM1, ITEM5, ITEM6, ITEM8]);
      expect(Array.from(t.querySelectorAll('th.row'), trimmedText)).to.deep.equal([
        '规章',
        '行政规范性文件',
        '行政许可',
        '行政处罚',
        '行政强制',
        '行政事业性收费',
      ]);
    });

    it('announces each cell with its band, column and row header, all above it in its own band', async () => {
      const { el } = await render(await loadFixture('001-huaian-city-2024'));
      const slots = gridOf(table(el), 4);
      for (const [path, expected] of Object.entries(HEADER_PATHS)) {
        const td = cellAt(el, path);
        const row = slots.findIndex((cells) => cells.includes(td));
        const columns = slots[row]!.flatMap((cell, index) => (cell === td ? [index] : []));
        const ids = td.getAttribute('headers')!.split(' ');
        const ths = ids.map((id) => rootOf(el).getElementById(id)!);
        expect(
          ths.every((th) => th?.localName === 'th'),
          path,
        ).to.be.true;
        expect(ths.map(trimmedText), path).to.deep.equal(expected);
        for (const th of ths) {
          expect(th.closest('tbody'), `${trimmedText(th)} is in the band of ${path}`).to.equal(td.closest('tbody'));
          const thRows = slots.flatMap((cells, index) => (cells.includes(th as HTMLTableCellElement) ? [index] : []));
          const thColumns = slots.flatMap((cells) => cells.flatMap((cell, index) => (cell === th ? [index] : [])));
          const sameRow = thRows.includes(row);
          const coversColumns = thRows.every((index) => index < row) && columns.every((column) => thColumns.includes(column));
          expect(sameRow || coversColumns, `${trimmedText(th)} heads ${path}`).to.be.true;
        }
      }
    });

    it('puts data-path on every data cell; 表二 has no totals', async () => {
      const { el } = await render(await loadFixture('001-huaian-city-2024'));
      expect(Array.from(rootOf(el).querySelectorAll<HTMLElement>('td'), (td) => td.dataset.path)).to.deep.equal(ACTIVE_PATHS);
      expect(markedPaths(el, 'total')).to.deep.equal([]);
    });

    it('has a caption with the table title, agency and year', async () => {
      const { el } = await render(await loadFixture('001-huaian-city-2024'));
      const caption = table(el).caption!;
      expect(trimmedText(caption.querySelector('.title')!)).to.equal('主动公开政府信息情况');
      expect(trimmedText(caption)).to.contain('淮安市人民政府').and.to.contain('2024');
    });
  });

  describe('real reports', () => {
    for (const name of FIXTURE_NAMES) {
      it(`${name}: shows the values of its reading, without findings`, async () => {
        const { el, checks } = await render(await loadFixture(name));
        expect(ACTIVE_PATHS.map((path) => valueOf(cellAt(el, path)))).to.deep.equal(READINGS[name]);
        expect(el.findings).to.deep.equal([]);
        expect(checks.length).to.equal(1);
        expect(checks[0]!.detail.findings).to.deep.equal([]);
        expect(trimmedText(rootOf(el).querySelector('.findings')!)).to.contain('未发现问题');
      });
    }

    it('shows a 万元 amount with exactly the decimals it was given', async () => {
      for (const [fees, shown] of [
        [0.05, '0.05'],
        [1234.5, '1,234.5'],
        [12.125, '12.125'],
        [18651.06, '18,651.06'],
        [7545, '7,545'],
      ] as const) {
        const report = await loadFixture('000-yipingyuan-2023');
        report.active!.fees = fees;
        const { el } = await render(report);
        expect(valueOf(cellAt(el, 'active.fees')), String(fees)).to.equal(shown);
        expect(el.findings).to.deep.equal([]);
      }
    });
  });

  describe('checks', () => {
    it('warns about blank cells, on those cells, naming their row and column', async () => {
      const report = await loadFixture('012-pingtan-zone-2024');
      report.active!.normativeDocuments.repealed = null;
      report.active!.licensing = null;
      const { el, checks } = await render(report);
      expect(markedPaths(el, 'warning')).to.deep.equal(['active.normativeDocuments.repealed', 'active.licensing']);
      expect(markedPaths(el, 'blank')).to.deep.equal(['active.normativeDocuments.repealed', 'active.licensing']);
      expect(markedPaths(el, 'invalid')).to.deep.equal([]);
      expect(valueOf(cellAt(el, 'active.licensing'))).to.equal('');
      expect(trimmedText(cellAt(el, 'active.licensing'))).to.equal('未填报');

      const [documents, licensing] = el.findings;
      expect(el.findings.map((finding) => finding.rule)).to.deep.equal(['cell.blank', 'cell.blank']);
      expect(documents!.cells).to.deep.equal(['active.normativeDocuments.repealed']);
      expect(documents!.message).to.contain('行政规范性文件').and.to.contain('本年废止件数');
      expect(licensing!.message).to.contain('行政许可');
      expect(describedBy(el, cellAt(el, 'active.licensing')).map((li) => li.textContent)).to.satisfy(
        (texts: string[]) => texts.length === 1 && texts[0]!.includes(licensing!.message),
      );
      expect(checks[0]!.detail.findings).to.deep.equal(el.findings);
    });

    it('an empty 表二 shows nine blank cells, with one warning per row', async () => {
      const report = await loadFixture('000-yipingyuan-2023');
      (report as unknown as { active: object }).active = {};
      const { el } = await render(report);
      expect(markedPaths(el, 'blank')).to.deep.equal(ACTIVE_PATHS);
      expect(markedPaths(el, 'warning')).to.deep.equal(ACTIVE_PATHS);
      expect(el.findings.map((finding) => [finding.rule, finding.cells.length])).to.deep.equal([
        ['cell.blank', 3],
        ['cell.blank', 3],
        ['cell.blank', 1],
        ['cell.blank', 1],
        ['cell.blank', 1],
        ['cell.blank', 1],
      ]);
      expect(el.findings[5]!.message).to.contain('行政事业性收费');
    });

    it('marks a negative or fractional count and a negative amount as errors on their cells', async () => {
      const report = await loadFixture('001-huaian-city-2024');
      report.active!.regulations.inForce = -1;
      report.active!.punishment = 2.5;
      report.active!.fees = -3.2;
      const { el } = await render(report);
      expect(markedPaths(el, 'invalid')).to.deep.equal(['active.regulations.inForce', 'active.punishment', 'active.fees']);
      expect(el.findings.map((finding) => [finding.rule, finding.severity, finding.cells.join()])).to.deep.equal([
        ['cell.invalid', 'error', 'active.regulations.inForce'],
        ['cell.invalid', 'error', 'active.punishment'],
        ['cell.invalid', 'error', 'active.fees'],
      ]);
      expect(el.findings[1]!.message).to.contain('行政处罚');
      expect(el.findings[2]!.message).to.contain('行政事业性收费').and.to.contain('金额');
      for (const finding of el.findings) {
        const items = describedBy(el, cellAt(el, finding.cells[0]!));
        expect(items.map((li) => li.dataset.rule)).to.deep.equal(['cell.invalid']);
        expect(items[0]!.textContent).to.contain(finding.message);
      }
      expect(valueOf(cellAt(el, 'active.fees'))).to.equal('-3.2');
    });
  });

  describe('lang', () => {
    it('lang="en": English labels with the official Chinese beside them; English messages; same numbers', async () => {
      const report = await loadFixture('001-huaian-city-2024');
      report.active!.licensing = null;
      const { el } = await render(report, { lang: 'en' });
      const ths = Array.from(table(el).querySelectorAll('th'));
      for (const th of ths) {
        const official = th.querySelector('.official');
        expect(official, trimmedText(th)).to.exist;
        expect(official!.getAttribute('lang')).to.equal('zh-CN');
        expect(trimmedText(th).slice(0, -trimmedText(official!).length), trimmedText(th)).to.match(/^[A-Za-z]/);
      }
      expect(ths.map((th) => trimmedText(th.querySelector('.official')!))).to.deep.equal(
        SPEC_ROWS.flatMap((row) => row.filter((cell) => cell[0] === 'th').map((cell) => cell[1])),
      );
      expect(trimmedText(ths[0]!)).to.contain('Article 20, item (1)');
      expect(
        Array.from(table(el).querySelectorAll('th.band'), (th) =>
          trimmedText(th).slice(0, -trimmedText(th.querySelector('.official')!).length),
        ),
      ).to.deep.equal(['Article 20, item (1)', 'Article 20, item (5)', 'Article 20, item (6)', 'Article 20, item (8)']);
      expect(ths.some((th) => trimmedText(th).startsWith('Fees collected this year (unit: 10,000 yuan)'))).to.be.true;
      expect(valueOf(cellAt(el, 'active.fees'))).to.equal('96,171.6');
      expect(valueOf(cellAt(el, 'active.punishment'))).to.equal('3,985,758');
      expect(el.findings[0]!.message).to.contain('Administrative licensing');
      expect(el.findings[0]!.message).not.to.match(/[\u4e00-\u9fff]/);
      expect(trimmedText(cellAt(el, 'active.licensing'))).to.equal('not reported');
    });
  });

  describe('accessibility', () => {
    it('is accessible without findings', async () => {
      const { el } = await render(await loadFixture('012-pingtan-zone-2024'));
      await expect(el).to.be.accessible();
    });

    it('is accessible with findings shown, in Chinese and in English', async () => {
      const report = await loadFixture('001-huaian-city-2024');
      report.active!.fees = -1;
      report.active!.regulations.issued = null;
      for (const lang of ['zh-CN', 'en']) {
        const { el } = await render(report, { lang });
        expect(rootOf(el).querySelectorAll('.findings li').length).to.equal(2);
        await expect(el).to.be.accessible();
      }
    });
  });
});

runElementContract({
  tag: 'disclosure-active-table',
  tables: ['active'],
  sample: '001-huaian-city-2024',
  cell: { path: 'active.punishment', readings: readingsAt('active.punishment') },
  error: {
    change: (report) => {
      report.active!.compulsion = -1;
    },
    rules: ['cell.invalid'],
    invalid: ['active.compulsion'],
    shown: { path: 'active.compulsion', text: '-1' },
  },
  structural: {
    change: (report) => {
      report.active.licensing = '512';
      report.active.purchases = 3;
    },
    paths: ['active.licensing', 'active.purchases'],
  },
  printPage: 'a4 landscape',
});
