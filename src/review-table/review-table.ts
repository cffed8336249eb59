import type { TableId } from '../model/tables.js';
import { DisclosureTableElement } from '../internal/table-element.js';
import { reviewTableStyles } from './review-table.styles.js';

/**
 * 表四 政府信息公开行政复议、行政诉讼情况: 15 columns under a three-level header (行政复议; 行政诉讼 ·
 * 未经复议直接起诉 / 复议后起诉), one data row; checks each group's 总计.
 *
 * @tag disclosure-review-table
 * @summary Renders and checks 表四 of a government information-disclosure annual report.
 */
export class DisclosureReviewTable extends DisclosureTableElement {
  static override styles = [...DisclosureTableElement.styles, reviewTableStyles];
  protected readonly table: TableId = 'reviews';
}
