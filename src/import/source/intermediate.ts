/**
 * The source-agnostic form between parsing and mapping: paragraphs of text and tables as rows
 * of cells with their spans. HTML (DOMParser or parse5) and plain text both produce it; the
 * mapping reads only this.
 */

export interface SourceCell {
  /** The cell's text; line breaks of the source (<p>, <br>, new lines) kept as "\n". */
  text: string;
  colspan: number;
  rowspan: number;
  /** 1-based source line where the cell starts. */
  line?: number;
}

/**
 * Where a block sits in the page: the path of its enclosing HTML blocks ("/1/4/9/"). Prose ends
 * where the report's container ends, so a page footer does not run into section 六.
 */
export type Scope = string;

export interface SourceTable {
  kind: 'table';
  scope?: Scope;
  rows: SourceCell[][];
  /**
   * Whether cell positions can be trusted (HTML). Text copied from a page loses the spans, so
   * its cells are read in order instead, with the column order taken from the printed headers.
   */
  aligned: boolean;
  line?: number;
}

export interface SourceParagraph {
  kind: 'paragraph';
  text: string;
  line?: number;
  /** The path of the blocks around it, its own included. */
  scope?: Scope;
}

export type SourceBlock = SourceParagraph | SourceTable;

/**
 * What this library's own HTML (the static export, a rendered element) states machine-readably
 * (src/static/report-html.ts): read as given, never guessed.
 */
export interface ExportedFacts {
  agency?: string;
  year?: number;
  title?: string;
  publishedOn?: string;
  /** The prose keys the report gives (`data-sections`); undefined when it gives no `sections`. */
  sectionKeys?: string[];
  /** Each given section's exact text. */
  sections: Record<string, string>;
}

export interface SourceDocument {
  /** Facts this library's own HTML states (`data-dt-report`, `data-dt-section`). */
  exported?: ExportedFacts;
  /** Text of the page's <title>, when the source is a whole page. */
  pageTitle?: SourceParagraph;
  /** <meta name content> pairs of a whole page (e.g. PubDate). */
  meta: { name: string; content: string; line?: number }[];
  blocks: SourceBlock[];
}

/** One position of a table's grid: the cell covering it, and whether this is the cell's own first row/column. */
export interface GridSlot {
  cell: SourceCell;
  /** The column where the cell starts. */
  col: number;
  /** This slot is in the cell's first row (cells spanning rows appear again below, `top` false). */
  top: boolean;
}

/** Widest tables we expand; official tables are at most 15 columns wide. */
const MAX_GRID_COLUMNS = 64;

/** Expands row/col spans into a grid (rows × columns), as an HTML table lays its cells out. */
export function expandGrid(rows: readonly SourceCell[][]): (GridSlot | undefined)[][] {
  const grid: (GridSlot | undefined)[][] = rows.map(() => []);
  rows.forEach((cells, r) => {
    let col = 0;
    for (const cell of cells) {
      while (grid[r]![col]) col++;
      if (col >= MAX_GRID_COLUMNS) break;
      const colspan = Math.min(cell.colspan, MAX_GRID_COLUMNS - col);
      const rowspan = Math.min(cell.rowspan, rows.length - r);
      for (let dr = 0; dr < rowspan; dr++) {
        for (let dc = 0; dc < colspan; dc++) {
          grid[r + dr]![col + dc] ??= { cell, col, top: dr === 0 };
        }
      }
      col += colspan;
    }
  });
  return grid;
}
