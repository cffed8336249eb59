/**
 * The cells of each table, indexed, as the definitions in `tables.ts` give them: every cell's
 * contract path, the row it belongs to (a 表二 row, a 表三 row, a 表四 group — what one finding
 * speaks of), its column, whether it is a total and of which parts. Built once per table variant;
 * the checker, the values and the views work on these arrays by index, and address cells by path
 * only at their edges. Also the path helpers: `cellPath`, `splitPath`, `tableOf`.
 */
import { TABLE_IDS, tableDefinition, variantOf, type HeaderNode, type TableDefinition, type TableId, type TableVariant } from './tables.js';

export interface CellInfo {
  index: number;
  /** Contract path, e.g. `applications.results.total.naturalPerson`. */
  path: string;
  /** The path's keys under the table: `['results', 'total', 'naturalPerson']`. */
  keys: readonly string[];
  table: TableId;
  /** The row the cell belongs to, under its table: `results.granted`, `regulations`, `licensing`, 表四's group `review`. */
  row: string;
  /** The cell's key within its row; absent for a row of one cell (表二's `licensing`). */
  column?: string;
  /** The header that names the row in messages; the header that names the column, if any. */
  rowNode: HeaderNode;
  columnNode?: HeaderNode;
  /** The leaf of the column tree the cell sits under, keyed or not (表二's 本年处理决定数量). */
  leafColumn: HeaderNode;
  /** The keys the row tree adds (`results.granted`; '' for 表四, whose rows come from its columns). */
  rowTreePath: string;
  /** The keys the column tree adds (`naturalPerson`, `review.upheld`; '' under 本年处理决定数量). */
  columnTreePath: string;
  /** A total: may be blank, then computed. */
  total: boolean;
  /** An amount (万元, decimals allowed) rather than a count. */
  amount: boolean;
}

export interface RowInfo {
  path: string;
  node: HeaderNode;
  /** Indexes of the row's cells, left to right. */
  cells: readonly number[];
}

/** A total and the cells it sums: across its row (a 总计 column) or down its column (（七）总计). */
export interface TotalInfo {
  cell: number;
  parts: readonly number[];
  direction: 'across' | 'down';
}

export interface TableCells {
  table: TableId;
  variant: TableVariant;
  definition: TableDefinition;
  /** Every cell, in reading order (the grid's order). */
  cells: readonly CellInfo[];
  byPath: ReadonlyMap<string, number>;
  rows: readonly RowInfo[];
  /** Totals summing across their row, in reading order. */
  across: readonly TotalInfo[];
  /** Totals summing down their column, in column order. */
  down: readonly TotalInfo[];
  /**
   * How each blank total is computed, parts first: across its row where it is a total both ways
   * (（七）总计·总计 is the sum of the （七）总计 row), else down its column.
   */
  computeOrder: readonly TotalInfo[];
}

interface Leaf {
  keys: readonly string[];
  node: HeaderNode;
  /** The headers above this leaf, outermost first, as walked (so a subtree used twice, as 表四's groups, stays apart). */
  ancestors: readonly object[];
  total: boolean;
  amount: boolean;
  /** The node that names the row a leaf column's cells belong to, when the column tree makes the row (表四's groups). */
  rowNode?: HeaderNode;
}

/** Leaves of a header tree with their key paths and the headers above them. */
function leavesOf(
  nodes: readonly HeaderNode[],
  keys: readonly string[] = [],
  ancestors: readonly object[] = [{}],
  rowNode?: HeaderNode,
): Leaf[] {
  return nodes.flatMap((node) => {
    const nextKeys = node.key ? [...keys, node.key] : keys;
    if (node.children?.length) {
      const inner = leavesOf(node.children, nextKeys, [...ancestors, {}], node.key ? node : rowNode);
      return inner.map((leaf) => ({ ...leaf, total: leaf.total || Boolean(node.total), amount: leaf.amount || Boolean(node.amount) }));
    }
    return [{ keys: nextKeys, node, ancestors, total: Boolean(node.total), amount: Boolean(node.amount), ...(rowNode ? { rowNode } : {}) }];
  });
}

/** Whether a leaf is one of the non-total leaves under the parent of a total leaf. */
const partsOf = (total: Leaf) => {
  const parent = total.ancestors[total.ancestors.length - 1]!;
  return (leaf: Leaf | undefined) => leaf !== undefined && leaf !== total && !leaf.node.total && leaf.ancestors.includes(parent);
};

function build(table: TableId, variant: TableVariant): TableCells {
  const definition = tableDefinition(table, variant);
  const cells: CellInfo[] = [];
  const byPath = new Map<string, number>();
  const rows: RowInfo[] = [];
  // For totals: which leaf (row or column) each cell sits under.
  const rowLeafOf: Leaf[] = [];
  const columnLeafOf: Leaf[] = [];
  for (const section of definition.sections) {
    const columnLeaves = leavesOf(section.columns);
    const rowLeaves = section.rows?.length ? leavesOf(section.rows) : [undefined];
    for (const rowLeaf of rowLeaves) {
      for (const columnLeaf of columnLeaves) {
        // The last key of a keyed leaf column is the cell's key in its row; the keys before it make the row.
        const columnKeys = columnLeaf.keys;
        const column = columnLeaf.node.key ? columnKeys[columnKeys.length - 1] : undefined;
        const rowKeys = [...(rowLeaf?.keys ?? []), ...(column ? columnKeys.slice(0, -1) : columnKeys)];
        const row = rowKeys.join('.');
        const path = [table, row, ...(column ? [column] : [])].join('.');
        const rowNode = rowLeaf?.node ?? columnLeaf.rowNode!;
        const index = cells.length;
        cells.push({
          index,
          path,
          keys: [...rowKeys, ...(column ? [column] : [])],
          table,
          row,
          ...(column ? { column, columnNode: columnLeaf.node } : {}),
          rowNode,
          leafColumn: columnLeaf.node,
          rowTreePath: (rowLeaf?.keys ?? []).join('.'),
          columnTreePath: columnKeys.join('.'),
          total: Boolean(rowLeaf?.total) || columnLeaf.total,
          amount: Boolean(rowLeaf?.amount) || columnLeaf.amount,
        });
        byPath.set(path, index);
        rowLeafOf.push(rowLeaf!);
        columnLeafOf.push(columnLeaf);
        const last = rows[rows.length - 1];
        if (last?.path === row) (last.cells as number[]).push(index);
        else rows.push({ path: row, node: rowNode, cells: [index] });
      }
    }
  }

  // A total sums the other cells under its own header's parent: across its row for a total
  // column, down its column for a total row.
  const rowOf = new Map(rows.map((row) => [row.path, row.cells]));
  const columnOf = new Map<Leaf, number[]>();
  columnLeafOf.forEach((leaf, index) => {
    const list = columnOf.get(leaf);
    if (list) list.push(index);
    else columnOf.set(leaf, [index]);
  });
  const across: TotalInfo[] = [];
  const down: TotalInfo[] = [];
  cells.forEach((cell, index) => {
    const columnLeaf = columnLeafOf[index]!;
    if (columnLeaf.node.total) {
      const isPart = partsOf(columnLeaf);
      const parts = rowOf.get(cell.row)!.filter((other) => isPart(columnLeafOf[other]));
      across.push({ cell: index, parts, direction: 'across' });
    }
    const rowLeaf = rowLeafOf[index];
    if (rowLeaf?.node.total) {
      const isPart = partsOf(rowLeaf);
      const parts = columnOf.get(columnLeaf)!.filter((other) => isPart(rowLeafOf[other]));
      down.push({ cell: index, parts, direction: 'down' });
    }
  });
  const columnOrder = (a: TotalInfo, b: TotalInfo) => columnIndex(a) - columnIndex(b);
  const columnIndex = (info: TotalInfo) => cells.findIndex((cell) => cell.column === cells[info.cell]!.column);
  down.sort(columnOrder);

  // Compute order: every total after the totals among its parts.
  const chosen = new Map<number, TotalInfo>();
  for (const info of down) chosen.set(info.cell, info);
  for (const info of across) chosen.set(info.cell, info);
  const computeOrder: TotalInfo[] = [];
  const placed = new Set<number>();
  const place = (info: TotalInfo) => {
    if (placed.has(info.cell)) return;
    placed.add(info.cell);
    for (const part of info.parts) {
      const inner = chosen.get(part);
      if (inner) place(inner);
    }
    computeOrder.push(info);
  };
  [...chosen.values()].sort((a, b) => a.cell - b.cell).forEach(place);

  return { table, variant, definition, cells, byPath, rows, across, down, computeOrder };
}

const cache: Record<TableId, Partial<Record<TableVariant, TableCells>>> = { active: {}, applications: {}, reviews: {} };

/** The cells of a table as a report prints it (the official variant without a report). */
export function cellsOf(table: TableId, report?: Parameters<typeof variantOf>[1]): TableCells {
  const variant = variantOf(table, report);
  return (cache[table][variant] ??= build(table, variant));
}

/** The contract path of a cell: `applications.results.granted.naturalPerson`, `active.licensing`, `reviews.review.total`. */
export function cellPath(table: TableId, row: string, column?: string): string {
  return column ? `${table}.${row}.${column}` : `${table}.${row}`;
}

/** The table a contract path belongs to. */
export function tableOf(path: string): TableId {
  return path.slice(0, path.indexOf('.')) as TableId;
}

const SINGLE_ROW_REPORT = { applications: { results: { otherHandling: { naturalPerson: null } } } };

/** The cell a contract path names, in whichever variant of its table has it. */
export function cellInfo(path: string): CellInfo | undefined {
  const table = tableOf(path);
  if (!(TABLE_IDS as readonly string[]).includes(table)) return undefined;
  for (const report of [undefined, SINGLE_ROW_REPORT]) {
    const cells = cellsOf(table, report);
    const index = cells.byPath.get(path);
    if (index !== undefined) return cells.cells[index];
  }
  return undefined;
}

/** A cell's table, row and column, from its path; undefined for a path that names no cell. */
export function splitPath(path: string): Pick<CellInfo, 'table' | 'row' | 'column'> | undefined {
  const cell = cellInfo(path);
  if (!cell) return undefined;
  return cell.column ? { table: cell.table, row: cell.row, column: cell.column } : { table: cell.table, row: cell.row };
}
