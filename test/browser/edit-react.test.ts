// The editing mode through `disclosure-tables/react`: `editable` and `name` set from props, and
// `disclosure-edit` delivered to `onDisclosureEdit`; a re-render with the same props keeps the edits.
import { expect, waitUntil } from '@open-wc/testing';
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { DisclosureReviewTable, type DisclosureEditEvent } from '../../src/react/index.js';
import type { DisclosureReviewTable as ReviewTableElement } from '../../src/review-table/review-table.js';
import { cellAt, loadFixture } from '../helpers/browser.js';
import { entryInput, keydown } from '../helpers/edit.js';

describe('disclosure-tables/react: editing', () => {
  let host: HTMLElement;
  let root: Root;

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });

  afterEach(() => {
    root.unmount();
    host.remove();
  });

  it('delivers disclosure-edit to onDisclosureEdit, and a re-render keeps the edited report', async () => {
    const sample = await loadFixture('000-yipingyuan-2023');
    const calls: DisclosureEditEvent[] = [];
    const props = { report: sample, editable: true, name: 'report', onDisclosureEdit: (event: DisclosureEditEvent) => calls.push(event) };
    flushSync(() => root.render(createElement(DisclosureReviewTable, props)));
    const element = host.querySelector('disclosure-review-table') as ReviewTableElement;
    await element.updateComplete;
    const td = cellAt(element, 'reviews.review.pending');
    td.focus();
    keydown(td, { key: '4' });
    keydown(entryInput(element)!, { key: 'Enter' });
    await waitUntil(() => calls.length > 0, 'onDisclosureEdit was not called');
    expect(calls[0]!.detail.changes).to.deep.equal([{ path: 'reviews.review.pending', from: 0, to: 4 }]);
    flushSync(() => root.render(createElement(DisclosureReviewTable, props)));
    await element.updateComplete;
    expect((element.report as { reviews: { review: { pending: number } } }).reviews.review.pending).to.equal(4);
    expect(element.querySelector('input[type="hidden"]')!.getAttribute('name')).to.equal('report');
  });
});
