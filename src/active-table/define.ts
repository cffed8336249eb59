import { defineElement } from '../internal/define.js';
import { DisclosureActiveTable } from './active-table.js';

export { DisclosureActiveTable };
defineElement('disclosure-active-table', DisclosureActiveTable);

declare global {
  interface HTMLElementTagNameMap {
    'disclosure-active-table': DisclosureActiveTable;
  }
}
