import { defineElement } from '../internal/define.js';
import { DisclosureReport } from './report.js';

export { DisclosureReport };
defineElement('disclosure-report', DisclosureReport);

declare global {
  interface HTMLElementTagNameMap {
    'disclosure-report': DisclosureReport;
  }
}
