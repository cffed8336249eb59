/**
 * An Excel workbook (.xlsx, as saved by Excel, WPS or LibreOffice) → the importer's intermediate
 * form. Each sheet is read as a grid of cell texts (shared strings, inline strings, numbers) with
 * its merged cells (`<mergeCells>`, without which the official headers cannot be read); the grid is
 * cut into tables at empty rows, so the three tables may share one sheet or have one each. A row
 * of one text alone (the report's title, a section heading) is a paragraph.
 *
 * A formula is read as its cached value, the number the spreadsheet shows; a formula with no cached
 * value (a total this library exported for a blank, never recalculated) stays blank.
 */
import { headingOf } from '../labels/headings.js';
import { cleanProse, readCellValue } from '../labels/normalize.js';
import { titleParts } from '../assemble/metadata.js';
import type { SourceBlock, SourceCell, SourceDocument } from '../source/intermediate.js';
import { child, elements, textContent, type XmlElement } from './xml.js';
import { relationships, type Package } from './zip.js';

/** Official tables are at most 15 columns wide; a sheet's other data beyond these is not read. */
const MAX_COLUMNS = 100;
const MAX_ROWS = 5000;

/** "C12" → zero-based [row, column]. */
export function cellPosition(ref: string): [number, number] | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref.trim());
  if (!match) return undefined;
  let col = 0;
  for (const letter of match[1]!.toUpperCase()) col = col * 26 + letter.charCodeAt(0) - 64;
  return [Number(match[2]) - 1, col - 1];
}

/** The text of a shared or inline string: its runs, without phonetic guides. */
function stringText(item: XmlElement): string {
  return elements(item)
    .map((part) => (part.name === 'x:t' ? textContent(part) : part.name === 'x:r' ? elements(part, 'x:t').map(textContent).join('') : ''))
    .join('');
}

function cellValue(cell: XmlElement, shared: readonly string[]): string {
  const type = cell.attrs.t ?? 'n';
  if (type === 'inlineStr') return stringText(child(cell, 'x:is') ?? cell);
  const value = child(cell, 'x:v');
  if (!value) return '';
  const raw = textContent(value).trim();
  if (type === 's') return shared[Number(raw)] ?? '';
  if (type === 'n' || type === 'd') {
    const number = Number(raw);
    // The shortest text that reads back as the same number ("18651.06", not "18651.060000000001").
    return raw === '' ? '' : Number.isFinite(number) ? String(number) : raw;
  }
  if (type === 'b') return raw === '1' ? 'TRUE' : 'FALSE';
  return raw;
}

interface Sheet {
  cells: Map<string, string>;
  merges: { top: number; left: number; bottom: number; right: number }[];
  rows: number;
  columns: number;
}

function readSheet(xml: XmlElement, shared: readonly string[]): Sheet {
  const cells = new Map<string, string>();
  let rows = 0;
  let columns = 0;
  const data = child(xml, 'x:sheetData');
  let rowIndex = -1;
  for (const row of data ? elements(data, 'x:row') : []) {
    rowIndex = row.attrs.r ? Number(row.attrs.r) - 1 : rowIndex + 1;
    if (!(rowIndex >= 0 && rowIndex < MAX_ROWS)) continue;
    let colIndex = -1;
    for (const cell of elements(row, 'x:c')) {
      const position = cell.attrs.r ? cellPosition(cell.attrs.r) : undefined;
      colIndex = position ? position[1] : colIndex + 1;
      if (colIndex >= MAX_COLUMNS) continue;
      const text = cellValue(cell, shared);
      if (!text.trim()) continue;
      cells.set(`${rowIndex},${colIndex}`, text);
      rows = Math.max(rows, rowIndex + 1);
      columns = Math.max(columns, colIndex + 1);
    }
  }
  const merges: Sheet['merges'] = [];
  const mergeCells = child(xml, 'x:mergeCells');
  for (const merge of mergeCells ? elements(mergeCells, 'x:mergeCell') : []) {
    const [from, to] = (merge.attrs.ref ?? '').split(':');
    const start = from ? cellPosition(from) : undefined;
    const end = to ? cellPosition(to) : start;
    if (!start || !end || start[0] >= MAX_ROWS || start[1] >= MAX_COLUMNS) continue;
    const area = { top: start[0], left: start[1], bottom: Math.min(end[0], MAX_ROWS - 1), right: Math.min(end[1], MAX_COLUMNS - 1) };
    merges.push(area);
    rows = Math.max(rows, area.bottom + 1);
    columns = Math.max(columns, area.right + 1);
  }
  return { cells, merges, rows, columns };
}

const HTML_SPACE = /[ \t\f\r]+/g;
const cellLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(HTML_SPACE, ' ').trim())
    .filter(Boolean)
    .join('\n');

/**
 * Headers flattened by "unmerge and fill" (each label repeated over the cells it covered) merged
 * again: adjacent cells with the same label, first along rows, then runs of the same width down
 * columns. Labels only: equal numbers side by side stay apart, as nothing proves they are one.
 */
function refill(sheet: Sheet): void {
  const merged = new Set<string>();
  for (const merge of sheet.merges)
    for (let r = merge.top; r <= merge.bottom; r++) for (let c = merge.left; c <= merge.right; c++) merged.add(`${r},${c}`);
  const label = (r: number, c: number) => {
    const text = sheet.cells.get(`${r},${c}`);
    return text !== undefined && !merged.has(`${r},${c}`) && readCellValue(text).kind === 'text' ? text : undefined;
  };
  type Run = Sheet['merges'][number] & { text: string };
  const runs: Run[] = [];
  let reaching = new Map<number, Run>();
  for (let r = 0; r < sheet.rows; r++) {
    const next = new Map<number, Run>();
    for (let c = 0; c < sheet.columns; c++) {
      const text = label(r, c);
      if (text === undefined) continue;
      let right = c;
      while (label(r, right + 1) === text) right++;
      const above = reaching.get(c);
      if (above && above.right === right && above.text === text) {
        above.bottom = r;
        next.set(c, above);
      } else {
        const run = { top: r, left: c, bottom: r, right, text };
        runs.push(run);
        next.set(c, run);
      }
      c = right;
    }
    reaching = next;
  }
  for (const { text: _text, ...run } of runs) {
    if (run.right === run.left && run.bottom === run.top) continue;
    sheet.merges.push(run);
    for (let r = run.top; r <= run.bottom; r++)
      for (let c = run.left; c <= run.right; c++) if (r !== run.top || c !== run.left) sheet.cells.delete(`${r},${c}`);
  }
}

/** A sheet's grid → blocks: tables between empty rows, one-text rows as paragraphs. */
function sheetBlocks(sheet: Sheet): SourceBlock[] {
  refill(sheet);
  // Every position covered by a merge, and the merge's origin.
  const origin = new Map<string, Sheet['merges'][number]>();
  for (const merge of sheet.merges) {
    for (let r = merge.top; r <= merge.bottom; r++) for (let c = merge.left; c <= merge.right; c++) origin.set(`${r},${c}`, merge);
  }
  const rowHasContent = (r: number) => {
    for (let c = 0; c < sheet.columns; c++) {
      const key = `${r},${c}`;
      if (sheet.cells.has(key)) return true;
      const merge = origin.get(key);
      if (merge && merge.top < r && sheet.cells.has(`${merge.top},${merge.left}`)) return true;
    }
    return false;
  };
  // Regions: runs of rows with content; a merge spanning down keeps its rows together.
  const regions: [number, number][] = [];
  for (let r = 0; r < sheet.rows; r++) {
    if (!rowHasContent(r)) continue;
    const last = regions[regions.length - 1];
    if (last && last[1] === r - 1) last[1] = r;
    else regions.push([r, r]);
  }

  const blocks: SourceBlock[] = [];
  for (const [top, bottom] of regions) {
    const texts = (r: number) => {
      const found: string[] = [];
      for (let c = 0; c < sheet.columns; c++) {
        const text = sheet.cells.get(`${r},${c}`);
        const merge = origin.get(`${r},${c}`);
        if (text !== undefined && (!merge || (merge.top === r && merge.left === c))) found.push(text);
      }
      return found;
    };
    let first = top;
    // Paragraphs above a table: rows of one text that is a title or heading, or a region of such rows.
    const lone = (r: number) => texts(r).length === 1;
    const allLone = Array.from({ length: bottom - top + 1 }, (_, i) => top + i).every(lone);
    while (first <= bottom && lone(first) && (allLone || isTitleOrHeading(texts(first)[0]!))) {
      for (const line of texts(first)[0]!.split('\n')) {
        const text = cleanProse(line);
        if (text) blocks.push({ kind: 'paragraph', text });
      }
      first++;
    }
    if (first > bottom) continue;
    blocks.push({ kind: 'table', rows: tableRows(sheet, origin, first, bottom), aligned: true });
  }
  return blocks;
}

const isTitleOrHeading = (text: string) => Boolean(titleParts(text) || headingOf(text));

/** Rows `top`…`bottom` as HTML-like rows; columns empty in all of them are left out. */
function tableRows(sheet: Sheet, origin: Map<string, Sheet['merges'][number]>, top: number, bottom: number): SourceCell[][] {
  const used: number[] = [];
  for (let c = 0; c < sheet.columns; c++) {
    for (let r = top; r <= bottom; r++) {
      const merge = origin.get(`${r},${c}`);
      if (
        sheet.cells.has(`${r},${c}`) ||
        (merge && sheet.cells.has(`${merge.top},${merge.left}`)) ||
        (merge && merge.left !== merge.right)
      ) {
        used.push(c);
        break;
      }
    }
  }
  const rows: SourceCell[][] = [];
  for (let r = top; r <= bottom; r++) {
    const cells: SourceCell[] = [];
    for (const c of used) {
      const merge = origin.get(`${r},${c}`);
      if (merge && (merge.top !== r || merge.left !== c)) {
        // Covered by a merge; a merge starting above the table region counts from the region's top.
        if (!(merge.top < top && r === top && merge.left === c)) continue;
      }
      const text = cellLines(sheet.cells.get(`${merge ? merge.top : r},${merge ? merge.left : c}`) ?? '');
      const colspan = merge ? used.filter((col) => col >= merge.left && col <= merge.right).length : 1;
      const rowspan = merge ? Math.min(merge.bottom, bottom) - Math.max(merge.top, top) + 1 : 1;
      cells.push({ text, colspan, rowspan });
    }
    rows.push(cells);
  }
  return rows;
}

/** The workbook's sheets, in tab order, as the importer's intermediate form. */
export function readWorkbook(pkg: Package, workbookPath: string): SourceDocument {
  const workbook = pkg.xml(workbookPath);
  const rels = relationships(
    pkg,
    workbookPath.replace(/[^/]*$/, (name) => `_rels/${name}.rels`),
  );
  const shared: string[] = [];
  const sharedPath = [...rels.values()].find((rel) => rel.type.endsWith('/sharedStrings'))?.target;
  const strings = sharedPath ? pkg.xml(sharedPath) : undefined;
  if (strings) for (const item of elements(strings, 'x:si')) shared.push(stringText(item));
  const blocks: SourceBlock[] = [];
  const sheets = workbook ? elements(child(workbook, 'x:sheets') ?? workbook, 'x:sheet') : [];
  for (const sheet of sheets) {
    // Hidden sheets hold a workbook's scratch data, not the tables it shows.
    if (sheet.attrs.state === 'hidden' || sheet.attrs.state === 'veryHidden') continue;
    const target = rels.get(sheet.attrs['r:id'] ?? '')?.target;
    const xml = target ? pkg.xml(target) : undefined;
    if (xml) blocks.push(...sheetBlocks(readSheet(xml, shared)));
  }
  return { meta: [], blocks };
}
