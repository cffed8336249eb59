// The editing mode's keys, as Excel and WPS have them (issue #11 point 2), through the keyboard in
// headless Chromium: moving over the merged layout, typing, F2, Esc, Delete, selection, undo and
// redo, copy; the guard for a Chinese input method; what is accepted as a value and what is kept out
// of the report, marked invalid with a message that names the cell.
import { expect } from '@open-wc/testing';
import '../../src/active-table/define.js';
import '../../src/application-table/define.js';
import '../../src/review-table/define.js';
import { cellAt, describedBy, loadFixture, rootOf, valueOf } from '../helpers/browser.js';
import {
  copy,
  entryInput,
  focusCell,
  focusedPath,
  keydown,
  mountEditable,
  press,
  reportOf,
  statusText,
  type,
  valueAt,
} from '../helpers/edit.js';
import { ACTIVE_PATHS } from '../spec.js';

const sample = () => loadFixture('000-yipingyuan-2023');

describe('editing keys: moving (表二, merged single values)', () => {
  it('arrows move between data cells, skip the labels and bands, keep the column through the merged cells', async () => {
    const { el } = await mountEditable('disclosure-active-table', await sample());
    await focusCell(el, 'active.regulations.inForce');
    await press('ArrowDown');
    expect(focusedPath(el)).to.equal('active.normativeDocuments.inForce');
    await press('ArrowDown');
    expect(focusedPath(el)).to.equal('active.licensing');
    await press('ArrowDown');
    expect(focusedPath(el)).to.equal('active.punishment');
    await press('ArrowUp');
    await press('ArrowUp');
    expect(focusedPath(el), 'back to the column the moves started from').to.equal('active.normativeDocuments.inForce');
    await press('ArrowLeft');
    expect(focusedPath(el)).to.equal('active.normativeDocuments.repealed');
    await press('ArrowRight');
    await press('ArrowRight');
    expect(focusedPath(el), 'stays at the edge').to.equal('active.normativeDocuments.inForce');
  });

  it('Enter and Shift+Enter move down and up; Tab and Shift+Tab right and left, wrapping; Tab after the last cell leaves the grid', async () => {
    const { el } = await mountEditable('disclosure-active-table', await sample());
    await focusCell(el, 'active.regulations.issued');
    await press('Enter');
    expect(focusedPath(el)).to.equal('active.normativeDocuments.issued');
    await press('Shift+Enter');
    expect(focusedPath(el)).to.equal('active.regulations.issued');
    const order: string[] = [];
    for (let step = 0; step < ACTIVE_PATHS.length; step += 1) {
      order.push(focusedPath(el)!);
      if (step < ACTIVE_PATHS.length - 1) await press('Tab');
    }
    expect(order).to.deep.equal(ACTIVE_PATHS);
    await press('Shift+Tab');
    expect(focusedPath(el)).to.equal('active.compulsion');
    await press('Tab');
    await press('Tab');
    expect(focusedPath(el), 'Tab after the last cell leaves the grid').to.equal(undefined);
  });

  it('has one tab stop per table: the active cell (roving tabindex), and Home, End, Ctrl+Home, Ctrl+End', async () => {
    const { el } = await mountEditable('disclosure-application-table', await sample());
    const stops = () =>
      Array.from(rootOf(el).querySelectorAll('td[data-path][tabindex="0"]')).map((td) => (td as HTMLElement).dataset.path);
    expect(stops()).to.deep.equal(['applications.received.naturalPerson']);
    await focusCell(el, 'applications.results.granted.research');
    await press('End');
    expect(focusedPath(el)).to.equal('applications.results.granted.total');
    await press('Home');
    expect(focusedPath(el)).to.equal('applications.results.granted.naturalPerson');
    await press('Control+End');
    expect(focusedPath(el)).to.equal('applications.carriedForward.total');
    await press('Control+Home');
    expect(focusedPath(el)).to.equal('applications.received.naturalPerson');
    await press('Control+ArrowDown');
    expect(focusedPath(el)).to.equal('applications.carriedForward.naturalPerson');
    expect(stops()).to.deep.equal(['applications.carriedForward.naturalPerson']);
  });
});

describe('editing keys: entering values', () => {
  it('typing replaces the cell; Enter commits and moves down; report is the new report at once', async () => {
    const { el, edits } = await mountEditable('disclosure-application-table', await sample());
    await focusCell(el, 'applications.received.commercial');
    await type('37');
    expect(entryInput(el)!.value).to.equal('37');
    await press('Enter');
    expect(valueAt(el, 'applications.received.commercial')).to.equal(37);
    expect(focusedPath(el)).to.equal('applications.carriedOver.commercial');
    await el.updateComplete;
    expect(valueOf(cellAt(el, 'applications.received.commercial'))).to.equal('37');
    expect(edits.at(-1)!.detail).to.deep.include({ source: 'edit' });
    expect(edits.at(-1)!.detail.changes).to.deep.equal([{ path: 'applications.received.commercial', from: 0, to: 37 }]);
  });

  it('F2 edits the value in place, Esc restores it', async () => {
    const report = await sample();
    (report as any).reviews.review.upheld = 4;
    const { el, edits } = await mountEditable('disclosure-review-table', report);
    await focusCell(el, 'reviews.review.upheld');
    await press('F2');
    expect(entryInput(el)!.value).to.equal('4');
    await type('2');
    await press('Tab');
    expect(valueAt(el, 'reviews.review.upheld')).to.equal(42);
    expect(focusedPath(el)).to.equal('reviews.review.corrected');
    await type('9');
    await press('Escape');
    expect(entryInput(el)).to.equal(null);
    expect(valueAt(el, 'reviews.review.corrected')).to.equal(0);
    expect(focusedPath(el)).to.equal('reviews.review.corrected');
    expect(edits).to.have.length(1);
  });

  it('in the input started by typing, arrows commit and move; after F2 they move the caret', async () => {
    const { el } = await mountEditable('disclosure-review-table', await sample());
    await focusCell(el, 'reviews.review.upheld');
    await type('5');
    await press('ArrowRight');
    expect(valueAt(el, 'reviews.review.upheld')).to.equal(5);
    expect(focusedPath(el)).to.equal('reviews.review.corrected');
    await press('F2');
    await press('Backspace');
    await type('16');
    await press('ArrowLeft');
    expect(entryInput(el), 'F2: the arrow stays in the input').to.not.equal(null);
    await type('7');
    await press('Enter');
    expect(valueAt(el, 'reviews.review.corrected'), 'the caret moved left of the 6').to.equal(176);
  });

  it('Delete and Backspace make the cell blank (null), never 0; a blank total shows its computed value, marked', async () => {
    const { el, edits } = await mountEditable('disclosure-review-table', await sample());
    await focusCell(el, 'reviews.review.upheld');
    await type('3');
    await press('Enter');
    await focusCell(el, 'reviews.review.total');
    await press('Delete');
    expect(valueAt(el, 'reviews.review.total')).to.equal(null);
    await el.updateComplete;
    const total = cellAt(el, 'reviews.review.total');
    expect(total.part.contains('computed')).to.equal(true);
    expect(valueOf(total)).to.equal('3');
    await focusCell(el, 'reviews.review.upheld');
    await press('Backspace');
    expect(valueAt(el, 'reviews.review.upheld')).to.equal(null);
    expect(edits.at(-1)!.detail).to.deep.equal({
      changes: [{ path: 'reviews.review.upheld', from: 3, to: null }],
      source: 'clear',
      invalid: [],
    });
  });

  it('accepts full-width digits, thousands separators and the missing-value tokens; 万元 takes decimals', async () => {
    const { el } = await mountEditable('disclosure-active-table', await sample());
    await focusCell(el, 'active.regulations.issued');
    // Enter goes down the first column: 规章, 行政规范性文件, then the single values. An input method
    // types into the open input (a keyboard cannot send full-width digits), so each cell is opened first.
    for (const text of ['１２', '1,234', '/', '—', '无', '18,651.06']) {
      await press('Delete');
      await press('F2');
      await type(text);
      await press('Enter');
    }
    expect(
      [
        'active.regulations.issued',
        'active.normativeDocuments.issued',
        'active.licensing',
        'active.punishment',
        'active.compulsion',
        'active.fees',
      ].map((path) => valueAt(el, path)),
    ).to.deep.equal([12, 1234, null, null, null, 18651.06]);
  });

  it('keeps text that is not a value in the cell, marked invalid with a message naming table, row and column, out of the report', async () => {
    const { el, edits } = await mountEditable('disclosure-application-table', await sample());
    const before = valueAt(el, 'applications.received.naturalPerson');
    await focusCell(el, 'applications.received.naturalPerson');
    await type('12a');
    await press('Enter');
    await focusCell(el, 'applications.received.commercial');
    await type('1.5');
    await press('Enter');
    await el.updateComplete;
    expect(valueAt(el, 'applications.received.naturalPerson'), 'not written into the report').to.equal(before);
    expect(valueAt(el, 'applications.received.commercial')).to.equal(0);
    const td = cellAt(el, 'applications.received.naturalPerson');
    expect(td.getAttribute('aria-invalid')).to.equal('true');
    expect(td.querySelector('.entry-text')!.textContent).to.equal('12a');
    const messages = describedBy(el, td).map((node) => node.textContent);
    expect(messages).to.include('表三（收到和处理政府信息公开申请情况）一、本年新收·自然人：「12a」不是数值');
    expect(describedBy(el, cellAt(el, 'applications.received.commercial')).map((node) => node.textContent)).to.include(
      '表三（收到和处理政府信息公开申请情况）一、本年新收·商业企业：「1.5」不是有效的件数（应为非负整数）',
    );
    expect(edits.at(-1)!.detail.invalid).to.deep.equal([
      { path: 'applications.received.naturalPerson', text: '12a' },
      { path: 'applications.received.commercial', text: '1.5' },
    ]);
    // F2 brings the text back; a value replaces it.
    await focusCell(el, 'applications.received.naturalPerson');
    await press('F2');
    expect(entryInput(el)!.value).to.equal('12a');
    await press('Backspace');
    await press('Enter');
    await el.updateComplete;
    expect(valueAt(el, 'applications.received.naturalPerson')).to.equal(12);
    expect(td.querySelector('.entry-text')).to.equal(null);
    expect(
      describedBy(el, td)
        .map((node) => node.textContent)
        .join(),
    ).to.not.include('12a');
    expect(edits.at(-1)!.detail.invalid).to.have.length(1);
  });
});

describe('editing keys: selection, undo, redo, copy', () => {
  it('Shift+arrows select a rectangle; Delete blanks all of it as one step; Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z, ⌘Z', async () => {
    const { el, edits } = await mountEditable('disclosure-application-table', await sample());
    const before = reportOf(el);
    await focusCell(el, 'applications.received.naturalPerson');
    await press('Shift+ArrowRight');
    await press('Shift+ArrowDown');
    const selected = Array.from(rootOf(el).querySelectorAll<HTMLElement>('td[aria-selected="true"]')).map((td) => td.dataset.path);
    expect(selected).to.deep.equal([
      'applications.received.naturalPerson',
      'applications.received.commercial',
      'applications.carriedOver.naturalPerson',
      'applications.carriedOver.commercial',
    ]);
    expect(statusText(el)).to.equal('已选择 4 个单元格');
    expect(focusedPath(el), 'the active cell stays').to.equal('applications.received.naturalPerson');
    await press('Delete');
    expect(selected.map((path) => valueAt(el, path!))).to.deep.equal([null, null, null, null]);
    expect(edits.at(-1)!.detail.changes).to.have.length(4);
    await press('Control+z');
    expect(reportOf(el)).to.deep.equal(before);
    expect(edits.at(-1)!.detail.source).to.equal('undo');
    await press('Control+y');
    expect(valueAt(el, 'applications.carriedOver.commercial')).to.equal(null);
    await press('Meta+z');
    expect(reportOf(el)).to.deep.equal(before);
    await press('Control+Shift+z');
    expect(valueAt(el, 'applications.received.naturalPerson')).to.equal(null);
    await press('Meta+Shift+z');
    expect(statusText(el)).to.equal('没有可重做的操作');
  });

  it('Ctrl+C copies the selection as TSV and as an HTML table', async () => {
    const report = await sample();
    (report as any).active.regulations = { issued: 1, repealed: 2, inForce: 30 };
    (report as any).active.normativeDocuments = { issued: 4, repealed: null, inForce: 6 };
    const { el } = await mountEditable('disclosure-active-table', report);
    const td = await focusCell(el, 'active.regulations.repealed');
    await press('Shift+ArrowDown');
    await press('Shift+ArrowRight');
    const copied = copy(td);
    expect(copied.handled).to.equal(true);
    expect(copied.text).to.equal('2\t30\r\n\t6');
    expect(copied.html).to.equal('<table><tr><td>2</td><td>30</td></tr><tr><td></td><td>6</td></tr></table>');
    expect(statusText(el)).to.equal('已复制 4 个单元格');
  });

  it('Ctrl+X cuts: copies, then blanks the selection', async () => {
    const report = await sample();
    (report as any).reviews.review.upheld = 8;
    const { el } = await mountEditable('disclosure-review-table', report);
    const td = await focusCell(el, 'reviews.review.upheld');
    expect(copy(td, 'cut').text).to.equal('8');
    expect(valueAt(el, 'reviews.review.upheld')).to.equal(null);
  });
});

describe('editing keys: a Chinese input method', () => {
  it('ignores Enter, arrows and Esc while composing (isComposing, keyCode 229), then takes the committed text', async () => {
    const { el, edits } = await mountEditable('disclosure-review-table', await sample());
    await focusCell(el, 'reviews.review.upheld');
    await type('1');
    const input = entryInput(el)!;
    input.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, composed: true, data: '' }));
    for (const key of ['Enter', 'ArrowDown', 'Escape', 'Tab']) {
      const event = keydown(input, { key, isComposing: true });
      expect(event.defaultPrevented, key).to.equal(false);
    }
    expect(entryInput(el), 'the input stays open while composing').to.equal(input);
    input.value = '1２';
    input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, composed: true, data: '２' }));
    // WebKit: the Enter that commits the candidate comes after compositionend, with keyCode 229 and no isComposing.
    keydown(input, { key: 'Enter', keyCode: 229 });
    expect(entryInput(el)).to.equal(input);
    expect(edits).to.have.length(0);
    await press('Enter');
    expect(valueAt(el, 'reviews.review.upheld')).to.equal(12);
  });

  it('ignores keys on a cell while composing too', async () => {
    const { el } = await mountEditable('disclosure-review-table', await sample());
    const td = await focusCell(el, 'reviews.review.upheld');
    const event = keydown(td, { key: 'Process', keyCode: 229 });
    expect(event.defaultPrevented).to.equal(false);
    expect(entryInput(el)).to.equal(null);
    keydown(td, { key: 'ArrowRight', isComposing: true });
    expect(focusedPath(el)).to.equal('reviews.review.upheld');
  });
});
