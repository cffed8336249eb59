/**
 * disclosure-tables: importing this module defines all four elements and exports the classes and
 * every pure function (model, checker, layout, formatting) for use without any element.
 */
export * from './pure.js';
export { DisclosureApplicationTable } from './application-table/define.js';
export { DisclosureActiveTable } from './active-table/define.js';
export { DisclosureReviewTable } from './review-table/define.js';
export { DisclosureReport } from './report/define.js';
export { DisclosureElement } from './internal/disclosure-element.js';
export { DisclosureTableElement } from './internal/table-element.js';
export type { ChecksMode } from './internal/render-table.js';
export type {
  DisclosureCheckDetail,
  DisclosureCheckEvent,
  DisclosureErrorDetail,
  DisclosureErrorEvent,
  DisclosureEditDetail,
  DisclosureEditEvent,
  EditChange,
  EditSource,
  ReportProblem,
} from './internal/events.js';
