/**
 * Everything that works without a DOM: the report model, the checker, the table layouts and the
 * number formatting. `disclosure-tables/model` points here; nothing in it defines an element.
 */
export * from './model/index.js';
export { checkReport, type CheckOptions } from './check/checker.js';
export { RULES, type Finding, type RuleId, type Severity } from './check/findings.js';
export { shownValues, applicationRows, tableOf, type ShownValue, type ShownValues, type ApplicationRowRef } from './check/values.js';
export { cellName } from './check/messages.js';
export { buildGrid, type Grid, type GridCell, type GridRow, type GridSection, type DataCell, type HeaderCell, type NoteCell, type HeaderNode, type SectionDefinition, type TableDefinition } from './layout/grid.js';
export { gridFor, applicationTableDefinition, reviewTableDefinition, activeTableDefinition, hasSingleOtherHandling } from './layout/tables.js';
export { formatNumber, decimalsOf } from './format/number.js';
export { tableHtml, tablesHtml, STATIC_TABLE_STYLES, type TableHtmlOptions, type TablesHtmlOptions } from './static/table-html.js';
export { reportToXlsx, tablesForClipboard, type XlsxOptions, type ClipboardOptions, type ClipboardTables } from './export/index.js';
