import type { TableId } from '../model/tables.js';
import { DisclosureTableElement } from '../internal/table-element.js';
import { activeTableStyles } from './active-table.styles.js';

/**
 * 表二 主动公开政府信息情况: the four 第二十条 bands, each with its 信息内容 header row; 规章 and
 * 行政规范性文件 with three counts; 行政许可, 行政处罚, 行政强制 and 行政事业性收费（万元）with one value each.
 *
 * @tag disclosure-active-table
 * @summary Renders and checks 表二 of a government information-disclosure annual report.
 */
export class DisclosureActiveTable extends DisclosureTableElement {
  static override styles = [...DisclosureTableElement.styles, activeTableStyles];
  protected readonly table: TableId = 'active';
}
