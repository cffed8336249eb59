import type { TableId } from '../model/tables.js';
import { DisclosureTableElement } from '../internal/table-element.js';
import { applicationTableStyles } from './application-table.styles.js';

/**
 * 表三 收到和处理政府信息公开申请情况: 25 rows × 7 applicant columns under a three-level merged header,
 * rendered in the official layout and checked (row totals, （七）总计, and 一 + 二 = 三（七）+ 四 per column).
 *
 * @tag disclosure-application-table
 * @summary Renders and checks 表三 of a government information-disclosure annual report.
 */
export class DisclosureApplicationTable extends DisclosureTableElement {
  static override styles = [...DisclosureTableElement.styles, applicationTableStyles];
  protected readonly table: TableId = 'applications';
}
