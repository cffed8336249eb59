// Print and forced colours, with the page really switched to those media (DevTools emulation
// through the `disclosure-emulate-media` command of scripts/build-test-deps.mjs): findings must stay
// visible without colour, and nothing may be cut off on paper.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/application-table/define.js';
import '../../src/report/define.js';
import type { DisclosureApplicationTable } from '../../src/application-table/application-table.js';
import type { DisclosureReport } from '../../src/report/report.js';
import type { Report } from '../../src/model/schema.js';
import { ensurePrintPage } from '../../src/internal/table.styles.js';
import { loadFixture, parts, renderElement, rootOf } from '../helpers/browser.js';

type Media = { media?: 'print' | 'screen' | ''; forcedColors?: 'active' | 'none' | '' };
const emulate = (payload: Media) => executeServerCommand('disclosure-emulate-media', payload);

/** A complete real report with one 0 cell left blank (a warning) and a wrong 一、本年新收 总计 (errors in its row and column only). */
async function reportWithErrors(): Promise<Report> {
  const report = await loadFixture('001-huaian-city-2024');
  const applications = report.applications!;
  applications.received.total = (applications.received.total ?? 0) + 1;
  const row = applications.results.granted;
  const zero = (['commercial', 'research', 'nonprofit', 'legalService', 'other'] as const).find((key) => row[key] === 0);
  if (!zero) throw new Error('001 should have a 0 among its （一）予以公开 cells');
  row[zero] = null;
  return report;
}

async function applicationTable() {
  const { el } = await renderElement<DisclosureApplicationTable>('disclosure-application-table', await reportWithErrors(), {
    checks: 'show',
  });
  const root = rootOf(el);
  const cells = [...root.querySelectorAll<HTMLTableCellElement>('td[part~="cell"]')];
  const invalid = cells.find((cell) => parts(cell).includes('invalid'));
  const warning = cells.find((cell) => parts(cell).includes('warning') && !parts(cell).includes('invalid'));
  if (!invalid || !warning) throw new Error('the report should show both an invalid and a warning cell');
  return { el, root, invalid, warning, style: (element: Element) => getComputedStyle(element) };
}

describe('print and forced colours', () => {
  afterEach(() => emulate({ media: '', forcedColors: '' }));

  describe('forced colours (Windows high contrast)', () => {
    it('the emulation really switches the page', async () => {
      expect(matchMedia('(forced-colors: active)').matches, 'before').to.equal(false);
      await emulate({ forcedColors: 'active' });
      expect(matchMedia('(forced-colors: active)').matches, 'after').to.equal(true);
    });

    it('marks error and warning cells with outlines of different styles, since colours are replaced', async () => {
      const { invalid, warning, style } = await applicationTable();
      expect(style(invalid).outlineStyle, 'screen: no outline on an error cell').to.equal('none');
      await emulate({ forcedColors: 'active' });
      expect(style(invalid).outlineStyle).to.equal('solid');
      expect(style(invalid).outlineWidth).to.equal('3px');
      expect(style(warning).outlineStyle).to.equal('dashed');
      expect(style(invalid).boxShadow, 'the coloured inset is dropped').to.equal('none');
    });

    it('keeps computed totals distinguishable and stays accessible', async () => {
      const { el } = await renderElement<DisclosureApplicationTable>(
        'disclosure-application-table',
        await loadFixture('000-yipingyuan-2023'),
      );
      const mark = rootOf(el).querySelector('.computed-mark');
      if (!mark) throw new Error('the sample shows computed totals');
      const screenColour = getComputedStyle(mark).color;
      await emulate({ forcedColors: 'active' });
      expect(getComputedStyle(mark).color, 'the mark takes a system colour').to.not.equal(screenColour);
      expect(getComputedStyle(mark).display).to.not.equal('none');
      await expect(el).to.be.accessible();
    });
  });

  describe('print', () => {
    it('the emulation really switches the page', async () => {
      expect(matchMedia('print').matches, 'before').to.equal(false);
      await emulate({ media: 'print' });
      expect(matchMedia('print').matches, 'after').to.equal(true);
    });

    it('prints the whole table: the scroll region no longer clips it', async () => {
      const { root, style } = await applicationTable();
      const region = root.querySelector('[role="region"]')!;
      expect(style(region).overflowX, 'screen').to.equal('auto');
      await emulate({ media: 'print' });
      expect(style(region).overflowX).to.equal('visible');
      expect(style(root.querySelector('thead')!).display, 'headers repeat on every page').to.equal('table-header-group');
      expect(style(root.querySelector('tbody tr')!).breakInside, 'rows are not split across pages').to.equal('avoid');
    });

    it('prints findings as black outlines, without backgrounds a printer may drop', async () => {
      const { invalid, warning, style } = await applicationTable();
      expect(style(invalid).backgroundColor, 'screen').to.not.equal('rgba(0, 0, 0, 0)');
      await emulate({ media: 'print' });
      for (const [name, cell] of [
        ['error', invalid],
        ['warning', warning],
      ] as const) {
        expect(style(cell).backgroundColor, name).to.equal('rgba(0, 0, 0, 0)');
        expect(style(cell).outlineStyle, name).to.equal('solid');
        expect(style(cell).outlineColor, name).to.equal('rgb(0, 0, 0)');
      }
    });

    it('sets a table in 9 pt and a whole report in 10.5 pt, with section titles kept with what follows', async () => {
      const { el: table } = await applicationTable();
      const { el: report } = await renderElement<DisclosureReport>('disclosure-report', await loadFixture('000-yipingyuan-2023'));
      const title = rootOf(report).querySelector('.section-title');
      if (!title) throw new Error('the report has section titles');
      await emulate({ media: 'print' });
      expect(getComputedStyle(table).fontSize).to.equal('12px');
      expect(getComputedStyle(report).fontSize).to.equal('14px');
      expect(getComputedStyle(title).breakAfter).to.equal('avoid');
    });
  });

  it('declares the named A4 pages with a <style> where constructable style sheets are missing (Safari before 16.4)', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const doc = frame.contentDocument!;
    const original = window.CSSStyleSheet;
    try {
      (window as { CSSStyleSheet: unknown }).CSSStyleSheet = function CSSStyleSheet() {
        throw new TypeError('Illegal constructor');
      };
      expect(() => ensurePrintPage(doc)).to.not.throw();
    } finally {
      window.CSSStyleSheet = original;
      frame.remove();
    }
    // The frame's document keeps the <style> that now declares the pages.
    const style = doc.querySelector('style');
    expect(style?.textContent ?? '').to.contain('@page disclosure-landscape { size: A4 landscape;');
  });
});
