/**
 * A table continued on later pages, joined into one: the parts' columns put on one set of edges,
 * header rows repeated at the top of a page dropped, and a row broken by the page break made
 * whole again — only where the labels say so: the two halves of a label read as one official
 * label ("（四）无" / "法提供"), or one half has the label and the other the numbers.
 */
import { classifyTable } from '../labels/classify.js';
import { foldLabel, isValueLike } from '../labels/normalize.js';
import { segmentCells } from '../labels/pieces.js';
import { VOCABULARIES, type Vocabulary } from '../labels/vocabulary.js';
import { clusterValues, type Grid, type GridCell } from './grid.js';

export interface PlacedCell extends GridCell {
  text: string;
  page: number;
}

export interface TablePart {
  grid: Grid;
  cells: PlacedCell[];
  page: number;
}

/** Characters of a label text that match no official label exactly (or by a known variant). */
function unmatched(text: string, vocabulary: Vocabulary): number {
  return segmentCells([{ text, colspan: 1, rowspan: 1 }], vocabulary)
    .filter(({ piece }) => piece.match === 'unknown' || piece.match === 'fuzzy')
    .reduce((sum, { piece }) => sum + piece.end - piece.start, 0);
}

const isLabel = (text: string) => text.trim() !== '' && !isValueLike(text);

/** Whether two label halves read better as one label than apart. */
function continues(a: string, b: string, vocabulary: Vocabulary | undefined): boolean {
  if (!vocabulary || !isLabel(a) || !isLabel(b)) return false;
  return unmatched(`${a}${b}`, vocabulary) < unmatched(a, vocabulary) + unmatched(b, vocabulary);
}

const rowKey = (cells: readonly PlacedCell[], row: number) =>
  cells
    .filter((cell) => cell.row === row)
    .map((cell) => `${cell.col}:${cell.colspan}:${foldLabel(cell.text)}`)
    .join('|');

/** The parts' cells on common column edges and consecutive rows. */
function stack(parts: readonly TablePart[]): { cells: PlacedCell[]; seams: number[] } {
  const xs = clusterValues(parts.flatMap((part) => part.grid.xs));
  const nearest = (x: number) => xs.reduce((best, edge, index) => (Math.abs(edge - x) < Math.abs(xs[best]! - x) ? index : best), 0);
  const cells: PlacedCell[] = [];
  const seams: number[] = [];
  let offset = 0;
  parts.forEach((part, index) => {
    let own = part.cells.map((cell) => {
      const col = nearest(cell.box.x0);
      return { ...cell, col, colspan: Math.max(1, nearest(cell.box.x1) - col) };
    });
    let rows = part.grid.ys.length - 1;
    if (index > 0) {
      // Header rows repeated on the new page: the same texts as the first part's first rows.
      const first = cells;
      let repeated = 0;
      while (
        repeated < rows &&
        rowKey(own, repeated) === rowKey(first, repeated) &&
        !own.some((cell) => cell.row === repeated && cell.rowspan > rows - repeated)
      )
        repeated++;
      if (repeated && own.every((cell) => cell.row >= repeated || cell.row + cell.rowspan <= repeated)) {
        own = own.filter((cell) => cell.row >= repeated).map((cell) => ({ ...cell, row: cell.row - repeated }));
        rows -= repeated;
      }
      seams.push(offset);
    }
    cells.push(...own.map((cell) => ({ ...cell, row: cell.row + offset })));
    offset += rows;
  });
  return { cells, seams };
}

/** Mends the row broken at a seam (the first row of a part after the first). */
function mendSeam(cells: PlacedCell[], seam: number, vocabulary: Vocabulary | undefined): PlacedCell[] {
  const above = cells.filter((cell) => cell.row + cell.rowspan === seam);
  const below = cells.filter((cell) => cell.row === seam);
  const pairs = above.flatMap((a) => {
    const b = below.find((cell) => cell.col === a.col && cell.colspan === a.colspan);
    return b ? [{ a, b }] : [];
  });
  if (!pairs.length) return cells;
  const filled = (cell: PlacedCell) => cell.text.trim() !== '';
  // The whole row continues: no column is filled on both sides unless as halves of one label,
  // and something is filled on each side (a label above, its numbers below; or a label's tail).
  const wholeRow =
    pairs.length === above.length &&
    pairs.length === below.length &&
    pairs.every(({ a, b }) => !(filled(a) && filled(b)) || continues(a.text, b.text, vocabulary)) &&
    pairs.some(({ a }) => filled(a)) &&
    pairs.some(({ b }) => filled(b)) &&
    // A label of its own below an empty cell starts a row of its own.
    !pairs.some(({ a, b }) => isLabel(b.text) && !filled(a));
  // Otherwise a group's label cell goes on: its label's tail, or an empty cell spanning rows below it.
  const merging = wholeRow
    ? pairs
    : pairs.filter(({ a, b }) => continues(a.text, b.text, vocabulary) || (isLabel(a.text) && !filled(b) && b.rowspan > 1));
  if (!merging.length) return cells;
  const gone = new Set(merging.map(({ b }) => b));
  const grown = new Map(
    merging.map(({ a, b }) => [
      a,
      {
        ...a,
        rowspan: a.rowspan + b.rowspan,
        text: [a.text, b.text].filter((text) => text.trim()).join('\n'),
        box: { ...a.box, y1: b.box.y1 },
      },
    ]),
  );
  return cells.filter((cell) => !gone.has(cell)).map((cell) => grown.get(cell) ?? cell);
}

/** One table from its parts, cells in reading order. */
export function joinParts(parts: readonly TablePart[]): PlacedCell[] {
  const stacked = stack(parts);
  const { seams } = stacked;
  let { cells } = stacked;
  if (seams.length) {
    const rows: { text: string; colspan: number; rowspan: number }[][] = [];
    for (const cell of cells) (rows[cell.row] ??= []).push(cell);
    const id = classifyTable({ kind: 'table', rows: Array.from(rows, (row) => row ?? []), aligned: true });
    const vocabulary = id ? VOCABULARIES[id] : undefined;
    for (const seam of seams) cells = mendSeam(cells, seam, vocabulary);
  }
  return cells.sort((a, b) => a.row - b.row || a.col - b.col);
}
