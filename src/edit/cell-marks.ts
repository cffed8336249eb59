/**
 * What the editing mode writes on the rendered tables: grid semantics, one tab stop per table (the
 * active cell: a roving tabindex), the selected rectangle (`aria-selected`), and the cells whose text
 * is not a value or that an error finding marks (`aria-invalid`, the text shown in the cell, its
 * message in `aria-describedby`). It keeps which cell of each table is active and what is selected.
 * The element patches only the cells whose values or findings changed, so after the first time a
 * table is seen an update touches only the cells whose marks can have changed.
 */
import type { TableId } from '../model/tables.js';
import { tableGrid, type GridCell, type TableGrid } from './table-grid.js';

const ENTRY_ID = 'dt-entry-';
/** The id of the message of a cell's text that is not a value (in the editing bar). */
export const entryId = (path: string) => ENTRY_ID + path.replaceAll('.', '-');

export function setAttribute(element: Element, name: string, value: string | null): void {
  if (value === null) {
    if (element.hasAttribute(name)) element.removeAttribute(name);
  } else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/** Adds or removes the editor's own id in a cell's `aria-describedby` (the element's finding ids stay). */
function describe(td: Element, id: string | undefined): void {
  const ids = (td.getAttribute('aria-describedby') ?? '').split(' ').filter((token) => token && !token.startsWith(ENTRY_ID));
  if (id) ids.push(id);
  setAttribute(td, 'aria-describedby', ids.length ? ids.join(' ') : null);
}

/** Shows the text typed into a cell in place of its value (or removes it). */
function showEntry(td: HTMLTableCellElement, text: string | undefined): void {
  let span = td.querySelector<HTMLSpanElement>(':scope > .entry-text');
  if (text === undefined) {
    if (span) {
      span.remove();
      td.classList.remove('has-entry');
    }
    return;
  }
  if (!span) {
    span = td.ownerDocument.createElement('span');
    span.className = 'entry-text';
    span.setAttribute('part', 'entry-text');
    td.prepend(span);
    td.classList.add('has-entry');
  }
  if (span.textContent !== text) span.textContent = text;
}

/** A cell's marks: its text that is not a value, if any. */
function markEntry(td: HTMLTableCellElement, path: string, text: string | undefined): void {
  showEntry(td, text);
  describe(td, text === undefined ? undefined : entryId(path));
}

export interface MarkState {
  /** Texts that are not values, by path. */
  entries: ReadonlyMap<string, string>;
  /** The cells of error findings (when findings are shown). */
  errors: Iterable<string>;
  disabled: boolean;
  readonly: boolean;
}

export class CellMarks {
  /** The selection: its anchor is the active cell; `focus` the corner Shift+arrows move. */
  selection: { table: TableId; anchor: string; focus: string } | undefined;
  private readonly active = new Map<TableId, string>();
  private readonly tabStops = new Map<TableId, HTMLTableCellElement>();
  private readonly marked = new Set<HTMLTableCellElement>();
  private grids = new Map<TableId, TableGrid>();
  private invalid = new Set<string>();
  private doneDisabled: boolean | undefined;

  activeCell(grid: TableGrid): GridCell | undefined {
    return grid.byPath.get(this.active.get(grid.table) ?? '') ?? grid.navigation.first;
  }

  /** The selected cells of a grid in reading order (the active cell alone when nothing is selected). */
  selectedCells(grid: TableGrid): GridCell[] {
    const selection = this.selection;
    const anchor = selection?.table === grid.table ? grid.byPath.get(selection.anchor) : undefined;
    const focus = selection && anchor ? grid.byPath.get(selection.focus) : undefined;
    if (anchor && focus) return grid.navigation.rectangle(anchor, focus);
    const active = this.activeCell(grid);
    return active ? [active] : [];
  }

  /** Whether a cell is the active one, the anchor of the selection (`alone`: and nothing else is selected). */
  isActive(grid: TableGrid, cell: GridCell, alone = false): boolean {
    const selection = this.selection;
    return (
      this.active.get(grid.table) === cell.path &&
      selection?.table === grid.table &&
      selection.anchor === cell.path &&
      (!alone || selection.focus === cell.path)
    );
  }

  /** Makes `anchor` the active cell and selects the rectangle to `corner` (itself alone by default). */
  select(grid: TableGrid, anchor: GridCell, corner: GridCell = anchor, disabled = false): void {
    this.active.set(grid.table, anchor.path);
    this.selection = { table: grid.table, anchor: anchor.path, focus: corner.path };
    const stop = this.tabStops.get(grid.table);
    if (stop !== anchor.td && !disabled) {
      if (stop && grid.byTd.has(stop)) stop.setAttribute('tabindex', '-1');
      anchor.td.setAttribute('tabindex', '0');
      this.tabStops.set(grid.table, anchor.td);
    }
    const selected = this.selectedCells(grid);
    const next = new Set(selected.length > 1 ? selected.map((cell) => cell.td) : []);
    for (const td of this.marked) {
      if (next.has(td)) continue;
      td.removeAttribute('aria-selected');
      this.marked.delete(td);
    }
    for (const td of next) {
      if (this.marked.has(td)) continue;
      td.setAttribute('aria-selected', 'true');
      this.marked.add(td);
    }
  }

  /** The grid and cell of an event's target, when it is a data cell (or inside one). */
  cellAt(target: EventTarget | null): { grid: TableGrid; cell: GridCell } | undefined {
    const td = (target as Element | null)?.closest?.('td[data-path]');
    const table = td?.closest('table');
    const grid = table ? tableGrid(table) : undefined;
    const cell = td && grid?.byTd.get(td);
    return grid && cell ? { grid, cell } : undefined;
  }

  /** The cell of a path among the tables last decorated. */
  cellOf(path: string): GridCell | undefined {
    return this.grids.get(path.slice(0, path.indexOf('.')) as TableId)?.byPath.get(path);
  }

  /** Every rendered table, after each render. */
  decorate(root: ParentNode, state: MarkState): void {
    const everything = state.disabled !== this.doneDisabled;
    this.doneDisabled = state.disabled;
    const grids = new Map<TableId, TableGrid>();
    for (const element of Array.from(root.querySelectorAll('table'))) {
      const grid = tableGrid(element);
      if (!grid) continue;
      grids.set(grid.table, grid);
      setAttribute(element, 'role', 'grid');
      setAttribute(element, 'aria-multiselectable', 'true');
      setAttribute(element, 'aria-readonly', state.readonly ? 'true' : null);
      setAttribute(element, 'aria-disabled', state.disabled ? 'true' : null);
      if (everything || this.grids.get(grid.table) !== grid) this.decorateAll(grid, state);
    }
    this.grids = grids;
    const invalid = new Set([...state.entries.keys(), ...state.errors]);
    for (const path of new Set([...invalid, ...this.invalid])) {
      const cell = this.cellOf(path);
      if (!cell) continue;
      markEntry(cell.td, path, state.entries.get(path));
      setAttribute(cell.td, 'aria-invalid', invalid.has(path) ? 'true' : null);
    }
    this.invalid = invalid;
  }

  /** Every cell of a table seen for the first time (or after disabled changed). */
  private decorateAll(grid: TableGrid, state: MarkState): void {
    const active = this.activeCell(grid);
    const selected = this.selectedCells(grid);
    const marked = selected.length > 1 ? new Set(selected.map((cell) => cell.td)) : undefined;
    for (const cell of grid.cells) {
      const { td, path } = cell;
      setAttribute(td, 'tabindex', state.disabled ? null : cell === active ? '0' : '-1');
      const isMarked = marked?.has(td) ?? false;
      if (isMarked || td.hasAttribute('aria-selected')) setAttribute(td, 'aria-selected', isMarked ? 'true' : null);
      const text = state.entries.get(path);
      // Most cells hold no text that is not a value, and never did: nothing to do for them.
      if (text !== undefined || td.classList.contains('has-entry')) markEntry(td, path, text);
      setAttribute(td, 'aria-invalid', text !== undefined || td.part.contains('invalid') ? 'true' : null);
    }
    if (active) this.tabStops.set(grid.table, active.td);
    for (const td of this.marked) if (grid.byTd.has(td) && !marked?.has(td)) this.marked.delete(td);
    for (const td of marked ?? []) this.marked.add(td);
  }

  /** Leaves the editing mode: the tables read as before. */
  clear(root: ParentNode): void {
    for (const element of Array.from(root.querySelectorAll('table'))) {
      for (const name of ['role', 'aria-multiselectable', 'aria-readonly', 'aria-disabled']) element.removeAttribute(name);
      for (const cell of tableGrid(element)?.cells ?? []) {
        for (const name of ['tabindex', 'aria-selected', 'aria-invalid']) cell.td.removeAttribute(name);
        markEntry(cell.td, cell.path, undefined);
      }
    }
    this.tabStops.clear();
    this.marked.clear();
    this.grids.clear();
    this.invalid.clear();
    this.doneDisabled = undefined;
  }
}
