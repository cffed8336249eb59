/**
 * The editing mode's view of one rendered `<table>`: where each cell sits in the HTML table model
 * (rows and columns with their spans, read from the DOM the element rendered, so the layout is never
 * described again), the data cells `td[data-path]` in it, and the header labels of each row.
 */
import { foldLabel } from '../import/labels/normalize.js';
import { tableOf } from '../model/cells.js';
import type { TableId } from '../model/tables.js';
import { Navigation, type Place } from './navigation.js';
import type { PasteLabels } from './paste.js';

export interface GridCell extends Place {
  td: HTMLTableCellElement;
  path: string;
}

export interface TableGrid {
  element: HTMLTableElement;
  table: TableId;
  navigation: Navigation<GridCell>;
  cells: readonly GridCell[];
  byPath: ReadonlyMap<string, GridCell>;
  byTd: ReadonlyMap<Element, GridCell>;
  labels: PasteLabels<GridCell>;
}

/** A header's label texts, folded: as shown, and the official Chinese shown beside a translation. */
function labelsOf(th: Element): string[] {
  const official = th.querySelector('.official')?.textContent ?? '';
  const shown = (th.textContent ?? '').slice(0, (th.textContent ?? '').length - official.length);
  return [shown, official].filter((text) => text.trim()).map(foldLabel);
}

const grids = new WeakMap<HTMLTableElement, TableGrid>();

/** The grid of a rendered table (built once per table element). */
export function tableGrid(element: HTMLTableElement): TableGrid | undefined {
  const known = grids.get(element);
  if (known) return known;
  const taken: boolean[][] = [];
  const cells: GridCell[] = [];
  const rowLabels: Set<string>[] = [];
  const all = new Set<string>();
  element.querySelectorAll('tr').forEach((tr, row) => {
    let col = 0;
    for (const cell of Array.from(tr.cells)) {
      while (taken[row]?.[col]) col += 1;
      const span = Math.max(1, cell.colSpan);
      const rows = Math.max(1, cell.rowSpan);
      for (let r = row; r < row + rows; r += 1) for (let c = col; c < col + span; c += 1) (taken[r] ??= [])[c] = true;
      const path = cell.dataset.path;
      if (path) cells.push({ td: cell, path, row, col, span });
      else {
        const labels = labelsOf(cell);
        for (const label of labels) all.add(label);
        // Row headers (and the groups and bands above them) name the rows they span.
        if (cell.tagName === 'TH' && !cell.classList.contains('column'))
          for (let r = row; r < row + rows; r += 1) for (const label of labels) (rowLabels[r] ??= new Set()).add(label);
      }
      col += span;
    }
  });
  const first = cells[0];
  if (!first) return undefined;
  const none = new Set<string>();
  const grid: TableGrid = {
    element,
    table: tableOf(first.path),
    navigation: new Navigation(cells),
    cells,
    byPath: new Map(cells.map((cell) => [cell.path, cell])),
    byTd: new Map(cells.map((cell) => [cell.td, cell])),
    labels: { all, ofRow: (cell) => rowLabels[cell.row] ?? none },
  };
  grids.set(element, grid);
  return grid;
}
