import type { TableId } from '../model/keys.js';
import { DisclosureTableElement } from '../internal/table-element.js';
import { activeTableStyles } from './active-table.styles.js';

/**
 * 表二 主动公开政府信息情况: the four 第二十条 bands, each with its 信息内容 header row; 规章 and
 * 行政规范性文件 with three counts; 行政许可, 行政处罚, 行政强制 and 行政事业性收费（万元）with one value each.
 *
 * @tag disclosure-active-table
 * @attr src - URL of report JSON, used when the `report` property is not set.
 * @attr checks - `show` (default) marks and lists findings; `silent` computes and fires them only; `off` does neither.
 * @attr lang - `en` for English labels and messages; Chinese (the official text) otherwise. Inherited from ancestors.
 *
 * @prop {unknown} report - The report object (report JSON). Takes precedence over `src` and inline JSON.
 * @prop {readonly Finding[]} findings - This table's findings (read-only).
 *
 * @event {CustomEvent<{ findings: readonly Finding[] }>} disclosure-check - After every check of a new report, language or checks mode.
 * @event {CustomEvent<{ errors: readonly ReportProblem[] }>} disclosure-error - When the report cannot be shown: a structural error, a failed load, or text that is not JSON.
 *
 * @slot - An inline `<script type="application/json">` holding the report, for pages that run no script of their own.
 *
 * @csspart table - The `<table>`.
 * @csspart caption - The caption: title, agency and year.
 * @csspart header - Every header cell.
 * @csspart cell - Every data cell.
 * @csspart total - Data cells that are totals.
 * @csspart computed - Blank totals showing a computed value.
 * @csspart blank - Cells the report left blank.
 * @csspart invalid - Cells of an error finding.
 * @csspart warning - Cells of a warning finding.
 * @csspart findings - The list of findings under the table.
 * @csspart finding - One finding in that list.
 * @csspart error - The error panel shown instead of the table for an invalid report.
 * @csspart status - Loading and empty states.
 *
 * @cssprop --disclosure-border-color - Cell borders.
 * @cssprop --disclosure-header-background - Header cells.
 * @cssprop --disclosure-background - The table's background.
 * @cssprop --disclosure-color - Text colour.
 * @cssprop --disclosure-font-family - Font (inherits by default).
 * @cssprop --disclosure-font-size - Font size (inherits by default).
 * @cssprop --disclosure-cell-padding - Cell padding.
 * @cssprop --disclosure-invalid-color - Marks of errors.
 * @cssprop --disclosure-invalid-background - Background of cells with errors.
 * @cssprop --disclosure-warning-color - Marks of warnings.
 * @cssprop --disclosure-warning-background - Background of cells with warnings.
 * @cssprop --disclosure-computed-color - Computed values.
 * @cssprop --disclosure-focus-color - Focus ring.
 */
export class DisclosureActiveTable extends DisclosureTableElement {
  static override styles = [...DisclosureTableElement.styles, activeTableStyles];
  protected readonly table: TableId = 'active';
}
