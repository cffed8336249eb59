/**
 * The value every cell shows: the number the report gives, or, for a blank total, the value
 * computed from its parts (contract §5, "Computed totals"). One pass per table over arrays indexed
 * by the table's cells (model/cells.ts); the views and the checker both read these, so the
 * arithmetic lives in one place.
 */
import { cellsOf, type TableCells } from '../model/cells.js';
import type { Report } from '../model/schema.js';
import { TABLE_IDS, type TableId } from '../model/tables.js';

/** The values of one table of a report, by cell index (`cells.cells[i]`). */
export interface TableValues {
  cells: TableCells;
  /** What the report gives (`null` when blank). */
  given: readonly (number | null)[];
  /** What each cell shows: the given value, the computed value of a blank total, or `null` (blank). */
  shown: readonly (number | null)[];
  /** The value was computed because the report left this total blank. */
  computed: readonly boolean[];
  /** Whether any cell shows a computed value. */
  anyComputed: boolean;
}

/** The values of the tables a report has (or of the tables asked for). */
export type ReportValues = Partial<Record<TableId, TableValues>>;

interface RowReader {
  /** Keys from the table's object to the row's object (or, for a row of one cell, to the cell). */
  keys: readonly string[];
  /** The row's cells: index, and key in the row object (none for a row of one cell). */
  cells: readonly { index: number; key: string | undefined }[];
}

const readers = new WeakMap<TableCells, readonly RowReader[]>();

/** How to read a table's given values row by row: each row object is reached once. */
function readersOf(cells: TableCells): readonly RowReader[] {
  let found = readers.get(cells);
  if (!found) {
    found = cells.rows.map((row) => {
      const first = cells.cells[row.cells[0]!]!;
      return {
        keys: first.column ? first.keys.slice(0, -1) : first.keys,
        cells: row.cells.map((index) => ({ index, key: cells.cells[index]!.column })),
      };
    });
    readers.set(cells, found);
  }
  return found;
}

/** The values of one table, or undefined when the report does not have it. */
export function tableValues(report: Report, table: TableId): TableValues | undefined {
  const data = report[table];
  if (!data) return undefined;
  const cells = cellsOf(table, report);
  const count = cells.cells.length;
  const given: (number | null)[] = new Array(count);
  for (const row of readersOf(cells)) {
    let node: unknown = data;
    for (const key of row.keys) node = (node as Record<string, unknown> | undefined)?.[key];
    for (const cell of row.cells) {
      const value = cell.key === undefined ? node : (node as Record<string, unknown> | undefined)?.[cell.key];
      given[cell.index] = typeof value === 'number' ? value : null;
    }
  }
  const shown = given.slice();
  const computed: boolean[] = new Array(count).fill(false);
  let anyComputed = false;
  for (const total of cells.computeOrder) {
    if (given[total.cell] !== null) continue;
    let value = 0;
    for (const part of total.parts) value += shown[part] ?? 0;
    shown[total.cell] = value;
    computed[total.cell] = true;
    anyComputed = true;
  }
  return { cells, given, shown, computed, anyComputed };
}

/** The values of every table of a report (or of the tables named) that the report has. */
export function reportValues(report: Report, tables: readonly TableId[] = TABLE_IDS): ReportValues {
  const values: ReportValues = {};
  for (const table of tables) {
    const table_ = tableValues(report, table);
    if (table_) values[table] = table_;
  }
  return values;
}

export interface ShownValue {
  /** What the cell shows: the given value, the computed value of a blank total, or `null` (blank). */
  value: number | null;
  /** What the report gives (`null` when blank). */
  given: number | null;
  /** The value was computed because the report left this total blank. */
  computed: boolean;
  /** The cell is a total (may be blank, then computed). */
  total: boolean;
  /** For a computed total: the cells it was computed from. */
  sources?: readonly string[];
}

export type ShownValues = ReadonlyMap<string, ShownValue>;

/** Every cell of the tables the report has (or of the tables named), by contract path. */
export function shownValues(report: Report, tables: readonly TableId[] = TABLE_IDS): ShownValues {
  const map = new Map<string, ShownValue>();
  for (const values of Object.values(reportValues(report, tables))) {
    const computedBy = new Map(values.cells.computeOrder.map((total) => [total.cell, total.parts]));
    values.cells.cells.forEach((cell, index) => {
      const parts = values.computed[index] ? computedBy.get(index) : undefined;
      map.set(cell.path, {
        value: values.shown[index]!,
        given: values.given[index]!,
        computed: values.computed[index]!,
        total: cell.total,
        ...(parts ? { sources: parts.map((part) => values.cells.cells[part]!.path) } : {}),
      });
    });
  }
  return map;
}
