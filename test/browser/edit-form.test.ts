// The editing mode in a form (issue #11 points 6, 7, 9): the form value is the report JSON (FormData,
// and the hidden input that jQuery's serialize() and browsers without ElementInternals use), validity
// from error findings and text that is not a value, reset, disabled, readonly; drafts in localStorage
// with the offer to restore them and the question before leaving the page.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/review-table/define.js';
import '../../src/application-table/define.js';
import type { DisclosureReviewTable } from '../../src/review-table/define.js';
import { cellAt, loadFixture, rootOf } from '../helpers/browser.js';
import { button, copy, entryInput, focusCell, focusedPath, paste, press, reportOf, type, valueAt } from '../helpers/edit.js';
import type { DisclosureEditEvent } from '../../src/internal/events.js';

const sample = () => loadFixture('000-yipingyuan-2023');

/** A form holding an editable 表四 named `report`, with extra attributes on the element. */
async function formWith(report: unknown, attributes = '') {
  const form = await fixture<HTMLFormElement>(html`<form action="javascript:void 0"><fieldset></fieldset></form>`);
  form.querySelector('fieldset')!.innerHTML = `<disclosure-review-table editable name="report" ${attributes}></disclosure-review-table>`;
  const el = form.querySelector<DisclosureReviewTable>('disclosure-review-table')!;
  el.report = report;
  await el.updateComplete;
  const submits: SubmitEvent[] = [];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submits.push(event as SubmitEvent);
  });
  return { form, el, submits, fieldset: form.querySelector('fieldset')! };
}

/** What jQuery's serialize() sends: the form's elements that are input/select/textarea/keygen, named, not disabled (jQuery 2–3 src/serialize.js). */
const jquerySerializable = (form: HTMLFormElement) =>
  Array.from(form.elements).filter((element) => {
    const control = element as HTMLInputElement;
    return control.name && !control.matches(':disabled') && /^(?:input|select|textarea|keygen)/i.test(control.nodeName);
  }) as HTMLInputElement[];

describe('form value: the report JSON', () => {
  it('new FormData(form).get(name) is the current report, once', async () => {
    const { form, el } = await formWith(await sample());
    expect(JSON.parse(new FormData(form).get('report') as string)).to.deep.equal(reportOf(el));
    await focusCell(el, 'reviews.review.upheld');
    await type('6');
    await press('Enter');
    const data = new FormData(form);
    expect(data.getAll('report')).to.have.length(1);
    expect(JSON.parse(data.get('report') as string).reviews.review.upheld).to.equal(6);
  });

  it('keeps a hidden input in the light DOM for jQuery’s serialize() and browsers without ElementInternals', async () => {
    const { form, el } = await formWith(await sample());
    const [input, ...others] = jquerySerializable(form);
    expect(others).to.deep.equal([]);
    expect(input!.type).to.equal('hidden');
    expect(input!.parentElement).to.equal(el);
    expect(JSON.parse(input!.value)).to.deep.equal(reportOf(el));
    el.name = 'annual';
    await el.updateComplete;
    expect(input!.name).to.equal('annual');
    el.removeAttribute('name');
    await el.updateComplete;
    expect(el.querySelector('input')).to.equal(null);
    expect(new FormData(form).get('report')).to.equal(null);
  });

  it('submits: the submit event fires with the value in the form data', async () => {
    const { form, el, submits } = await formWith(await sample());
    form.requestSubmit();
    expect(submits).to.have.length(1);
    expect(JSON.parse(new FormData(form).get('report') as string)).to.deep.equal(reportOf(el));
  });
});

describe('validity (validate)', () => {
  it('an error finding makes the element invalid with a message naming table, row and column; the form does not submit', async () => {
    const report = await sample();
    (report as any).reviews.review.total = 5;
    const { form, el, submits } = await formWith(report, 'validate');
    expect(el.checkValidity()).to.equal(false);
    expect(form.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal(
      '表四（政府信息公开行政复议、行政诉讼情况）：行政复议·总计应为 0（结果维持、结果纠正、其他结果、尚未审结之和），报告为 5',
    );
    form.requestSubmit();
    expect(submits).to.have.length(0);
    // Fixing the total makes it valid.
    await focusCell(el, 'reviews.review.total');
    await press('Delete');
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
    expect(el.validationMessage).to.equal('');
    form.requestSubmit();
    expect(submits).to.have.length(1);
  });

  it('text that is not a value makes it invalid too; without validate nothing stops the form', async () => {
    const { form, el, submits } = await formWith(await sample(), 'validate');
    await focusCell(el, 'reviews.litigationDirect.other');
    await type('x');
    await press('Enter');
    await el.updateComplete;
    expect(el.validationMessage).to.equal('表四（政府信息公开行政复议、行政诉讼情况）行政诉讼·未经复议直接起诉·其他结果：「x」不是数值');
    expect(el.reportValidity()).to.equal(false);
    expect(focusedPath(el), 'reportValidity points at the cell').to.equal('reviews.litigationDirect.other');
    el.validate = false;
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
    form.requestSubmit();
    expect(submits).to.have.length(1);
  });
});

describe('form reset, disabled, readonly', () => {
  it('form reset restores the report the element was given', async () => {
    const { form, el } = await formWith(await sample());
    const initial = reportOf(el);
    const edits: DisclosureEditEvent[] = [];
    el.addEventListener('disclosure-edit', (event) => edits.push(event));
    await focusCell(el, 'reviews.review.upheld');
    await type('3');
    await press('Tab');
    await type('y');
    await press('Enter');
    form.reset();
    expect(reportOf(el)).to.deep.equal(initial);
    await el.updateComplete;
    expect(edits.at(-1)!.detail.source).to.equal('reset');
    expect(edits.at(-1)!.detail.invalid).to.deep.equal([]);
    expect(cellAt(el, 'reviews.review.corrected').querySelector('.entry-text')).to.equal(null);
    expect(el.dirty).to.equal(false);
  });

  it('disabled (its own attribute or a disabled fieldset): no focus, no editing, not submitted', async () => {
    const { form, el, fieldset } = await formWith(await sample());
    for (const disable of [() => (el.disabled = true), () => (fieldset.disabled = true)]) {
      disable();
      await el.updateComplete;
      expect(rootOf(el).querySelectorAll('td[tabindex]')).to.have.length(0);
      expect(rootOf(el).querySelector('table')!.getAttribute('aria-disabled')).to.equal('true');
      expect(new FormData(form).get('report')).to.equal(null);
      expect(button(el, 'fill').disabled).to.equal(true);
      expect(el.fillBlanks(0)).to.equal(0);
      el.disabled = false;
      fieldset.disabled = false;
      await el.updateComplete;
    }
    expect(rootOf(el).querySelectorAll('td[tabindex="0"]')).to.have.length(1);
    expect(new FormData(form).get('report')).to.not.equal(null);
  });

  it('readonly: cells can be moved over and copied, not changed; the value is still submitted; never invalid', async () => {
    const report = await sample();
    (report as any).reviews.review.total = 5;
    const { form, el } = await formWith(report, 'readonly validate');
    const before = reportOf(el);
    expect(rootOf(el).querySelector('table')!.getAttribute('aria-readonly')).to.equal('true');
    const td = await focusCell(el, 'reviews.review.total');
    await type('7');
    expect(entryInput(el)).to.equal(null);
    await press('Delete');
    await press('F2');
    paste(td, { 'text/plain': '1\t2' });
    el.fillBlanks(0);
    expect(reportOf(el)).to.equal(before);
    expect(copy(td).text).to.equal('5');
    await press('ArrowLeft');
    expect(focusedPath(el)).to.equal('reviews.review.pending');
    expect(new FormData(form).get('report')).to.not.equal(null);
    expect(el.checkValidity()).to.equal(true);
  });
});

describe('drafts (draft-key)', () => {
  const KEY = 'disclosure-tables:draft:edit-test';
  beforeEach(() => localStorage.removeItem(KEY));
  after(() => localStorage.removeItem(KEY));

  it('saves every change, offers the draft on the next load, and restores it as one undoable step', async () => {
    const report = await sample();
    const first = await formWith(structuredClone(report), 'draft-key="edit-test"');
    await focusCell(first.el, 'reviews.review.upheld');
    await type('8');
    await press('Enter');
    await focusCell(first.el, 'reviews.review.other');
    await type('?');
    await press('Enter');
    const saved = JSON.parse(localStorage.getItem(KEY)!);
    expect(saved.report.reviews.review.upheld).to.equal(8);
    expect(saved.entries).to.deep.equal([['reviews.review.other', '?']]);
    expect(typeof saved.savedAt).to.equal('number');

    const second = await formWith(structuredClone(report), 'draft-key="edit-test"');
    const initial = reportOf(second.el);
    const prompt = rootOf(second.el).querySelector<HTMLElement>('.draft-prompt')!;
    expect(prompt.hidden).to.equal(false);
    expect(prompt.textContent).to.match(/^发现 \d{4}-\d\d-\d\d \d\d:\d\d 保存的未提交草稿。恢复草稿放弃草稿$/);
    button(second.el, 'restore-draft').click();
    expect(valueAt(second.el, 'reviews.review.upheld')).to.equal(8);
    await second.el.updateComplete;
    expect(cellAt(second.el, 'reviews.review.other').querySelector('.entry-text')!.textContent).to.equal('?');
    expect(prompt.hidden).to.equal(true);
    second.el.undo();
    expect(reportOf(second.el)).to.deep.equal(initial);
  });

  it('discarding the draft removes it; a draft equal to the report given is not offered', async () => {
    const report = await sample();
    const first = await formWith(structuredClone(report), 'draft-key="edit-test"');
    await focusCell(first.el, 'reviews.review.upheld');
    await type('8');
    await press('Enter');
    const second = await formWith(structuredClone(report), 'draft-key="edit-test"');
    button(second.el, 'discard-draft').click();
    expect(localStorage.getItem(KEY)).to.equal(null);
    await second.el.updateComplete;
    expect(rootOf(second.el).querySelector<HTMLElement>('.draft-prompt')!.hidden).to.equal(true);
    // The report as saved (the server has it now): nothing to offer.
    await focusCell(second.el, 'reviews.review.upheld');
    await type('8');
    await press('Enter');
    const third = await formWith(reportOf(second.el), 'draft-key="edit-test"');
    expect(rootOf(third.el).querySelector<HTMLElement>('.draft-prompt')!.hidden).to.equal(true);
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('asks before the page is left with unsaved changes, not after a submit', async () => {
    const { form, el } = await formWith(await sample());
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).to.equal(false);
    await focusCell(el, 'reviews.review.upheld');
    await type('1');
    await press('Enter');
    expect(el.dirty).to.equal(true);
    expect(leave()).to.equal(true);
    form.requestSubmit();
    expect(el.dirty).to.equal(false);
    expect(leave()).to.equal(false);
  });
});
