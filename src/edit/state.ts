/**
 * The editing state as plain values: the report (always well-formed, blanks `null`) and the texts
 * typed into cells that are not values (shown in their cells, never written into the report). Every
 * change is a list of items `{ path, from, to }` over slots, so that one step of the undo stack can be
 * applied either way. Reports are never changed in place: each edit copies the objects on its path.
 */
import { cellsOf } from '../model/cells.js';
import type { Report } from '../model/schema.js';
import { SECTION_KEYS, type SectionKey } from '../model/sections.js';
import type { TableId } from '../model/tables.js';

/** A cell's number or blank; the agency, title, date or prose text; the year. */
export type EditValue = number | string | null;

/** What a cell or field holds: the report's value, and the text shown instead while what was typed is not a value. */
export interface Slot {
  value: EditValue;
  text?: string;
}

export interface EditState {
  report: Report;
  /** Text typed into a cell that is not a value, by path. */
  entries: ReadonlyMap<string, string>;
}

export interface StepItem {
  path: string;
  from: Slot;
  to: Slot;
}

/** The report's fields besides its tables that `<disclosure-report editable>` edits. */
export type FieldPath = 'agency' | 'year' | 'title' | 'publishedOn' | `sections.${SectionKey}`;
export const FIELD_PATHS: readonly FieldPath[] = [
  'agency',
  'year',
  'title',
  'publishedOn',
  ...SECTION_KEYS.map((key) => `sections.${key}` as const),
];

export const isField = (path: string): path is FieldPath => (FIELD_PATHS as readonly string[]).includes(path);

type Tree = Record<string, unknown>;

/** The value at a path: a cell (`applications.received.total`) or a field. */
export function readValue(report: Report, path: string): EditValue {
  let node: unknown = report;
  for (const key of path.split('.')) node = (node as Tree | undefined)?.[key];
  return typeof node === 'number' || typeof node === 'string' ? node : null;
}

/** A copy of `node` with the value at `keys` set; `omit`: a null value removes the key instead. */
function setIn(node: Tree, keys: readonly string[], value: unknown, omit = false): Tree {
  const [key, ...rest] = keys as [string, ...string[]];
  const copy = { ...node };
  if (rest.length) copy[key] = setIn((node[key] as Tree | undefined) ?? {}, rest, value, omit);
  else if (omit && value === null) delete copy[key];
  else copy[key] = value;
  return copy;
}

/** A copy of the report with one value changed. Cells keep `null` for blank; empty optional fields are dropped. */
export function writeValue(report: Report, path: string, value: EditValue): Report {
  if (path === 'agency') return { ...report, agency: typeof value === 'string' ? value : '' };
  if (path === 'year') return typeof value === 'number' ? { ...report, year: value } : report;
  const keys = path.split('.');
  // An optional field or a prose section left empty is omitted, as the contract has it.
  if (isField(path)) return setIn(report as unknown as Tree, keys, value === '' ? null : value, true) as unknown as Report;
  const [table, ...rest] = keys as [string, ...string[]];
  const data = (report as unknown as Tree)[table] as Tree | undefined;
  return { ...report, [table]: setIn(data ?? {}, rest, value) } as Report;
}

export const slotOf = (state: EditState, path: string): Slot => {
  const text = state.entries.get(path);
  const value = readValue(state.report, path);
  return text === undefined ? { value } : { value, text };
};

export const sameSlot = (a: Slot, b: Slot) => a.value === b.value && a.text === b.text;

/** The state after a step's items, taking each item's `to` (redo) or `from` (undo). */
export function applyItems(state: EditState, items: readonly StepItem[], side: 'to' | 'from'): EditState {
  let { report } = state;
  const entries = new Map(state.entries);
  for (const item of items) {
    const slot = item[side];
    if (readValue(report, item.path) !== slot.value) report = writeValue(report, item.path, slot.value);
    if (slot.text === undefined) entries.delete(item.path);
    else entries.set(item.path, slot.text);
  }
  return { report, entries };
}

/** The items that take the state's slots at these paths to the slots given (unchanged ones left out). */
export function itemsTo(state: EditState, targets: Iterable<readonly [path: string, slot: Slot]>): StepItem[] {
  const items: StepItem[] = [];
  const seen = new Set<string>();
  for (const [path, to] of targets) {
    if (seen.has(path)) continue;
    seen.add(path);
    const from = slotOf(state, path);
    if (!sameSlot(from, to)) items.push({ path, from, to });
  }
  return items;
}

/** Every cell path of the tables (as this report prints them), and the fields. */
export function editablePaths(report: Report, tables: readonly TableId[]): string[] {
  return [...FIELD_PATHS, ...tables.flatMap((table) => cellsOf(table, report).cells.map((cell) => cell.path))];
}

/** The items that take `state` to `target` everywhere the editor edits (a restored draft, a form reset). */
export function itemsToState(state: EditState, target: EditState, tables: readonly TableId[]): StepItem[] {
  return itemsTo(
    state,
    editablePaths(state.report, tables).map((path) => [path, slotOf(target, path)] as const),
  );
}

/** Every blank cell that is not a total and holds no typed text, set to `value` ("空白填 0"). */
export function fillItems(state: EditState, tables: readonly TableId[], value: number): StepItem[] {
  const targets: [string, Slot][] = [];
  for (const table of tables) {
    if (!state.report[table]) continue;
    for (const cell of cellsOf(table, state.report).cells) {
      if (cell.total || state.entries.has(cell.path) || readValue(state.report, cell.path) !== null) continue;
      targets.push([cell.path, { value }]);
    }
  }
  return itemsTo(state, targets);
}

/** A table with every cell blank, in the official layout. */
export function blankTable(table: TableId): Tree {
  let data: Tree = {};
  for (const cell of cellsOf(table).cells) data = setIn(data, cell.keys, null);
  return data;
}

/** The report an editable element starts from when it has no data: the current format, every cell blank, no agency yet. */
export function blankReport(year: number): Report {
  return withTables({ format: '2021', agency: '', year } as Report, ['active', 'applications', 'reviews']);
}

/** The report with a blank table for each of these it lacks (an element edits the tables it shows). */
export function withTables(report: Report, tables: readonly TableId[]): Report {
  const missing = tables.filter((table) => !report[table]);
  if (!missing.length) return report;
  const copy = { ...report } as Tree;
  for (const table of missing) copy[table] = blankTable(table);
  return copy as unknown as Report;
}
