// <disclosure-report> in headless Chromium: title, the six official sections in order, prose as
// text only, the three tables in their sections with the values of every shared real report, the
// summary of findings (counts, links that focus their cell), findings = the three tables' findings,
// the summary under silent/off, lang, a phone-width layout and axe; then the contract all elements
// share (suites/disclosure-element.suite.ts: sources, src, errors, events, checks, lang, ids, theming, print).
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../src/report/define.js';
import '../../src/active-table/define.js';
import '../../src/application-table/define.js';
import '../../src/review-table/define.js';
import type { DisclosureReport } from '../../src/report/define.js';
import type { Finding } from '../../src/check/findings.js';
import { runElementContract } from './suites/disclosure-element.suite.js';
import { cellAt, loadFixture, markedPaths, printPageSize, renderElement, rootOf, trimmedText, valueOf } from '../helpers/browser.js';
import { FIXTURE_NAMES, type FixtureName } from '../helpers/fixture-names.js';

// ---- the spec (format.md §2.1) and the readings (shared/reports/*.md)

const SECTION_HEADINGS = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];
const SECTION_TABLES = [null, 'active', 'applications', 'reviews', null, null];

/** A few numbers of each table per reading: 行政事业性收费, 行政处罚, 一 总计, （七）总计 总计, 四 总计, the three 表四 总计. */
const READING_CELLS = [
  'active.fees',
  'active.punishment',
  'applications.received.total',
  'applications.results.total.total',
  'applications.carriedForward.total',
  'reviews.review.total',
  'reviews.litigationDirect.total',
  'reviews.litigationAfterReview.total',
];
const READINGS: Record<FixtureName, string[]> = {
  '000-yipingyuan-2023': ['0', '0', '0', '0', '0', '0', '0', '0'],
  '001-huaian-city-2024': ['96,171.6', '3,985,758', '3,119', '3,050', '103', '351', '26', '20'],
  '005-hongze-district-2024': ['7,545', '2,776', '95', '95', '0', '2', '1', '3'],
  '012-pingtan-zone-2024': ['18,651.06', '1,100', '218', '218', '0', '7', '0', '19'],
  '014-shuyang-fgj-2023': ['0', '0', '26', '26', '0', '1', '0', '0'],
};
/** The summary's counts, from the readings' "findings expected" and blank cells. */
const SUMMARY_COUNTS: Record<FixtureName, string> = {
  '000-yipingyuan-2023': '22 个警告、1 条提示', // 21 blank result rows and 四; one computed-totals note
  '001-huaian-city-2024': '未发现问题',
  '005-hongze-district-2024': '未发现问题',
  '012-pingtan-zone-2024': '未发现问题',
  '014-shuyang-fgj-2023': '24 个警告、1 条提示', // five blank columns in the 24 rows that are not （七）总计
};

// ---- DOM helpers

const sections = (el: HTMLElement) => Array.from(rootOf(el).querySelectorAll<HTMLElement>('article > section'));
const sectionHeading = (section: Element) => section.querySelector('h1, h2, h3, h4, h5, h6')!;
const summary = (el: HTMLElement) => rootOf(el).querySelector<HTMLElement>('[part="summary"]');
const summaryTitle = (el: HTMLElement) => trimmedText(summary(el)!.querySelector('.summary-title')!);

const render = (report: unknown, options: { lang?: string; checks?: string; headingLevel?: number } = {}) =>
  renderElement<DisclosureReport>('disclosure-report', report, options);

/** The findings the three table elements give for the same report, in the report's table order. */
async function tableFindings(report: unknown, lang?: string): Promise<Finding[]> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang ?? nothing}>
    <disclosure-active-table .report=${report}></disclosure-active-table>
    <disclosure-application-table .report=${report}></disclosure-application-table>
    <disclosure-review-table .report=${report}></disclosure-review-table>
  </div>`);
  const elements = [
    wrapper.querySelector('disclosure-active-table')!,
    wrapper.querySelector('disclosure-application-table')!,
    wrapper.querySelector('disclosure-review-table')!,
  ];
  await Promise.all(elements.map((element) => element.updateComplete));
  return elements.flatMap((element) => [...element.findings]);
}

declare global {
  interface Window {
    __disclosureXss?: string;
  }
}

// ---- tests

describe('<disclosure-report>', () => {
  describe('document', () => {
    it('titles the report 「{agency}{year}年政府信息公开工作年度报告」 when no title is given', async () => {
      const report = await loadFixture('000-yipingyuan-2023');
      expect(report.title).to.equal(undefined);
      const { el } = await render(report);
      const title = rootOf(el).querySelector('article > h2')!;
      // The agency isolated for bidirectional text (FSI … PDI), so that its own direction cannot reorder the year.
      expect(trimmedText(title)).to.equal('\u2068一平垣乡人民政府\u20692023年政府信息公开工作年度报告');
      expect(rootOf(el).querySelector('article')!.getAttribute('aria-labelledby')).to.equal(title.id);
    });

    it('uses the given title, and shows the publication date', async () => {
      const { el } = await render(await loadFixture('012-pingtan-zone-2024'));
      expect(trimmedText(rootOf(el).querySelector('article > h2')!)).to.equal('平潭综合实验区2024年度政府信息公开工作年度报告');
      expect(trimmedText(rootOf(el).querySelector('.published')!)).to.contain('2025-03-10');
    });

    it('has the six official section headings, in order, verbatim, one level below the title', async () => {
      const { el } = await render(await loadFixture('001-huaian-city-2024'));
      const list = sections(el);
      expect(list.map((section) => trimmedText(sectionHeading(section)))).to.deep.equal(SECTION_HEADINGS);
      for (const section of list) {
        expect(sectionHeading(section).localName).to.equal('h3');
        expect(section.part.contains('section')).to.be.true;
        expect(section.getAttribute('aria-labelledby')).to.equal(sectionHeading(section).id);
      }
    });

    it('heading-level sets the title level; sections follow one level below', async () => {
      const { el } = await render(await loadFixture('001-huaian-city-2024'), { headingLevel: 1 });
      expect(rootOf(el).querySelector('article > h1')).to.exist;
      expect(sections(el).map((section) => sectionHeading(section).localName)).to.deep.equal(Array(6).fill('h2'));
      el.headingLevel = 4;
      await el.updateComplete;
      expect(rootOf(el).querySelector('article > h4')).to.exist;
      expect(sections(el).map((section) => sectionHeading(section).localName)).to.deep.equal(Array(6).fill('h5'));
    });

    it('puts each table in its section and no table in the prose sections', async () => {
      const { el } = await render(await loadFixture('000-yipingyuan-2023'));
      sections(el).forEach((section, index) => {
        const tables = Array.from(section.querySelectorAll('table'));
        const expected = SECTION_TABLES[index];
        expect(tables.length, SECTION_HEADINGS[index]).to.equal(expected ? 1 : 0);
        if (expected) expect(tables[0]!.classList.contains(expected)).to.be.true;
      });
      expect(rootOf(el).querySelectorAll('td[data-path]').length).to.equal(10 + 175 + 15);
    });

    it('shows the prose of 一、五、六 as plain paragraphs, one per line', async () => {
      const report = await loadFixture('000-yipingyuan-2023');
      const { el } = await render(report);
      const list = sections(el);
      const paragraphs = (index: number) => Array.from(list[index]!.querySelectorAll('.prose p'), (p) => p.textContent);
      const lines = (value: string) => value.split('\n').filter((line) => line.trim());
      expect(paragraphs(0)).to.deep.equal(lines(report.sections!.overview!));
      expect(paragraphs(0).length).to.equal(6);
      expect(paragraphs(0)[0]).to.equal('（一）以组织领导为保障，统筹政务公开事宜');
      expect(paragraphs(4)).to.deep.equal(lines(report.sections!.problems!));
      expect(paragraphs(5)).to.deep.equal(['无']);
    });

    it('treats CRLF and empty lines in prose as paragraph breaks only', async () => {
      const report = await loadFixture('001-huaian-city-2024');
      report.sections = { overview: '第一段。\r\n\r\n  \r\n第二段。\n', other: '   ' };
      const { el } = await render(report);
      expect(Array.from(sections(el)[0]!.querySelectorAll('.prose p'), (p) => p.textContent)).to.deep.equal(['第一段。', '第二段。']);
      expect(trimmedText(sections(el)[5]!.querySelector('.missing')!)).to.equal('本报告未提供此部分内容。');
    });

    it('says so where a report gives no prose or no table', async () => {
      const report = await loadFixture('001-huaian-city-2024');
      delete report.reviews;
      const { el } = await render(report);
      const list = sections(el);
      for (const index of [0, 4, 5]) expect(trimmedText(list[index]!.querySelector('.missing')!)).to.equal('本报告未提供此部分内容。');
      expect(list[3]!.querySelector('table')).to.equal(null);
      expect(trimmedText(list[3]!.querySelector('.missing')!)).to.equal('本报告未提供此表');
      expect(el.findings.some((finding) => finding.table === 'reviews')).to.be.false;
    });

    it('renders markup in prose, agency and title as text, never as elements', async () => {
      delete window.__disclosureXss;
      const script = '<script>window.__disclosureXss = "script"</script>';
      const img = '<img src=x onerror="window.__disclosureXss = \'img\'">';
      const report = await loadFixture('000-yipingyuan-2023');
      report.agency = `${img}乡人民政府`;
      report.title = `${script}${img}年度报告`;
      report.sections = {
        overview: `${script}\n${img}`,
        problems: `问题<b>加粗</b>${img}`,
        other: `<iframe src="javascript:window.__disclosureXss='iframe'"></iframe>`,
      };
      const { el } = await render(report);
      // A sleep on purpose: it gives injected scripts, images and frames time to run; nothing may happen.
      await aTimeout(200);
      const root = rootOf(el);
      expect(root.querySelectorAll('img, script, iframe, b').length).to.equal(0);
      expect(el.children.length).to.equal(0);
      expect(window.__disclosureXss).to.equal(undefined);
      expect(trimmedText(root.querySelector('article > h2')!)).to.equal(report.title);
      const list = sections(el);
      expect(Array.from(list[0]!.querySelectorAll('.prose p'), (p) => p.textContent)).to.deep.equal([script, img]);
      expect(list[4]!.querySelector('.prose p')!.textContent).to.equal(report.sections.problems);
      expect(list[5]!.querySelector('.prose p')!.textContent).to.equal(report.sections.other);
      expect(trimmedText(root.querySelector('caption .subtitle')!)).to.contain(img);

      // The default title is built from the agency: still text.
      delete report.title;
      el.report = structuredClone(report);
      await el.updateComplete;
      // A sleep on purpose, as above: nothing may happen.
      await aTimeout(100);
      expect(trimmedText(root.querySelector('article > h2')!)).to.equal(`\u2068${img}乡人民政府\u20692023年政府信息公开工作年度报告`);
      expect(root.querySelectorAll('img, script, iframe').length).to.equal(0);
      expect(window.__disclosureXss).to.equal(undefined);
    });
  });

  describe('real reports', () => {
    for (const name of FIXTURE_NAMES) {
      it(`${name}: shows the values of its reading in its three tables`, async () => {
        const { el } = await render(await loadFixture(name));
        expect(READING_CELLS.map((path) => valueOf(cellAt(el, path)))).to.deep.equal(READINGS[name]);
        expect(sections(el)[3]!.querySelectorAll('td[data-path^="reviews."]').length).to.equal(15);
        expect(markedPaths(el, 'invalid')).to.deep.equal([]);
        expect(summaryTitle(el)).to.equal(`核对摘要：${SUMMARY_COUNTS[name]}`);
      });

      it(`${name}: findings are the three tables’ findings, in order`, async () => {
        const report = await loadFixture(name);
        report.reviews!.litigationDirect.total! += 2;
        report.applications!.received.naturalPerson! += 1;
        report.active!.licensing = null;
        const { el, checks } = await render(report);
        const expected = await tableFindings(report);
        expect(expected.length).to.be.greaterThan(2);
        expect(el.findings).to.deep.equal(expected);
        expect(checks.length).to.equal(1);
        expect(checks[0]!.detail.findings).to.deep.equal(expected);
      });
    }

    it('a wrong 表四 total is marked on its five cells inside the report', async () => {
      const report = await loadFixture('005-hongze-district-2024');
      report.reviews!.review.total = 3;
      const { el } = await render(report);
      expect(markedPaths(el, 'invalid')).to.deep.equal(
        ['upheld', 'corrected', 'other', 'pending', 'total'].map((key) => `reviews.review.${key}`),
      );
      const finding = el.findings.find((item) => item.rule === 'reviews.total')!;
      expect(finding.message).to.contain('行政复议');
      const td = cellAt(el, 'reviews.review.total');
      const described = rootOf(el).getElementById(td.getAttribute('aria-describedby')!)!;
      expect(described.textContent).to.contain(finding.message);
      expect(described.closest('section[part="section"]')).to.equal(sections(el)[3]);
      expect(summaryTitle(el)).to.equal('核对摘要：1 个错误');
    });

    it('findings in English are the three tables’ English findings', async () => {
      const report = await loadFixture('000-yipingyuan-2023');
      report.reviews!.review.total = 1;
      const { el } = await render(report, { lang: 'en' });
      expect(el.findings).to.deep.equal(await tableFindings(report, 'en'));
      expect(el.findings.some((finding) => finding.message.startsWith('Administrative review'))).to.be.true;
    });
  });

  describe('summary', () => {
    it('counts findings by severity and lists each one as a link to its cell', async () => {
      const { el } = await render(await loadFixture('000-yipingyuan-2023'));
      const nav = summary(el)!;
      expect(nav.localName).to.equal('nav');
      expect(
        nav.compareDocumentPosition(sections(el)[0]!) & Node.DOCUMENT_POSITION_FOLLOWING,
        'the summary comes before the sections',
      ).to.be.greaterThan(0);
      const items = Array.from(nav.querySelectorAll<HTMLElement>('li[data-index]'));
      expect(items.length).to.equal(el.findings.length);
      expect(items.filter((li) => li.classList.contains('warning')).length).to.equal(22);
      expect(items.filter((li) => li.classList.contains('info')).length).to.equal(1);
      // Errors first, then warnings, then notes; each item names its finding.
      expect(new Set(items.map((li) => Number(li.dataset.index))).size).to.equal(el.findings.length);
      items.forEach((li) => {
        const finding = el.findings[Number(li.dataset.index)]!;
        const link = li.querySelector('a')!;
        expect(trimmedText(link)).to.contain(finding.message);
        const target = rootOf(el).getElementById(link.getAttribute('href')!.slice(1));
        expect(target?.localName, finding.message).to.equal('td');
        expect(target!.dataset.path).to.equal(finding.cells[0]);
      });
    });

    it('a summary link scrolls to and focuses its cell', async () => {
      const report = await loadFixture('001-huaian-city-2024');
      report.reviews!.litigationAfterReview.total = 21;
      report.applications!.results.granted.legalService = 49;
      const { el } = await render(report);
      const hash = location.hash;
      const links = Array.from(summary(el)!.querySelectorAll<HTMLAnchorElement>('li[data-index] a'));
      expect(links.length).to.equal(el.findings.length);
      for (const link of links) {
        const path = el.findings[Number(link.closest<HTMLElement>('li')!.dataset.index)]!.cells[0]!;
        window.scrollTo(0, 0);
        link.click();
        const active = rootOf(el).activeElement as HTMLElement | null;
        expect(active?.localName, path).to.equal('td');
        expect(active!.dataset.path).to.equal(path);
        await waitUntil(() => {
          const rect = active!.getBoundingClientRect();
          return rect.top >= 0 && rect.bottom <= window.innerHeight;
        }, `${path} is scrolled into view`);
      }
      expect(location.hash).to.equal(hash);
      expect(links.some((link) => link.textContent!.includes('复议后起诉'))).to.be.true;
    });

    it('a link to a computed total focuses that cell too', async () => {
      const { el } = await render(await loadFixture('000-yipingyuan-2023'));
      const index = el.findings.findIndex((finding) => finding.rule === 'total.computed');
      const link = summary(el)!.querySelector<HTMLAnchorElement>(`li[data-index="${index}"] a`)!;
      link.click();
      expect((rootOf(el).activeElement as HTMLElement).dataset.path).to.equal(el.findings[index]!.cells[0]);
    });

    it('focusCell() focuses a cell by path and says whether it exists', async () => {
      const { el } = await render(await loadFixture('012-pingtan-zone-2024'));
      expect(el.focusCell('active.fees')).to.be.true;
      expect((rootOf(el).activeElement as HTMLElement).dataset.path).to.equal('active.fees');
      expect(el.focusCell('reviews.nothing.here')).to.be.false;
    });
  });

  describe('checks', () => {
    it('checks="silent": no summary, though the findings are there', async () => {
      const report = await loadFixture('001-huaian-city-2024');
      report.reviews!.review.total = 350;
      const { el } = await render(report, { checks: 'silent' });
      expect(el.findings.length).to.equal(1);
      expect(summary(el)).to.equal(null);
    });

    it('switching checks re-renders the summary and the marks', async () => {
      const report = await loadFixture('001-huaian-city-2024');
      report.reviews!.review.total = 350;
      const { el, checks } = await render(report);
      expect(summaryTitle(el)).to.equal('核对摘要：1 个错误');
      el.checks = 'off';
      await el.updateComplete;
      expect(summary(el)).to.equal(null);
      expect(markedPaths(el, 'invalid')).to.deep.equal([]);
      expect(el.findings).to.deep.equal([]);
      el.setAttribute('checks', 'show');
      await el.updateComplete;
      expect(summaryTitle(el)).to.equal('核对摘要：1 个错误');
      expect(markedPaths(el, 'invalid').length).to.equal(5);
      expect(checks.length).to.equal(2);
    });

    it('checks="off": no summary', async () => {
      const report = await loadFixture('001-huaian-city-2024');
      report.reviews!.review.total = 350;
      const { el } = await render(report, { checks: 'off' });
      expect(summary(el)).to.equal(null);
    });
  });

  describe('lang', () => {
    it('lang="en": English headings with the official Chinese beside them, English summary and messages', async () => {
      const report = await loadFixture('000-yipingyuan-2023');
      const { el } = await render(report, { lang: 'en' });
      const title = rootOf(el).querySelector('article > h2')!;
      expect(trimmedText(title.querySelector('.official')!)).to.equal('\u2068一平垣乡人民政府\u20692023年政府信息公开工作年度报告');
      expect(title.querySelector('.official')!.getAttribute('lang')).to.equal('zh-CN');
      expect(trimmedText(title)).to.equal(
        '\u2068一平垣乡人民政府\u2069: annual report on government information disclosure, 2023\u2068一平垣乡人民政府\u20692023年政府信息公开工作年度报告',
      );
      const headings = sections(el).map(sectionHeading);
      headings.forEach((heading, index) => {
        const official = heading.querySelector('.official');
        expect(official, `official heading beside ${trimmedText(heading)}`).to.exist;
        expect(official!.getAttribute('lang')).to.equal('zh-CN');
        expect(trimmedText(official!)).to.equal(SECTION_HEADINGS[index]);
        expect(trimmedText(heading)).to.match(new RegExp(`^${index + 1}\\. [A-Z]`));
      });
      expect(summaryTitle(el)).to.equal('Check summary: 22 warnings, 1 note');
      for (const finding of el.findings) expect(finding.message, finding.message).not.to.match(/[\u4e00-\u9fff]/);
      expect(trimmedText(sections(el)[5]!.querySelector('.prose p')!)).to.equal('无');
    });

    it('lang="en": a given title stays as given', async () => {
      const { el } = await render(await loadFixture('012-pingtan-zone-2024'), { lang: 'en' });
      const title = rootOf(el).querySelector('article > h2')!;
      expect(trimmedText(title)).to.equal('平潭综合实验区2024年度政府信息公开工作年度报告');
      expect(title.querySelector('.official')).to.equal(null);
    });

    it('a change of lang re-renders and re-checks', async () => {
      const { el, checks } = await render(await loadFixture('000-yipingyuan-2023'));
      expect(summaryTitle(el)).to.equal('核对摘要：22 个警告、1 条提示');
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(summaryTitle(el)).to.equal('Check summary: 22 warnings, 1 note');
      expect(checks.length).to.equal(2);
      expect(checks[1]!.detail.findings[0]!.message).not.to.match(/[\u4e00-\u9fff]/);
    });
  });

  describe('layout', () => {
    it('fits a phone-width column: the text wraps and the wide tables scroll inside their own region', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 360px">
        <disclosure-report .report=${await loadFixture('001-huaian-city-2024')}></disclosure-report>
      </div>`);
      const el = wrapper.querySelector('disclosure-report')!;
      await el.updateComplete;
      expect(wrapper.scrollWidth, 'nothing sticks out of the 360px column').to.be.at.most(360);
      const regions = Array.from(rootOf(el).querySelectorAll<HTMLElement>('[role="region"]'));
      expect(regions.length).to.equal(3);
      for (const region of regions) expect(region.getBoundingClientRect().width).to.be.at.most(360);
      const applications = regions[1]!;
      expect(applications.scrollWidth, '表三 is wider than a phone and scrolls').to.be.greaterThan(applications.clientWidth);
      expect(applications.tabIndex).to.equal(0);
    });

    it('on a phone, a summary link scrolls its table sideways to show the cell', async () => {
      const report = await loadFixture('001-huaian-city-2024');
      report.applications!.carriedForward.total = 104; // 总计 column: 3,119 + 34 ≠ 3,050 + 104
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 360px"><disclosure-report .report=${report}></disclosure-report></div>`,
      );
      const el = wrapper.querySelector('disclosure-report')!;
      await el.updateComplete;
      const index = el.findings.findIndex((finding) => finding.rule === 'applications.balance');
      expect(el.findings[index]!.cells[0]).to.equal('applications.received.total');
      const region = rootOf(el).querySelectorAll<HTMLElement>('[role="region"]')[1]!;
      expect(region.scrollLeft).to.equal(0);
      summary(el)!.querySelector<HTMLAnchorElement>(`li[data-index="${index}"] a`)!.click();
      const cell = rootOf(el).activeElement as HTMLElement;
      expect(cell.dataset.path).to.equal('applications.received.total');
      await waitUntil(() => {
        const box = region.getBoundingClientRect();
        const rect = cell.getBoundingClientRect();
        return rect.left >= box.left - 1 && rect.right <= box.right + 1 && rect.top >= 0 && rect.bottom <= window.innerHeight;
      }, 'the 总计 cell is visible in its scrolled region');
      expect(region.scrollLeft).to.be.greaterThan(0);
    });
  });

  describe('tables', () => {
    it('styles each table as its own element does (bands, 信息内容, the 表三 stub, 表四 headers)', async () => {
      const report = await loadFixture('001-huaian-city-2024');
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px">
        <disclosure-report .report=${report}></disclosure-report>
        <disclosure-active-table .report=${report}></disclosure-active-table>
        <disclosure-application-table .report=${report}></disclosure-application-table>
        <disclosure-review-table .report=${report}></disclosure-review-table>
      </div>`);
      const [el, ...tables] = Array.from(wrapper.children) as DisclosureReport[];
      await Promise.all([el!, ...tables].map((element) => element.updateComplete));
      const properties = ['background-color', 'text-align', 'font-weight', 'min-width', 'max-width', 'width'] as const;
      const look = (th: Element) =>
        properties.map((property) => `${property}: ${getComputedStyle(th).getPropertyValue(property)}`).join('; ');
      for (const [index, name] of ['active', 'applications', 'reviews'].entries()) {
        const inReport = Array.from(rootOf(el!).querySelectorAll(`table.${name} th`));
        const alone = Array.from(rootOf(tables[index]!).querySelectorAll(`table.${name} th`));
        expect(inReport.length).to.equal(alone.length);
        inReport.forEach((th, at) => expect(look(th), `${name}: ${trimmedText(th)}`).to.equal(look(alone[at]!)));
      }
    });
  });

  describe('theming', () => {
    it('takes --disclosure-* custom properties and ::part() styles from the page', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <style>
          .themed::part(summary) {
            border-color: rgb(7, 8, 9);
          }
        </style>
        <disclosure-report
          class="themed"
          style="--disclosure-report-max-width: 300px; --disclosure-border-color: rgb(1, 2, 3)"
          .report=${await loadFixture('000-yipingyuan-2023')}
        ></disclosure-report>
      </div>`);
      const el = wrapper.querySelector('disclosure-report')!;
      await el.updateComplete;
      expect(getComputedStyle(rootOf(el).querySelector('article')!).maxWidth).to.equal('300px');
      expect(getComputedStyle(cellAt(el, 'reviews.review.total')).borderTopColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(summary(el)!).borderTopColor).to.equal('rgb(7, 8, 9)');
    });
  });

  describe('print', () => {
    it('prints 表三 and 表四 on A4 landscape pages (the text on A4 portrait pages: see the contract)', async () => {
      const { el } = await render(await loadFixture('001-huaian-city-2024'));
      const list = sections(el);
      expect(printPageSize(list[2]!), '表三').to.equal('a4 landscape');
      expect(printPageSize(list[3]!), '表四').to.equal('a4 landscape');
    });
  });

  describe('accessibility', () => {
    it('is accessible with findings shown', async () => {
      const report = await loadFixture('000-yipingyuan-2023');
      report.reviews!.review.total = 1;
      const { el } = await render(report);
      expect(summary(el)!.querySelectorAll('li[data-index]').length).to.equal(24);
      await expect(el).to.be.accessible();
    });

    it('is accessible when checks find nothing', async () => {
      const { el } = await render(await loadFixture('012-pingtan-zone-2024'));
      expect(summaryTitle(el)).to.equal('核对摘要：未发现问题');
      await expect(el).to.be.accessible();
    });

    it('is accessible without findings shown (checks="silent"), and in English', async () => {
      const silent = await render(await loadFixture('000-yipingyuan-2023'), { checks: 'silent' });
      await expect(silent.el).to.be.accessible();
      const english = await render(await loadFixture('005-hongze-district-2024'), { lang: 'en', checks: 'silent' });
      await expect(english.el).to.be.accessible();
    });
  });
});

runElementContract({
  tag: 'disclosure-report',
  tables: ['active', 'applications', 'reviews'],
  sample: '001-huaian-city-2024',
  cell: {
    path: 'applications.received.total',
    readings: Object.fromEntries(
      FIXTURE_NAMES.map((name) => [name, READINGS[name][READING_CELLS.indexOf('applications.received.total')]!]),
    ) as Record<FixtureName, string>,
  },
  error: {
    change: (report) => {
      report.reviews!.review.total = 350;
    },
    rules: ['reviews.total'],
    invalid: ['upheld', 'corrected', 'other', 'pending', 'total'].map((key) => `reviews.review.${key}`),
    shown: { path: 'reviews.review.total', text: '350' },
  },
  structural: {
    change: (report) => {
      report.year = '2023';
      report.sections = { ...report.sections, summary: '…' };
    },
    paths: ['year', 'sections.summary'],
  },
  printPage: /^a4( portrait)?$/,
});
