/**
 * Pages (ruling lines and text boxes) → the importer's intermediate form: tables rebuilt from
 * their lines, a table continued on the next page joined to its first part, page numbers and
 * running headers dropped, the rest of the text as paragraphs. The label-driven mapping then
 * decides where every number goes.
 */
import type { SourceBlock, SourceCell, SourceDocument, SourceTable } from '../source/intermediate.js';
import { headingOf } from '../labels/headings.js';
import { cleanProse } from '../labels/normalize.js';
import type { Rule } from './geometry.js';
import { gridsOf, type Box, type Grid, type GridCell } from './grid.js';
import { cellText, centreX, centreY, inside, linesOf, splitWords, type Fragment, type TextLine } from './text.js';
import { joinParts, type PlacedCell, type TablePart } from './join.js';
import { borderlessTables, type PageLine } from './borderless.js';

export interface PageContent {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  rules: Rule[];
  fragments: Fragment[];
}

/** Where a block or cell was found, for the page number of a warning (`line` indexes this list). */
export interface Place {
  page: number;
}

export interface PdfLayout {
  doc: SourceDocument;
  places: Place[];
  /** Tables read without ruling lines, by the x-positions of their header labels. */
  borderless: { page: number }[];
  /** Tables rebuilt from ruling lines (parts joined across pages count once). */
  ruled: number;
  /** A table without ruling lines whose columns the header labels do not prove. */
  unprovable?: { page: number };
}

const PAGE_NUMBER =
  /^(?:[-—–－_~·•\s]*\d{1,4}[-—–－_~·•\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|page\s*\d+(?:\s*of\s*\d+)?)$/i;
/** Page furniture lives in this share of the page at the top and at the bottom. */
const MARGIN_BAND = 0.12;

type Item = { kind: 'line'; page: number; line: TextLine } | { kind: 'table'; page: number; part: TablePart };

/** Text lines that are page numbers or running headers repeated on most pages. */
function furniture(pages: readonly { page: PageContent; lines: TextLine[] }[]): Set<TextLine> {
  const dropped = new Set<TextLine>();
  const inBand = (page: PageContent, line: TextLine) => line.y1 < page.height * MARGIN_BAND || line.y0 > page.height * (1 - MARGIN_BAND);
  const repeated = new Map<string, number>();
  for (const { page, lines } of pages) {
    for (const text of new Set(lines.filter((line) => inBand(page, line)).map((line) => cleanProse(line.text))))
      repeated.set(text, (repeated.get(text) ?? 0) + 1);
  }
  for (const { page, lines } of pages) {
    for (const line of lines) {
      if (!inBand(page, line)) continue;
      const text = cleanProse(line.text);
      const times = repeated.get(text) ?? 0;
      if (PAGE_NUMBER.test(text) || (times >= 2 && times >= pages.length / 2)) dropped.add(line);
    }
  }
  return dropped;
}

/** A grid with the text placed in its cells; text items over a border are cut at their spaces first. */
function placeText(grid: Grid, fragments: readonly Fragment[], page: number): TablePart {
  const byCell = new Map<GridCell, Fragment[]>();
  const cellAt = (x: number, y: number) => grid.cells.find((cell) => inside(cell.box, x, y));
  for (const fragment of fragments) {
    const words =
      grid.cells.filter(
        (cell) => overlapX(cell.box, fragment) > 0.2 * (fragment.x1 - fragment.x0) && inside(cell.box, cell.box.x0, centreY(fragment)),
      ).length > 1
        ? splitWords(fragment)
        : [fragment];
    for (const word of words) {
      const cell = cellAt(centreX(word), centreY(word));
      if (cell) byCell.set(cell, [...(byCell.get(cell) ?? []), word]);
    }
  }
  const cells: PlacedCell[] = grid.cells.map((cell) => ({ ...cell, text: cellText(byCell.get(cell) ?? [], cell.box), page }));
  return { grid, cells, page };
}

const overlapX = (a: Box, b: Box) => Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0));

/** The document's text margins: where most lines start, and where full lines end. */
function margins(lines: readonly TextLine[]): { left: number; right: number } {
  const counts = new Map<number, number>();
  for (const line of lines) counts.set(Math.round(line.x0), (counts.get(Math.round(line.x0)) ?? 0) + 1);
  const left = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  const ends = lines.map((line) => line.x1).sort((a, b) => a - b);
  const right = ends[Math.floor(ends.length * 0.9)] ?? 0;
  return { left, right };
}

export function layoutDocument(pages: readonly PageContent[]): PdfLayout {
  const places: Place[] = [];
  const placeOf = (page: number) => places.push({ page });
  const perPage = pages.map((page) => {
    const grids = gridsOf(page.rules);
    const loose: Fragment[] = [];
    const inGrid = new Map<Grid, Fragment[]>();
    for (const fragment of page.fragments) {
      const grid = grids.find((candidate) => inside(candidate.box, centreX(fragment), centreY(fragment)));
      if (grid) inGrid.set(grid, [...(inGrid.get(grid) ?? []), fragment]);
      else loose.push(fragment);
    }
    return { page, grids, inGrid, lines: linesOf(loose) };
  });
  const dropped = furniture(perPage);

  // Everything in reading order: lines and tables by their top edge, page after page.
  const items: Item[] = [];
  for (const { page, grids, inGrid, lines } of perPage) {
    const onPage: (Item & { top: number })[] = [
      ...lines.filter((line) => !dropped.has(line)).map((line) => ({ kind: 'line' as const, page: page.number, line, top: line.y0 })),
      ...grids.map((grid) => ({
        kind: 'table' as const,
        page: page.number,
        part: placeText(grid, inGrid.get(grid) ?? [], page.number),
        top: grid.box.y0,
      })),
    ];
    items.push(...onPage.sort((a, b) => a.top - b.top));
  }

  const bodyLines = items.flatMap((item) => (item.kind === 'line' ? [item.line] : []));
  const { left, right } = margins(bodyLines);
  const blocks: SourceBlock[] = [];
  let paragraph: { text: string; last: TextLine; page: number; lines: PageLine[] } | undefined;
  const linesOfBlock = new Map<SourceBlock, PageLine[]>();
  let parts: TablePart[] = [];
  let ruled = 0;
  const closeParagraph = () => {
    if (paragraph) {
      const text = cleanProse(paragraph.text);
      if (text) {
        const block: SourceBlock = { kind: 'paragraph', text, line: placeOf(paragraph.page) };
        blocks.push(block);
        linesOfBlock.set(block, paragraph.lines);
      }
    }
    paragraph = undefined;
  };
  const closeTable = () => {
    if (parts.length) {
      blocks.push(tableBlock(joinParts(parts), placeOf));
      ruled++;
    }
    parts = [];
  };

  for (const item of items) {
    if (item.kind === 'table') {
      closeParagraph();
      const previous = parts[parts.length - 1];
      // The next part of a table: first on the next page, right after the last part, same width.
      if (previous && !(item.page === previous.page + 1 && sameWidth(previous.grid.box, item.part.grid.box))) closeTable();
      parts.push(item.part);
      continue;
    }
    const { line } = item;
    const text = cleanProse(line.text);
    if (parts.length && isStrayAfterTable(text)) continue;
    closeTable();
    const heading = headingOf(text) !== undefined;
    const size = line.size;
    const previous = paragraph?.last;
    const indented = line.x0 > left + size * 1.2;
    const startsNew =
      !paragraph ||
      heading ||
      headingOf(cleanProse(paragraph.text)) !== undefined ||
      indented ||
      (previous !== undefined && previous.x1 < right - size * 2) ||
      (previous !== undefined && item.page === paragraph.page && line.y0 - previous.y1 > size * 1.2);
    if (startsNew) {
      closeParagraph();
      paragraph = { text: line.text, last: line, page: item.page, lines: [{ line, page: item.page }] };
    } else {
      paragraph!.text += needsSpace(paragraph!.text, line.text) ? ` ${line.text}` : line.text;
      paragraph!.last = line;
      paragraph!.lines.push({ line, page: item.page });
    }
  }
  closeParagraph();
  closeTable();

  const borderless = borderlessTables(blocks, linesOfBlock, placeOf);
  return {
    doc: { meta: [], blocks: borderless.blocks },
    places,
    borderless: borderless.found,
    ruled,
    ...(borderless.unprovable ? { unprovable: borderless.unprovable } : {}),
  };
}

/** Latin words broken over lines keep a space; Chinese text does not. */
const needsSpace = (before: string, after: string) => /[A-Za-z0-9]$/.test(before) && /^[A-Za-z0-9]/.test(after);

/** Nothing but a table's note may sit between two parts of a table. */
const isStrayAfterTable = (text: string) => text === '' || PAGE_NUMBER.test(text);

function sameWidth(a: Box, b: Box): boolean {
  return Math.abs(a.x0 - b.x0) <= 4 && Math.abs(a.x1 - b.x1) <= 4;
}

/** A joined table as the intermediate form's rows of cells. */
function tableBlock(cells: readonly PlacedCell[], placeOf: (page: number) => number): SourceTable {
  const rows: SourceCell[][] = [];
  for (const cell of cells) {
    (rows[cell.row] ??= []).push({ text: cell.text, colspan: cell.colspan, rowspan: cell.rowspan, line: placeOf(cell.page) });
  }
  const first = cells[0];
  return { kind: 'table', rows: Array.from(rows, (row) => row ?? []), aligned: true, ...(first ? { line: placeOf(first.page) } : {}) };
}
