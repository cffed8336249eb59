/**
 * Moving between the data cells of one table as Excel and WPS do, over the table's merged layout:
 * label cells are skipped, a data cell spanning columns (表二's single values) is one stop, and a
 * vertical move keeps the column it started from. Pure: cells are given by grid position.
 */

export interface Place {
  /** Grid row (all rows of the table, header rows included). */
  row: number;
  /** First grid column and the number of columns spanned. */
  col: number;
  span: number;
}

const end = (place: Place) => place.col + place.span - 1;
const covers = (place: Place, column: number) => place.col <= column && column <= end(place);

export type Direction = 'left' | 'right' | 'up' | 'down';

export class Navigation<Cell extends Place> {
  /** Rows that hold data cells, top to bottom, each left to right. */
  readonly rows: readonly (readonly Cell[])[];

  constructor(cells: readonly Cell[]) {
    const byRow = new Map<number, Cell[]>();
    for (const cell of cells) {
      const list = byRow.get(cell.row);
      if (list) list.push(cell);
      else byRow.set(cell.row, [cell]);
    }
    this.rows = [...byRow.entries()].sort(([a], [b]) => a - b).map(([, list]) => list.sort((a, b) => a.col - b.col));
  }

  get first(): Cell | undefined {
    return this.rows[0]?.[0];
  }

  get last(): Cell | undefined {
    const row = this.rows[this.rows.length - 1];
    return row?.[row.length - 1];
  }

  private rowIndex(cell: Cell): number {
    return this.rows.findIndex((row) => row[0]!.row === cell.row);
  }

  /**
   * The next cell in a direction, or undefined at the table's edge. `column`: the column a vertical move
   * keeps (the one it started from); `edge`: go as far as the table goes (Ctrl+arrow).
   */
  move(cell: Cell, direction: Direction, column = cell.col, edge = false): Cell | undefined {
    const index = this.rowIndex(cell);
    const row = this.rows[index];
    if (!row) return undefined;
    if (direction === 'left' || direction === 'right') {
      const at = row.indexOf(cell);
      const next = edge ? (direction === 'left' ? 0 : row.length - 1) : at + (direction === 'left' ? -1 : 1);
      return next === at ? undefined : row[next];
    }
    const step = direction === 'up' ? -1 : 1;
    let found: Cell | undefined;
    for (let other = index + step; other >= 0 && other < this.rows.length; other += step) {
      const match = this.rows[other]!.find((candidate) => covers(candidate, column));
      if (!match) continue;
      found = match;
      if (!edge) break;
    }
    return found;
  }

  /** Tab: right, wrapping to the first cell of the next row; undefined after the last cell (Tab leaves the grid). */
  next(cell: Cell): Cell | undefined {
    const index = this.rowIndex(cell);
    const row = this.rows[index];
    const at = row?.indexOf(cell) ?? -1;
    return row?.[at + 1] ?? this.rows[index + 1]?.[0];
  }

  /** Shift+Tab: left, wrapping to the last cell of the row above; undefined before the first cell. */
  previous(cell: Cell): Cell | undefined {
    const index = this.rowIndex(cell);
    const row = this.rows[index];
    const at = row?.indexOf(cell) ?? -1;
    if (at > 0) return row![at - 1];
    const above = this.rows[index - 1];
    return above?.[above.length - 1];
  }

  /** Home / End: the first or last cell of the cell's row. */
  rowEdge(cell: Cell, which: 'first' | 'last'): Cell | undefined {
    const row = this.rows[this.rowIndex(cell)];
    return which === 'first' ? row?.[0] : row?.[row.length - 1];
  }

  /** The cells of the rectangle between two cells (both included), in reading order; a merged cell counts when it overlaps. */
  rectangle(a: Cell, b: Cell): Cell[] {
    const top = Math.min(a.row, b.row);
    const bottom = Math.max(a.row, b.row);
    const left = Math.min(a.col, b.col);
    const right = Math.max(end(a), end(b));
    return this.rows.flatMap((row) =>
      row[0]!.row < top || row[0]!.row > bottom ? [] : row.filter((cell) => cell.col <= right && end(cell) >= left),
    );
  }

  /**
   * Where the `offset`-th row of a pasted block lands from a cell: that many rows of data below it (0:
   * its own), at the data cells from its column rightwards (a merged cell once); undefined below the table.
   */
  targets(start: Cell, offset: number): readonly Cell[] | undefined {
    const row = this.rows[this.rowIndex(start) + offset];
    return row?.filter((cell) => end(cell) >= start.col);
  }
}
