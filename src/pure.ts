/**
 * Everything that works without a DOM: the report model and the table definitions, the checker,
 * the table layouts and views, the number formatting and the static export. `disclosure-tables/model`
 * points here; nothing in it defines an element.
 */
import './model/english.js';
export * from './model/index.js';
export { checkReport, type CheckOptions } from './check/checker.js';
export { RULES, type Finding, type RuleId, type Severity } from './check/findings.js';
export {
  shownValues,
  reportValues,
  tableValues,
  type ShownValue,
  type ShownValues,
  type ReportValues,
  type TableValues,
} from './check/values.js';
export { cellName } from './check/messages.js';
export {
  buildGrid,
  type Grid,
  type GridCell,
  type GridRow,
  type GridSection,
  type DataCell,
  type HeaderCell,
  type NoteCell,
} from './layout/grid.js';
export { gridFor } from './layout/tables.js';
export {
  tableView,
  labelView,
  type TableView,
  type TableViewInput,
  type RowView,
  type HeaderView,
  type NoteView,
  type DataCellView,
  type LabelView,
} from './view/table-view.js';
export { formatNumber, decimalsOf } from './format/number.js';
export {
  tableHtml,
  tablesHtml,
  STATIC_TABLE_CSS,
  STATIC_TABLE_STYLES,
  type TableHtmlOptions,
  type TablesHtmlOptions,
} from './static/table-html.js';
export { reportHtml, STATIC_REPORT_CSS } from './static/report-html.js';
export { reportToXlsx, tablesForClipboard, type XlsxOptions, type ClipboardOptions, type ClipboardTables } from './export/index.js';
