import { defineElement } from '../internal/define.js';
import { DisclosureApplicationTable } from './application-table.js';

export { DisclosureApplicationTable };
defineElement('disclosure-application-table', DisclosureApplicationTable);

declare global {
  interface HTMLElementTagNameMap {
    'disclosure-application-table': DisclosureApplicationTable;
  }
}
