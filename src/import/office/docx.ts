/**
 * A Word file (.docx, as saved by Word, WPS or LibreOffice) → the importer's intermediate form:
 * the body's paragraphs in order, and its tables as rows of cells with their spans, exactly as the
 * HTML reader gives them, so the same label-driven mapping reads both.
 *
 * What Word stores differently from HTML, and how it is read:
 * - `w:gridSpan` is a colspan; `w:vMerge` restart/continue and legacy `w:hMerge` become row/col spans;
 * - `w:gridBefore`/`w:gridAfter` skip grid columns: cells are placed by grid column, and columns no
 *   row has a cell in are dropped (a skipped column is never a column of the official table);
 * - content controls (`w:sdt`), smart tags, hyperlinks and custom XML are read through;
 * - tracked changes: insertions are taken, deletions (`w:del`, `w:moveFrom`, deleted rows) dropped;
 * - a table holding tables lays out the page: its cells are read as ordinary content, as in HTML;
 * - drawings, text boxes, footnotes and headers are not the report's flow and are skipped.
 */
import { cleanProse } from '../labels/normalize.js';
import type { SourceBlock, SourceCell, SourceDocument, SourceTable } from '../source/intermediate.js';
import { elements, type XmlElement } from './xml.js';

/** Elements whose content reads as if they were not there. */
const TRANSPARENT = new Set([
  'w:sdtContent',
  'w:customXml',
  'w:smartTag',
  'w:hyperlink',
  'w:ins',
  'w:moveTo',
  'w:fldSimple',
  'w:dir',
  'w:bdo',
]);
/** Elements whose content is not part of the text: deletions, control properties, graphics. */
const DROPPED = new Set([
  'w:del',
  'w:moveFrom',
  'w:sdtPr',
  'w:sdtEndPr',
  'w:drawing',
  'w:pict',
  'w:object',
  'mc:AlternateContent',
  'w:instrText',
  'w:delText',
  'w:rPr',
  'w:pPr',
  'w:tcPr',
  'w:trPr',
  'w:tblPr',
  'w:tblGrid',
]);

/** The children of an element with content controls, insertions and the like opened up, deletions left out. */
function content(parent: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const node of parent.children) {
    if (typeof node === 'string' || DROPPED.has(node.name)) continue;
    if (node.name === 'w:sdt') {
      for (const inner of elements(node, 'w:sdtContent')) out.push(...content(inner));
    } else if (TRANSPARENT.has(node.name)) out.push(...content(node));
    else out.push(node);
  }
  return out;
}

const property = (parent: XmlElement, propertiesName: string, name: string): XmlElement | undefined => {
  const properties = elements(parent, propertiesName)[0];
  return properties ? elements(properties, name)[0] : undefined;
};

const intValue = (element: XmlElement | undefined, fallback: number): number => {
  const value = Number.parseInt(element?.attrs['w:val'] ?? '', 10);
  return Number.isFinite(value) && value >= 0 ? Math.min(value, 1000) : fallback;
};

/** The text of a paragraph: runs' text, tabs as spaces, line breaks as "\n". */
export function paragraphText(paragraph: XmlElement): string {
  let text = '';
  const visit = (node: XmlElement) => {
    for (const item of content(node)) {
      switch (item.name) {
        case 'w:t':
          text += item.children.filter((child): child is string => typeof child === 'string').join('');
          break;
        case 'w:tab':
        case 'w:ptab':
          text += ' ';
          break;
        case 'w:br':
        case 'w:cr':
          text += '\n';
          break;
        case 'w:noBreakHyphen':
          text += '-';
          break;
        default:
          // Runs, and anything else that may hold runs (w:r, w:fldSimple inner runs, math is skipped).
          if (item.name === 'w:r' || item.name.startsWith('w:')) visit(item);
      }
    }
  };
  visit(paragraph);
  return text;
}

const HTML_SPACE = /[ \t\n\f\r]+/g;

/** A cell's text as the HTML reader gives it: one line per paragraph or break, whitespace collapsed. */
function cellText(paragraphs: readonly XmlElement[]): string {
  return paragraphs
    .flatMap((paragraph) => paragraphText(paragraph).split('\n'))
    .map((line) => line.replace(HTML_SPACE, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

interface PlacedCell {
  cell: SourceCell;
  col: number;
  colspan: number;
}

const containsTable = (element: XmlElement): boolean => content(element).some((item) => item.name === 'w:tbl' || containsTable(item));

/** Reads a body (or a layout table's cell) into blocks. */
export function readBlocks(container: XmlElement, blocks: SourceBlock[]): void {
  for (const item of content(container)) {
    if (item.name === 'w:p') {
      for (const line of paragraphText(item).split('\n')) {
        const text = cleanProse(line);
        if (text) blocks.push({ kind: 'paragraph', text });
      }
    } else if (item.name === 'w:tbl') readTable(item, blocks);
  }
}

function readTable(table: XmlElement, blocks: SourceBlock[]): void {
  const rows = content(table).filter((item) => item.name === 'w:tr' && !property(item, 'w:trPr', 'w:del'));
  const cellsOf = (row: XmlElement) => content(row).filter((item) => item.name === 'w:tc');
  // A table holding tables lays out the page; its cells are read as ordinary content.
  if (rows.some((row) => cellsOf(row).some(containsTable))) {
    for (const cell of rows.flatMap(cellsOf)) readBlocks(cell, blocks);
    return;
  }

  const placedRows: PlacedCell[][] = [];
  /** The cell a vertical merge continues, by grid column. */
  const above = new Map<number, PlacedCell>();
  for (const row of rows) {
    let col = intValue(property(row, 'w:trPr', 'w:gridBefore'), 0);
    const placed: PlacedCell[] = [];
    const open = new Map<number, PlacedCell>();
    /** Where the previous cell went: a cell of this row, or a cell above that it continues. */
    let previous: { item: PlacedCell; continues: boolean } | undefined;
    for (const tc of cellsOf(row)) {
      const colspan = Math.max(1, intValue(property(tc, 'w:tcPr', 'w:gridSpan'), 1));
      const vMerge = property(tc, 'w:tcPr', 'w:vMerge');
      const hMerge = property(tc, 'w:tcPr', 'w:hMerge');
      if (hMerge && hMerge.attrs['w:val'] !== 'restart' && previous) {
        // Legacy horizontal merge: this cell widens the one before it (already widened when that one continues a cell above).
        if (!previous.continues) {
          previous.item.colspan += colspan;
          previous.item.cell.colspan = previous.item.colspan;
        }
      } else if (vMerge && vMerge.attrs['w:val'] !== 'restart' && above.has(col)) {
        const origin = above.get(col)!;
        origin.cell.rowspan++;
        open.set(col, origin);
        previous = { item: origin, continues: true };
      } else {
        const cell: SourceCell = { text: cellText(content(tc).filter((item) => item.name === 'w:p')), colspan, rowspan: 1 };
        const item = { cell, col, colspan };
        placed.push(item);
        if (vMerge) open.set(col, item);
        previous = { item, continues: false };
      }
      col += colspan;
    }
    // A vertical merge runs only as long as each row continues it.
    above.clear();
    for (const [at, item] of open) above.set(at, item);
    placedRows.push(placed);
  }
  const sourceRows = alignRows(placedRows);
  if (sourceRows.some((row) => row.length)) blocks.push({ kind: 'table', rows: sourceRows, aligned: true } satisfies SourceTable);
}

/**
 * Cells placed on the grid → HTML-like rows. Grid columns that no cell covers (left by
 * `w:gridBefore`/`w:gridAfter` on every row) are dropped; a gap left in one row only becomes an
 * empty cell, so the cells after it keep their columns.
 */
function alignRows(rows: readonly PlacedCell[][]): SourceCell[][] {
  const covered = new Set<number>();
  for (const item of rows.flat()) for (let c = item.col; c < item.col + item.colspan; c++) covered.add(c);
  const columns = [...covered].sort((a, b) => a - b);
  // Which grid columns each row has taken, counting cells that span down into it.
  const taken: Set<number>[] = rows.map(() => new Set());
  rows.forEach((row, r) => {
    for (const item of row) {
      for (let dr = 0; dr < item.cell.rowspan && r + dr < rows.length; dr++) {
        for (let c = item.col; c < item.col + item.colspan; c++) taken[r + dr]!.add(c);
      }
    }
  });
  return rows.map((row, r) => {
    const out: SourceCell[] = [];
    const byStart = new Map(row.map((item) => [item.col, item]));
    let gap = 0;
    for (const col of columns) {
      const item = byStart.get(col);
      if (item) {
        if (gap) out.push({ text: '', colspan: gap, rowspan: 1 });
        gap = 0;
        // The span counts only the columns kept.
        item.cell.colspan = columns.filter((c) => c >= item.col && c < item.col + item.colspan).length;
        out.push(item.cell);
      } else if (!taken[r]!.has(col)) gap++;
      else if (gap) {
        out.push({ text: '', colspan: gap, rowspan: 1 });
        gap = 0;
      }
    }
    return out;
  });
}

/** The document's body as the importer's intermediate form. */
export function readDocument(document: XmlElement): SourceDocument {
  const body = elements(document, 'w:body')[0];
  const blocks: SourceBlock[] = [];
  if (body) readBlocks(body, blocks);
  return { meta: [], blocks };
}
