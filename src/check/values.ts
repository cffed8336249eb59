/**
 * The value every cell shows: the number the report gives, or, for a blank total, the value
 * computed from its parts (contract §5, "Computed totals"). Views and the checker both read
 * these, so the arithmetic lives in one place.
 */
import { APPLICANT_KEYS, APPLICATION_COLUMN_KEYS, REVIEW_GROUP_KEYS, REVIEW_PART_KEYS, TABLE_IDS, type ApplicationColumnKey, type TableId } from '../model/keys.js';
import type { ApplicationRow, Report } from '../model/schema.js';
import type { Grid } from '../layout/grid.js';
import { gridFor } from '../layout/tables.js';

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

/** Blank counts as 0 in sums (its `cell.blank` warning says so). */
export const sum = (values: readonly (number | null)[]): number => values.reduce<number>((acc, value) => acc + (value ?? 0), 0);

const given = (value: number | null, total = false): ShownValue => ({ value, given: value, computed: false, total });
const totalOf = (value: number | null, parts: readonly string[], values: Map<string, ShownValue>): ShownValue =>
  value === null
    ? { value: sum(parts.map((path) => values.get(path)?.value ?? null)), given: null, computed: true, total: true, sources: parts }
    : given(value, true);

export interface ApplicationRowRef {
  /** Path under `applications`, e.g. `results.withheld.stateSecret`. */
  path: string;
  row: ApplicationRow;
  /** The （七）总计 row. */
  isResultsTotal: boolean;
  /** A result row （一）…（六） that sums into （七）总计. */
  isResult: boolean;
  /** The contract path of each of the row's cells, by column key. */
  cells: Readonly<Record<ApplicationColumnKey, string>>;
}

type RowLayout = Omit<ApplicationRowRef, 'row'>;
const rowLayouts = new WeakMap<Grid, readonly RowLayout[]>();

/** 表三's rows of a grid, with their cell paths: built once per layout variant. */
function rowLayoutOf(grid: Grid): readonly RowLayout[] {
  let layouts = rowLayouts.get(grid);
  if (!layouts) {
    const paths: string[] = [];
    for (const cellPath of grid.cells.keys()) {
      const rowPath = cellPath.slice('applications.'.length, cellPath.lastIndexOf('.'));
      if (paths[paths.length - 1] !== rowPath) paths.push(rowPath);
    }
    layouts = paths.map((path) => {
      const isResultsTotal = path === 'results.total';
      const cells = Object.fromEntries(APPLICATION_COLUMN_KEYS.map((key) => [key, `applications.${path}.${key}`])) as Record<ApplicationColumnKey, string>;
      return { path, isResultsTotal, isResult: path.startsWith('results.') && !isResultsTotal, cells };
    });
    rowLayouts.set(grid, layouts);
  }
  return layouts;
}

/** 表三's rows in print order (23 or 25 of them), with their data. */
export function applicationRows(report: Report): ApplicationRowRef[] {
  const applications = report.applications;
  if (!applications) return [];
  return rowLayoutOf(gridFor('applications', report)).map((layout) => ({
    ...layout,
    row: layout.path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], applications) as ApplicationRow,
  }));
}

/** Every cell of the tables the report has (or of the tables named), by contract path. */
export function shownValues(report: Report, tables: readonly TableId[] = TABLE_IDS): ShownValues {
  const values = new Map<string, ShownValue>();
  const active = tables.includes('active') ? report.active : undefined;
  if (active) {
    for (const [key, cell] of Object.entries(active)) {
      if (cell !== null && typeof cell === 'object') {
        for (const [inner, value] of Object.entries(cell)) values.set(`active.${key}.${inner}`, given(value as number | null));
      } else {
        values.set(`active.${key}`, given(cell));
      }
    }
  }

  const rows = tables.includes('applications') ? applicationRows(report) : [];
  const resultRows = rows.filter((ref) => ref.isResult);
  for (const ref of rows) {
    for (const key of APPLICANT_KEYS) {
      const value = ref.isResultsTotal
        ? totalOf(ref.row[key], resultRows.map((result) => result.cells[key]), values)
        : given(ref.row[key]);
      values.set(ref.cells[key], value);
    }
    values.set(ref.cells.total, totalOf(ref.row.total, APPLICANT_KEYS.map((key) => ref.cells[key]), values));
  }

  const reviews = tables.includes('reviews') ? report.reviews : undefined;
  if (reviews) {
    for (const group of REVIEW_GROUP_KEYS) {
      const cells = reviews[group];
      for (const key of REVIEW_PART_KEYS) values.set(`reviews.${group}.${key}`, given(cells[key]));
      const parts = REVIEW_PART_KEYS.map((key) => `reviews.${group}.${key}`);
      values.set(`reviews.${group}.total`, totalOf(cells.total, parts, values));
    }
  }
  return values;
}

/**
 * Every cell a set of cells stands for: each computed total is followed by the cells it was
 * computed from (recursively), so a finding names the cells a reader can actually correct.
 */
export function involvedCells(paths: readonly string[], values: ShownValues): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const source of values.get(path)?.sources ?? []) visit(source);
  };
  paths.forEach(visit);
  return [...seen];
}

/** The table a contract path belongs to. */
export function tableOf(path: string): TableId {
  return path.slice(0, path.indexOf('.')) as TableId;
}
