/**
 * The table figures prose speaks of, as cells of the model: a figure is read one or more ways
 * (`readings`, the first is the figure itself; the others are what the same words also mean in
 * real reports, such as 收到申请 = 新收 or 新收 + 上年结转), each reading a sum of parts, each part
 * the cells of a row — or of every row under a group such as （三）不予公开 — in a column or under
 * a column header such as 法人或其他组织. Rows, columns and their names all come from the table
 * definitions (model/tables.ts, model/cells.ts).
 */
import { cellsOf, type CellInfo } from '../../model/cells.js';
import type { Report } from '../../model/schema.js';
import { tableDefinition, variantOf, type HeaderNode, type TableId } from '../../model/tables.js';
import type { Lang } from '../../model/text.js';
import { nameOf } from '../messages.js';

export interface Part {
  /** A row path (`received`, `regulations`, the 表四 group `review`) or a group of rows (`results.withheld`). */
  row: string;
  /** A column key (`total`, `issued`, `upheld`) or a column header's id (`legal`: the five 法人或其他组织 columns). */
  column?: string;
}

export interface Figure {
  table: TableId;
  unit: 'count' | 'amount';
  /** Each reading sums its parts; the first reading is the figure, the others also count as matching. */
  readings: readonly (readonly Part[])[];
}

/**
 * A row header by its key path (`results.withheld`, 表四's `litigationDirect`, whose rows come from
 * its column tree), or a column header by its key or id (`total`, `upheld`, `legal`).
 */
function headerOf(table: TableId, report: Report, path: string, kind: 'row' | 'column'): HeaderNode | undefined {
  const byPath = (nodes: readonly HeaderNode[], keys: readonly string[]): HeaderNode | undefined => {
    for (const node of nodes) {
      const next = node.key ? [...keys, node.key] : keys;
      if (node.key && next.join('.') === path) return node;
      if (node.key && !path.startsWith(`${next.join('.')}.`)) continue;
      const inner = node.children && byPath(node.children, next);
      if (inner) return inner;
    }
    return undefined;
  };
  const byName = (nodes: readonly HeaderNode[]): HeaderNode | undefined => {
    for (const node of nodes) {
      if (node.key === path || node.id === path) return node;
      const inner = node.children && byName(node.children);
      if (inner) return inner;
    }
    return undefined;
  };
  for (const section of tableDefinition(table, variantOf(table, report)).sections) {
    const found = kind === 'column' ? byName(section.columns) : (byPath(section.rows ?? [], []) ?? byPath(section.columns, []));
    if (found) return found;
  }
  return undefined;
}

/** The keyed leaves under a header: the columns a column id stands for. */
function keysUnder(node: HeaderNode): string[] {
  if (!node.children?.length) return node.key ? [node.key] : [];
  return node.children.flatMap(keysUnder);
}

/** The cells of a part, in reading order. */
export function partCells(table: TableId, report: Report, part: Part): CellInfo[] {
  const columnNode = part.column === undefined ? undefined : headerOf(table, report, part.column, 'column');
  const columns = columnNode ? keysUnder(columnNode) : [];
  const underRow = (row: string) => row === part.row || row.startsWith(`${part.row}.`);
  return cellsOf(table, report).cells.filter(
    (cell) => underRow(cell.row) && (part.column === undefined ? cell.column === undefined : columns.includes(cell.column ?? '')),
  );
}

/** The name of a reading in messages: each part as row·column, e.g. （三）不予公开·总计, joined by +. */
export function readingName(table: TableId, report: Report, reading: readonly Part[], lang: Lang): string {
  return reading
    .map((part) => {
      const row = headerOf(table, report, part.row, 'row');
      const column = part.column === undefined ? undefined : headerOf(table, report, part.column, 'column');
      const rowName = row ? nameOf(row, lang) : part.row;
      if (!column) return rowName;
      return lang === 'en' ? `${rowName}, ${nameOf(column, lang)}` : `${rowName}·${nameOf(column, lang)}`;
    })
    .join(' + ');
}
