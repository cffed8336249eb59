/**
 * The value every cell shows: the number the report gives, or, for a blank total, the value
 * computed from its parts (contract §5, "Computed totals"). One pass per table over arrays indexed
 * by the table's cells (model/cells.ts); the views and the checker both read these, so the
 * arithmetic lives in one place.
 */
import { cellsOf, type TableCells } from '../model/cells.js';
import type { Report } from '../model/schema.js';
import { TABLE_IDS, type TableId } from '../model/tables.js';
import { readCompiled } from './compiled-reader.js';

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

export interface RowReader {
  /** Keys from the table's object to the row's object (or, for a row of one cell, to the cell). */
  keys: readonly string[];
  /** The keys of the row's cells in the row object, in index order (none for a row of one cell). */
  columns: readonly string[] | undefined;
}

export interface TableReader {
  rows: readonly RowReader[];
  /**
   * No blank total computed: every cell shows what is given (shared, never written; not frozen, as a
   * copy of a frozen array is slow to write to).
   */
  noneComputed: readonly boolean[];
  /** Every cell blank: copied to start a report's given values. */
  blank: readonly (number | null)[];
}

/**
 * The key as the engine's own string: keys cut out of contract paths are fresh strings, and a
 * property read with a fresh string looks it up in the engine's string table every time.
 */
const internal = (key: string): string => Object.keys({ [key]: 0 })[0]!;

const readers = new WeakMap<TableCells, TableReader>();

/** How to read a table's given values row by row, in cell index order: each row object is reached once. */
export function readerOf(cells: TableCells): TableReader {
  let found = readers.get(cells);
  if (!found) {
    let next = 0;
    const rows = cells.rows.map((row) => {
      // The cells of the table are numbered row by row: the values are read in that order.
      for (const index of row.cells) if (index !== next++) throw new Error(`cells of ${cells.table} are not numbered row by row`);
      const first = cells.cells[row.cells[0]!]!;
      return first.column
        ? { keys: first.keys.slice(0, -1).map(internal), columns: row.cells.map((index) => internal(cells.cells[index]!.column!)) }
        : { keys: first.keys.map(internal), columns: undefined };
    });
    found = { rows, noneComputed: cells.cells.map(() => false), blank: cells.cells.map(() => null) };
    readers.set(cells, found);
  }
  return found;
}

const numberOrNull = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/**
 * A row object's cells, in the order of `columns`, written into `given` from `start`. A row written
 * in that order (as the contract's JSON is) is read by walking its own keys, which the engine does
 * faster than looking up each name.
 */
function readRow(node: Record<string, unknown>, columns: readonly string[], given: (number | null)[], start: number): void {
  let at = 0;
  for (const key in node) {
    if (key !== columns[at]) break;
    given[start + at] = numberOrNull(node[key]);
    at++;
  }
  if (at === columns.length) return;
  for (let column = 0; column < columns.length; column++) given[start + column] = numberOrNull(node[columns[column]!]);
}

/** The given values of a table's object, row by row (the reader for browsers, and where nothing is compiled). */
export function readGiven(reader: TableReader, data: unknown): (number | null)[] {
  // A copy of the all-blank table (packed, of its final length), each row's values written in.
  const given = reader.blank.slice();
  let start = 0;
  for (const row of reader.rows) {
    let node: unknown = data;
    for (const key of row.keys) node = (node as Record<string, unknown> | undefined)?.[key];
    if (!row.columns) given[start++] = numberOrNull(node);
    else {
      if (node !== undefined && node !== null) readRow(node as Record<string, unknown>, row.columns, given, start);
      start += row.columns.length;
    }
  }
  return given;
}

/** The values of one table, or undefined when the report does not have it. */
export function tableValues(report: Report, table: TableId): TableValues | undefined {
  const data = report[table];
  if (!data) return undefined;
  const cells = cellsOf(table, report);
  const reader = readerOf(cells);
  const given = readCompiled(reader, data) ?? readGiven(reader, data);
  // Until a blank total is computed, what is shown is what is given (both read-only).
  let shown = given;
  let computed = reader.noneComputed as boolean[];
  for (const total of cells.computeOrder) {
    if (given[total.cell] !== null) continue;
    if (shown === given) {
      shown = given.slice();
      computed = computed.slice();
    }
    let value = 0;
    for (const part of total.parts) value += shown[part] ?? 0;
    shown[total.cell] = value;
    computed[total.cell] = true;
  }
  return { cells, given, shown, computed, anyComputed: shown !== given };
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
