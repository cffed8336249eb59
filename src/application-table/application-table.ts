import type { TableId } from '../model/keys.js';
import { DisclosureTableElement } from '../internal/table-element.js';
import { applicationTableStyles } from './application-table.styles.js';

/**
 * 表三 收到和处理政府信息公开申请情况: 25 rows × 7 applicant columns under a three-level merged header,
 * rendered in the official layout and checked (row totals, （七）总计, and 一 + 二 = 三（七）+ 四 per column).
 *
 * @tag disclosure-application-table
 * @summary Renders and checks 表三 of a government information-disclosure annual report.
 *
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
export class DisclosureApplicationTable extends DisclosureTableElement {
  static override styles = [...DisclosureTableElement.styles, applicationTableStyles];
  protected readonly table: TableId = 'applications';
}
