/**
 * Reads tables whose cell positions are known (HTML): the header rows give each grid column its
 * label path, the row-label columns give each body row its label, and every value cell is read
 * under the column and row its labels name.
 */
import { expandGrid, type GridSlot, type SourceCell, type SourceTable } from './intermediate.js';
import { officialColumns, resolveColumnPath, type ColumnResolution } from './header-tree.js';
import { isValueLike, readCellValue } from './normalize.js';
import { isBlockStart, isRowLabel, pieceWarning, rowTermOf, segmentCells } from './pieces.js';
import { cellPath, placeOf, type TableReading } from './reading.js';
import { TABLE_TITLES } from '../model/labels.js';
import { warn } from './warnings.js';

type Row = readonly (GridSlot | undefined)[];

interface RowCell {
  cell: SourceCell;
  top: boolean;
  /** Grid columns the cell covers in this row. */
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

export function readAlignedTables(tables: readonly SourceTable[], reading: TableReading): void {
  const { vocabulary, warnings } = reading;
  const hasRowLabels = vocabulary.table !== 'reviews';
  let headerRows: Row[] = [];
  let columns: ColumnResolution[] = [];
  let inBody = false;
  let warnedNoHeaders = false;

  const resolveColumns = (width: number) => {
    columns = [];
    for (let col = 0; col < width; col++) {
      const path: SourceCell[] = [];
      for (const row of headerRows) {
        const cell = row[col]?.cell;
        if (cell && !path.includes(cell) && !isValueLike(cell.text)) path.push(cell);
      }
      const pieces = segmentCells(path, vocabulary);
      for (const piece of pieces) {
        const warning = pieceWarning(piece, vocabulary.table);
        if (warning) warnings.push(warning);
      }
      const resolution = resolveColumnPath(vocabulary.columns, pieces.map(({ piece }) => piece));
      if (resolution.kind === 'extra') warnings.push(warn('extraColumn', placeOf(path[path.length - 1]!), placeOf(path[path.length - 1]!).source));
      columns.push(resolution);
    }
  };

  const readBodyRow = (row: Row) => {
    const cells = cellsOf(row);
    const isLabelColumn = (col: number) => (columns[col]?.kind ?? 'label') === 'label';
    const labelCells = cells.filter((entry) => entry.columns.every(isLabelColumn));
    let rowId: string | undefined;
    if (hasRowLabels) {
      for (const entry of labelCells.filter((entry) => entry.top && isNumber(entry.cell))) {
        warnings.push(warn('valueOutsideColumns', placeOf(entry.cell), placeOf(entry.cell).source));
      }
      const pieces = segmentCells(labelCells.filter((entry) => !isValueLike(entry.cell.text)).map((entry) => entry.cell), vocabulary);
      const rowPiece = [...pieces].reverse().find(({ piece }) => rowTermOf(piece));
      for (const piece of pieces) {
        // Labels spanning rows were read with the first of them.
        const warning = labelCells.find((entry) => entry.cell === piece.cell)?.top ? pieceWarning(piece, vocabulary.table, rowTermOf(piece.piece)) : undefined;
        if (warning) warnings.push(warning);
      }
      const term = rowPiece && rowTermOf(rowPiece.piece);
      const hasNumbers = cells.some((entry) => entry.top && !labelCells.includes(entry) && isNumber(entry.cell));
      if (!term || !rowPiece) {
        const stray = !pieces.length && cells.find((entry) => entry.top && isNumber(entry.cell));
        if (stray) warnings.push(warn('valueOutsideColumns', placeOf(stray.cell), placeOf(stray.cell).source));
        return;
      }
      if (term.kind === 'extra-row' || (term.kind === 'group' && term.id !== 'results.otherHandling')) {
        if (hasNumbers) warnings.push(warn('extraRow', placeOf(rowPiece.cell), placeOf(rowPiece.cell).source));
        return;
      }
      if (!reading.startRow(term.id, placeOf(rowPiece.cell))) return;
      rowId = term.id;
    }

    const dataColumns = columns.flatMap((resolution, col) => (resolution.kind === 'data' ? [col] : []));
    const byKey = new Map<string, SourceCell[]>();
    const add = (key: string, cell: SourceCell) => byKey.set(key, [...(byKey.get(key) ?? []), cell]);
    if (!dataColumns.length) {
      // No usable headers: the official order, left to right, with a warning.
      if (!warnedNoHeaders) warnings.push(warn('noColumnHeaders', placeOf(cells[0]!.cell), TABLE_TITLES[vocabulary.table]));
      warnedNoHeaders = true;
      const values = cells.filter((entry) => !labelCells.includes(entry) || isValueLike(entry.cell.text));
      officialColumns(vocabulary.columns).forEach((slot, index) => values[index] && add(slot.key!, values[index]!.cell));
    }
    for (const entry of cells) {
      if (labelCells.includes(entry) && dataColumns.length) continue;
      if (!dataColumns.length) break;
      const keys = [...new Set(entry.columns.flatMap((col) => (columns[col]?.kind === 'data' ? [(columns[col] as { key: string }).key] : [])))];
      const place = placeOf(entry.cell);
      if (!keys.length) {
        if (isNumber(entry.cell) && entry.top && columns[entry.columns[0]!]?.kind !== 'extra') warnings.push(warn('valueOutsideColumns', place, place.source));
        continue;
      }
      if (!entry.top) {
        if (isNumber(entry.cell)) warnings.push(warn('spannedValue', place, place.source));
        continue;
      }
      if (keys.length > 1) {
        if (readCellValue(entry.cell.text).kind !== 'blank') warnings.push(warn('mergedValue', place, place.source));
        for (const key of keys) {
          const path = cellPath(vocabulary.table, rowId, key);
          if (path) reading.setBlank(path, entry.cell);
        }
        continue;
      }
      add(keys[0]!, entry.cell);
    }
    for (const [key, found] of byKey) {
      // A header spanning columns over separate cells: the cell with a value.
      const filled = found.filter((cell) => readCellValue(cell.text).kind !== 'blank');
      const chosen = filled[0] ?? found[0]!;
      for (const extra of filled.slice(1)) {
        warnings.push(warn('extraValue', placeOf(extra), placeOf(extra).source, reading.labelOf(rowId ?? key.split('.')[0]!)));
      }
      const path = cellPath(vocabulary.table, rowId, key);
      if (!path) {
        if (filled.length) warnings.push(warn('valueOutsideColumns', placeOf(chosen), placeOf(chosen).source));
        continue;
      }
      if (!hasRowLabels) {
        const group = key.split('.')[0]!;
        if (!reading.rows.has(group)) reading.startRow(group, placeOf(chosen));
      }
      reading.setCell(path, chosen);
    }
  };

  for (const table of tables) {
    const grid = expandGrid(table.rows);
    const width = Math.max(0, ...grid.map((row) => row.length));
    grid.forEach((row, index) => {
      const cells = cellsOf(row);
      const textCells = cells.filter((entry) => !isValueLike(entry.cell.text));
      const pieces = textCells.flatMap((entry) => segmentCells([entry.cell], vocabulary));
      const hasNumber = cells.some((entry) => entry.top && isNumber(entry.cell));
      const rowLabel = pieces.some(({ piece }) => isRowLabel(piece));
      const headerLike = !hasNumber && !rowLabel && textCells.length > 0;
      // A table of its own headers, or a 表二 block (第二十条第（…）项, 信息内容), starts new headers.
      if (headerLike && (index === 0 || (inBody && vocabulary.table === 'active' && pieces.some(({ piece }) => isBlockStart(piece))))) {
        headerRows = [];
        columns = [];
        inBody = false;
      }
      if (!inBody) {
        const bodyBegins = hasNumber || rowLabel || (textCells.length === 0 && headerRows.length > 0 && cells.length > 0);
        if (!bodyBegins) {
          headerRows.push(row);
          return;
        }
        resolveColumns(width);
        inBody = true;
      }
      readBodyRow(row);
    });
  }
}
