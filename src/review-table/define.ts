import { defineElement } from '../internal/define.js';
import { DisclosureReviewTable } from './review-table.js';

export { DisclosureReviewTable };
defineElement('disclosure-review-table', DisclosureReviewTable);

declare global {
  interface HTMLElementTagNameMap {
    'disclosure-review-table': DisclosureReviewTable;
  }
}
