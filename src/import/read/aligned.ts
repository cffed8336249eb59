/**
 * Reads tables whose cell positions are known (HTML): the header rows give each grid column its
 * label path, the row-label columns give each body row its label, and every value cell is read
 * under the column and row its labels name.
 */
import { resolveColumnPath, type ColumnResolution } from '../labels/header-tree.js';
import { expandGrid, type GridSlot, type SourceCell, type SourceTable } from '../source/intermediate.js';
import { isValueLike, readCellValue } from '../labels/normalize.js';
import { cellPieces, isBlockStart, isRowLabel, pieceWarning, rowTermOf, segmentCells } from '../labels/pieces.js';
import type { Piece } from '../labels/segment.js';
import { placeOf, type TableReading } from './reading.js';
import { tableName, warn } from '../assemble/warnings.js';

type Row = readonly (GridSlot | undefined)[];

interface RowCell {
  cell: SourceCell;
  /** The cell starts in this row (a cell spanning rows appears again below). */
  top: boolean;
  /** Grid columns the cell covers. */
  columns: number[];
}

/** The distinct cells of a grid row, left to right. */
function cellsOf(row: Row): RowCell[] {
  const cells: RowCell[] = [];
  row.forEach((slot, col) => {
    if (!slot) return;
    const last = cells[cells.length - 1];
    if (last && last.cell === slot.cell) last.columns.push(col);
    else cells.push({ cell: slot.cell, top: slot.top, columns: [col] });
  });
  return cells;
}

const isNumber = (cell: SourceCell) => readCellValue(cell.text).kind === 'number';
const isBlank = (cell: SourceCell) => readCellValue(cell.text).kind === 'blank';
const dataKey = (resolution: ColumnResolution | undefined) => (resolution?.kind === 'data' ? resolution.key : undefined);

interface State {
  reading: TableReading;
  headerRows: Row[];
  columns: ColumnResolution[];
  inBody: boolean;
  warnedNoHeaders: boolean;
}

/** Each grid column's header labels, outermost first, resolved to a data column. */
function resolveColumns(state: State, width: number): void {
  const { vocabulary, warnings } = state.reading;
  state.columns = [];
  for (let col = 0; col < width; col++) {
    const path: SourceCell[] = [];
    for (const row of state.headerRows) {
      const cell = row[col]?.cell;
      if (cell && !path.includes(cell) && !isValueLike(cell.text)) path.push(cell);
    }
    const pieces = segmentCells(path, vocabulary);
    for (const piece of pieces) {
      const warning = pieceWarning(piece, vocabulary.table);
      if (warning) warnings.push(warning);
    }
    const resolution = resolveColumnPath(
      vocabulary.columns,
      pieces.map(({ piece }) => piece),
    );
    if (resolution.kind === 'extra')
      warnings.push(warn('extraColumn', placeOf(path[path.length - 1]!), placeOf(path[path.length - 1]!).source));
    state.columns.push(resolution);
  }
}

/**
 * The row a body row holds, from the labels in its row-label columns (a group's label spanning
 * rows included). Undefined when the row is not read: no label, a subtotal, a repeated row.
 */
function rowIdOf(state: State, cells: readonly RowCell[], labelCells: readonly RowCell[]): string | undefined {
  const { reading } = state;
  const { vocabulary, warnings } = reading;
  const headed = state.columns.some((resolution) => resolution.kind === 'data');
  for (const entry of labelCells) {
    if (headed && entry.top && isNumber(entry.cell))
      warnings.push(warn('valueOutsideColumns', placeOf(entry.cell), placeOf(entry.cell).source));
  }
  const pieces = segmentCells(
    labelCells.filter((entry) => !isValueLike(entry.cell.text)).map((entry) => entry.cell),
    vocabulary,
  );
  for (const piece of pieces) {
    // A label spanning rows was reported with its first row.
    const warning = labelCells.find((entry) => entry.cell === piece.cell)?.top
      ? pieceWarning(piece, vocabulary.table, rowTermOf(piece.piece))
      : undefined;
    if (warning) warnings.push(warning);
  }
  // The innermost label names the row: 三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密.
  const rowPiece = [...pieces].reverse().find(({ piece }) => rowTermOf(piece));
  const term = rowPiece && rowTermOf(rowPiece.piece);
  if (!rowPiece || !term) {
    const stray = !pieces.length && cells.find((entry) => entry.top && isNumber(entry.cell));
    if (stray) warnings.push(warn('valueOutsideColumns', placeOf(stray.cell), placeOf(stray.cell).source));
    return undefined;
  }
  if (term.kind === 'extra-row' || (term.kind === 'group' && term.id !== 'results.otherHandling')) {
    if (cells.some((entry) => entry.top && !labelCells.includes(entry) && isNumber(entry.cell))) {
      warnings.push(warn('extraRow', placeOf(rowPiece.cell), placeOf(rowPiece.cell).source));
    }
    return undefined;
  }
  return reading.startRow(term.id, placeOf(rowPiece.cell)) ? term.id : undefined;
}

/** The value cells of a body row by data column key. */
function valuesByKey(
  state: State,
  rowId: string | undefined,
  cells: readonly RowCell[],
  labelCells: readonly RowCell[],
): Map<string, SourceCell[]> {
  const { reading } = state;
  const { vocabulary, warnings } = reading;
  const byKey = new Map<string, SourceCell[]>();
  const add = (key: string, cell: SourceCell) => {
    const list = byKey.get(key);
    if (list) list.push(cell);
    else byKey.set(key, [cell]);
  };
  if (!state.columns.some((resolution) => resolution.kind === 'data')) {
    // No usable headers: the official order, left to right, with a warning.
    if (!state.warnedNoHeaders) warnings.push(warn('noColumnHeaders', placeOf(cells[0]!.cell), tableName(vocabulary.table)));
    state.warnedNoHeaders = true;
    const values = cells.filter((entry) => entry.top && isValueLike(entry.cell.text));
    vocabulary.officialKeys(rowId).forEach((key, index) => values[index] && add(key, values[index]!.cell));
    return byKey;
  }
  for (const entry of cells) {
    if (labelCells.includes(entry)) continue;
    // Most cells are one column wide.
    const only = entry.columns.length === 1 ? dataKey(state.columns[entry.columns[0]!]) : undefined;
    const keys = only !== undefined ? [only] : [...new Set(entry.columns.flatMap((col) => dataKey(state.columns[col]) ?? []))];
    const note = (kind: 'valueOutsideColumns' | 'spannedValue' | 'mergedValue') => {
      const place = placeOf(entry.cell);
      warnings.push(warn(kind, place, place.source));
    };
    if (!keys.length) {
      if (entry.top && isNumber(entry.cell) && state.columns[entry.columns[0]!]?.kind !== 'extra') note('valueOutsideColumns');
    } else if (!entry.top) {
      // A value spanning rows belongs to its first row only.
      if (isNumber(entry.cell)) note('spannedValue');
    } else if (keys.length > 1) {
      // One value over several columns: which one it belongs to cannot be told.
      if (!isBlank(entry.cell)) note('mergedValue');
      for (const key of keys) {
        const path = vocabulary.cellAt(rowId, key)?.path;
        if (path) reading.setBlank(path, entry.cell);
      }
    } else {
      add(keys[0]!, entry.cell);
    }
  }
  return byKey;
}

function readBodyRow(state: State, cells: readonly RowCell[]): void {
  const { reading } = state;
  const { vocabulary, warnings } = reading;
  const hasRowLabels = vocabulary.hasRowLabels;
  const isLabelColumn = (col: number) => (state.columns[col]?.kind ?? 'label') === 'label';
  const labelCells = hasRowLabels ? cells.filter((entry) => entry.columns.every(isLabelColumn)) : [];
  const rowId = hasRowLabels ? rowIdOf(state, cells, labelCells) : undefined;
  if (hasRowLabels && !rowId) return;
  for (const [key, found] of valuesByKey(state, rowId, cells, labelCells)) {
    // A header spanning columns over separate cells: the cell with a value.
    const filled = found.filter((cell) => !isBlank(cell));
    const chosen = filled[0] ?? found[0]!;
    const cell = vocabulary.cellAt(rowId, key);
    for (const extra of filled.slice(1))
      warnings.push(warn('extraValue', placeOf(extra), placeOf(extra).source, reading.labelOf(rowId ?? cell?.row ?? key)));
    const path = cell?.path;
    if (!path) {
      if (filled.length) warnings.push(warn('valueOutsideColumns', placeOf(chosen), placeOf(chosen).source));
      continue;
    }
    if (!hasRowLabels) {
      // 表四's groups are its rows.
      const group = cell!.row;
      if (!reading.rows.has(group)) reading.startRow(group, placeOf(chosen));
    }
    reading.setCell(path, chosen);
  }
}

export function readAlignedTables(tables: readonly SourceTable[], reading: TableReading): void {
  const state: State = { reading, headerRows: [], columns: [], inBody: false, warnedNoHeaders: false };
  for (const table of tables) {
    const grid = expandGrid(table.rows);
    const width = Math.max(0, ...grid.map((row) => row.length));
    grid.forEach((row, index) => {
      const cells = cellsOf(row);
      const textCells = cells.filter((entry) => !isValueLike(entry.cell.text));
      const pieces: Piece[] = [];
      for (const entry of textCells) pieces.push(...cellPieces(entry.cell, reading.vocabulary));
      const hasNumber = cells.some((entry) => entry.top && isNumber(entry.cell));
      const rowLabel = pieces.some((piece) => isRowLabel(piece));
      const headerLike = !hasNumber && !rowLabel && textCells.length > 0;
      // A table with headers of its own, or a 表二 block (第二十条第（…）项, 信息内容), starts new headers.
      const newBlock = state.inBody && pieces.some((piece) => isBlockStart(piece));
      if (headerLike && (index === 0 || newBlock)) Object.assign(state, { headerRows: [], columns: [], inBody: false });
      if (!state.inBody) {
        // Headers end at the first row with a number or a row label, or with values only.
        const bodyBegins = hasNumber || rowLabel || (textCells.length === 0 && state.headerRows.length > 0 && cells.length > 0);
        if (!bodyBegins) {
          state.headerRows.push(row);
          return;
        }
        resolveColumns(state, width);
        state.inBody = true;
      }
      readBodyRow(state, cells);
    });
  }
}
