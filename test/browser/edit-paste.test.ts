// Paste, 空白填 0 and undo across them (issue #11 points 3, 4): a TSV block fills the rectangle from
// the active cell in the table's data order; HTML as Excel and Word put it on the clipboard
// (test/fixtures/clipboard/) goes through the importer, so labels place the values; each paste is one
// undo step and is announced; a block that does not fit says where it stopped; blanks turn into 0
// only by the explicit command.
import { expect } from '@open-wc/testing';
import '../../src/application-table/define.js';
import '../../src/review-table/define.js';
import { cellAt, loadFixture, rootOf, valueOf } from '../helpers/browser.js';
import { button, clipboardFixture, focusCell, mountEditable, paste, press, reportOf, statusText, type, valueAt } from '../helpers/edit.js';

const sample = () => loadFixture('000-yipingyuan-2023');
/** 淮安市人民政府 2024: the report the clipboard fixtures were copied from. */
const huaian = () => loadFixture('001-huaian-city-2024');

describe('paste: a tab-separated block', () => {
  it('fills the rectangle from the active cell, as one undo step, and says how many cells', async () => {
    const { el, edits } = await mountEditable('disclosure-application-table', await sample());
    const before = reportOf(el);
    const td = await focusCell(el, 'applications.received.commercial');
    paste(td, { 'text/plain': await clipboardFixture('excel-numbers.txt') });
    expect(
      [
        'received.commercial',
        'received.research',
        'received.nonprofit',
        'carriedOver.commercial',
        'carriedOver.research',
        'carriedOver.nonprofit',
      ].map((path) => valueAt(el, `applications.${path}`)),
    ).to.deep.equal([5, 0, null, 1234, 7, 2]);
    expect(statusText(el)).to.equal('已粘贴 6 个单元格');
    expect(rootOf(el).querySelector('.edit-status')!.getAttribute('role')).to.equal('status');
    await el.updateComplete;
    expect(edits).to.have.length(1);
    expect(edits[0]!.detail.source).to.equal('paste');
    expect(valueOf(cellAt(el, 'applications.carriedOver.commercial'))).to.equal('1,234');
    await press('Control+z');
    expect(reportOf(el)).to.deep.equal(before);
  });

  it('an Excel block of numbers without labels (HTML and TSV on the clipboard) pastes by position', async () => {
    const { el } = await mountEditable('disclosure-application-table', await sample());
    const td = await focusCell(el, 'applications.results.granted.naturalPerson');
    paste(td, { 'text/html': await clipboardFixture('excel-numbers.html'), 'text/plain': await clipboardFixture('excel-numbers.txt') });
    await el.updateComplete;
    expect(
      ['granted.naturalPerson', 'granted.commercial', 'granted.research', 'partlyGranted.naturalPerson'].map((path) =>
        valueAt(el, `applications.results.${path}`),
      ),
    ).to.deep.equal([5, 0, null, 1234]);
    expect(statusText(el)).to.equal('已粘贴 6 个单元格');
  });

  it('starts at the top-left cell of the selection', async () => {
    const { el } = await mountEditable('disclosure-review-table', await sample());
    await focusCell(el, 'reviews.review.other');
    await press('Shift+ArrowLeft');
    paste(cellAt(el, 'reviews.review.other'), { 'text/plain': '1\t2' });
    expect([valueAt(el, 'reviews.review.corrected'), valueAt(el, 'reviews.review.other')]).to.deep.equal([1, 2]);
  });

  it('says where a block that does not fit stopped, and writes what fits', async () => {
    const { el } = await mountEditable('disclosure-review-table', await sample());
    const td = await focusCell(el, 'reviews.litigationAfterReview.pending');
    paste(td, { 'text/plain': '4\t5\t6\r\n' });
    expect([valueAt(el, 'reviews.litigationAfterReview.pending'), valueAt(el, 'reviews.litigationAfterReview.total')]).to.deep.equal([
      4, 5,
    ]);
    expect(statusText(el)).to.equal('已粘贴 2 个单元格；粘贴内容在第 1 行第 3 列超出表格，自此未粘贴');
  });

  it('keeps pasted text that is not a value in its cell, marked invalid, out of the report', async () => {
    const { el } = await mountEditable('disclosure-review-table', await sample());
    const td = await focusCell(el, 'reviews.review.upheld');
    paste(td, { 'text/plain': '3\t两件' });
    await el.updateComplete;
    expect(valueAt(el, 'reviews.review.upheld')).to.equal(3);
    expect(valueAt(el, 'reviews.review.corrected')).to.equal(0);
    const corrected = cellAt(el, 'reviews.review.corrected');
    expect(corrected.getAttribute('aria-invalid')).to.equal('true');
    expect(corrected.querySelector('.entry-text')!.textContent).to.equal('两件');
  });
});

describe('paste: HTML through the importer (labels place the values)', () => {
  it('a 表四 copied from Excel lands by its labels wherever the active cell is', async () => {
    const { el, edits } = await mountEditable('disclosure-review-table', await sample());
    const td = await focusCell(el, 'reviews.litigationDirect.total');
    paste(td, { 'text/html': await clipboardFixture('excel-reviews.html'), 'text/plain': await clipboardFixture('excel-reviews.txt') });
    await el.updateComplete;
    expect(reportOf(el).reviews).to.deep.equal((await huaian()).reviews);
    expect(statusText(el)).to.equal('已粘贴 15 个单元格（按表头标签放置）');
    expect(edits).to.have.length(1);
    expect(edits[0]!.detail.changes).to.have.length(15);
    expect(document.activeElement === el && rootOf(el).activeElement === td, 'focus stays').to.equal(true);
  });

  it('a 表三 copied from Word fills a blank table, every cell by its row and column labels', async () => {
    const { el } = await mountEditable('disclosure-application-table');
    expect(valueAt(el, 'applications.received.naturalPerson'), 'a blank report to start with').to.equal(null);
    const td = await focusCell(el, 'applications.carriedForward.total');
    paste(td, { 'text/html': await clipboardFixture('word-applications.html'), 'text/plain': '' });
    await el.updateComplete;
    expect(reportOf(el).applications).to.deep.equal((await huaian()).applications);
    expect(statusText(el)).to.equal('已粘贴 175 个单元格（按表头标签放置）');
  });

  it('refuses a table that is not the element’s, naming it', async () => {
    const { el } = await mountEditable('disclosure-review-table', await sample());
    const before = reportOf(el);
    const td = await focusCell(el, 'reviews.review.upheld');
    paste(td, { 'text/html': await clipboardFixture('word-applications.html'), 'text/plain': '' });
    await el.updateComplete;
    expect(reportOf(el)).to.equal(before);
    expect(statusText(el)).to.equal('粘贴的是表三（收到和处理政府信息公开申请情况），不是本表，未粘贴');
  });
});

describe('undo and redo across edits and pastes', () => {
  it('each typed cell and each paste is one step, undone and redone in order', async () => {
    const { el } = await mountEditable('disclosure-review-table', await sample());
    const states = [reportOf(el)];
    await focusCell(el, 'reviews.review.upheld');
    await type('9');
    await press('Enter');
    states.push(reportOf(el));
    paste(cellAt(el, 'reviews.review.upheld'), { 'text/html': await clipboardFixture('excel-reviews.html'), 'text/plain': '' });
    await el.updateComplete;
    states.push(reportOf(el));
    await focusCell(el, 'reviews.review.pending');
    await type('0');
    await press('Tab');
    states.push(reportOf(el));
    for (let index = states.length - 2; index >= 0; index -= 1) {
      await press('Control+z');
      expect(reportOf(el), `undo to state ${index}`).to.deep.equal(states[index]);
    }
    expect(el.undo()).to.equal(false);
    for (let index = 1; index < states.length; index += 1) {
      await press('Control+y');
      expect(reportOf(el), `redo to state ${index}`).to.deep.equal(states[index]);
    }
    await el.updateComplete;
    expect(button(el, 'redo').disabled).to.equal(true);
    expect(button(el, 'undo').disabled).to.equal(false);
  });
});

describe('空白填 0: blank is not 0, and never turns into 0 by itself', () => {
  it('typing, clearing and pasting leave blanks blank', async () => {
    const { el } = await mountEditable('disclosure-review-table');
    await focusCell(el, 'reviews.review.upheld');
    await type('2');
    await press('Tab');
    await press('Delete');
    paste(cellAt(el, 'reviews.review.other'), { 'text/plain': '\t3' });
    const values = Object.values(reportOf(el).reviews!).flatMap((group) => Object.values(group));
    expect(values.filter((value) => value === 0)).to.deep.equal([]);
    expect(values.filter((value) => value === null)).to.have.length(13);
  });

  it('the control sets every blank cell that is not a total to 0, as one undo step; totals stay computed', async () => {
    const { el, edits } = await mountEditable('disclosure-review-table');
    await focusCell(el, 'reviews.review.upheld');
    await type('4');
    await press('Enter');
    button(el, 'fill').click();
    expect(valueAt(el, 'reviews.review.upheld')).to.equal(4);
    expect(valueAt(el, 'reviews.review.corrected')).to.equal(0);
    expect(valueAt(el, 'reviews.review.total')).to.equal(null);
    expect(statusText(el)).to.equal('已将 11 个空白单元格填为 0');
    await el.updateComplete;
    expect(cellAt(el, 'reviews.review.total').part.contains('computed')).to.equal(true);
    expect(valueOf(cellAt(el, 'reviews.review.total'))).to.equal('4');
    expect(edits.at(-1)!.detail.source).to.equal('fill');
    expect(edits.at(-1)!.detail.changes).to.have.length(11);
    el.undo();
    expect(valueAt(el, 'reviews.review.corrected')).to.equal(null);
    expect(valueAt(el, 'reviews.review.upheld')).to.equal(4);
  });

  it('fillBlanks(0) is the method of the same command; it returns how many cells it set', async () => {
    const { el } = await mountEditable('disclosure-application-table');
    expect(el.fillBlanks(0)).to.equal(144);
    expect(valueAt(el, 'applications.results.total.naturalPerson')).to.equal(null);
    expect(el.fillBlanks(0)).to.equal(0);
    expect(() => el.fillBlanks(-1)).to.throw(RangeError);
  });
});
