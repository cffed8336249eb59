/**
 * Reads tables whose cell positions are lost (text copied from a page): cells in reading order,
 * each row's values following its row label, matched to the columns in the order the header
 * labels print them. The labels still decide everything; a row whose value count differs from
 * its columns is read left to right with a warning.
 */
import { officialColumns, orderColumns, type ColumnSlot } from '../labels/header-tree.js';
import type { SourceCell, SourceTable } from '../source/intermediate.js';
import { readCellValue } from '../labels/normalize.js';
import { columnTermOf, isBlockStart, isRowLabel, pieceWarning, rowTermOf, segmentCells, type CellPiece } from '../labels/pieces.js';
import { cellsInRow, placeOf, type TableReading } from './reading.js';
import type { Term } from '../labels/vocabulary.js';
import { tableName, warn } from '../assemble/warnings.js';

type Item = { kind: 'value'; cell: SourceCell } | { kind: 'label'; label: CellPiece };

/** Cells → values and label pieces; neighbouring text cells are segmented together. */
function itemsOf(cells: readonly SourceCell[], reading: TableReading): Item[] {
  const items: Item[] = [];
  let run: SourceCell[] = [];
  const flush = () => {
    if (run.length) items.push(...segmentCells(run, reading.vocabulary).map((label) => ({ kind: 'label' as const, label })));
    run = [];
  };
  for (const cell of cells) {
    if (readCellValue(cell.text).kind === 'text') {
      run.push(cell);
    } else {
      flush();
      items.push({ kind: 'value', cell });
    }
  }
  flush();
  return items;
}

interface OpenRow {
  /** Row id; undefined for 表四's single data row; null for values after an unrecognised label (dropped). */
  id: string | undefined | null;
  term?: Term;
  values: SourceCell[];
  expected: number;
  label?: CellPiece;
}

export function readStreamTables(tables: readonly SourceTable[], reading: TableReading): void {
  // A page's tables are read by position (read/aligned.ts): nothing to set up for them here.
  if (!tables.length) return;
  const { vocabulary, warnings } = reading;
  const table = vocabulary.table;
  const hasRowLabels = vocabulary.hasRowLabels;
  let header: CellPiece[] = [];
  let columns: ColumnSlot[] | undefined;
  let row: OpenRow | undefined;
  let warnedNoHeaders = false;
  const fullHeader = officialColumns(vocabulary.columns);

  /** The columns of a row: as its headers print them, else the official ones (with a warning). */
  const columnsFor = (rowId: string | undefined, label?: CellPiece): ColumnSlot[] => {
    columns ??= orderColumns(
      vocabulary.columns,
      header.map(({ piece }) => piece),
    );
    if (columns.length) return columns;
    const where = header[0] ?? label;
    if (!warnedNoHeaders) warnings.push(warn('noColumnHeaders', where ? placeOf(where.cell) : { source: '' }, tableName(table)));
    warnedNoHeaders = true;
    return vocabulary.officialKeys(rowId).map((key) => ({ key }));
  };

  const closeRow = () => {
    const open = row;
    row = undefined;
    if (!open || open.id === null) return;
    const label = open.label;
    const rowLabel = open.term?.label ?? tableName(table);
    const filled = open.values.filter((cell) => readCellValue(cell.text).kind !== 'blank');
    if (open.term && (open.term.kind === 'extra-row' || (open.term.kind === 'group' && open.term.id !== 'results.otherHandling'))) {
      if (filled.length && label) warnings.push(warn('extraRow', placeOf(label.cell), placeOf(label.cell).source));
      return;
    }
    // A group's label followed by its sub-rows holds no values of its own.
    if (open.term?.kind === 'group' && !open.values.length) return;
    if (open.id !== undefined && !reading.startRow(open.id, label ? placeOf(label.cell) : { source: '' })) return;
    const slots = columnsFor(open.id ?? undefined);
    if (open.values.length && open.values.length !== open.expected && label) {
      warnings.push(warn('columnsAssumed', placeOf(label.cell), rowLabel, open.values.length, open.expected));
    }
    open.values.forEach((cell, index) => {
      // 表二's single rows take the one value under 本年处理决定数量 or 本年收费金额.
      const slot: { key?: string | undefined; extra?: boolean } | undefined =
        open.expected === 1 ? { key: slots[0]?.key ?? vocabulary.officialKeys(open.id ?? undefined)[0] } : slots[index];
      if (!slot || slot.extra || !slot.key) return;
      const target = vocabulary.cellAt(open.id ?? undefined, slot.key);
      if (!target) return;
      const path = target.path;
      if (!hasRowLabels) {
        const group = target.row;
        if (!reading.rows.has(group)) reading.startRow(group, placeOf(cell));
      }
      reading.setCell(path, cell);
    });
  };

  const openRow = (id: string | undefined | null, label?: CellPiece, term?: Term) => {
    closeRow();
    const expected = id === null ? 0 : cellsInRow(vocabulary, id, columnsFor(id, label).length);
    row = { id, values: [], expected, ...(label ? { label } : {}), ...(term ? { term } : {}) };
  };

  const headerComplete = () => {
    const order = orderColumns(
      vocabulary.columns,
      header.map(({ piece }) => piece),
    ).filter((slot) => slot.key);
    return order.length >= fullHeader.length;
  };

  for (const item of itemsOf(
    tables.flatMap((source) => source.rows.flat()),
    reading,
  )) {
    if (item.kind === 'label') {
      const { piece } = item.label;
      const rowTerm = rowTermOf(piece);
      const columnTerm = columnTermOf(piece);
      // 其他 and 总计 name both a row and a column: a row once the body has begun, or when numbered.
      const asRow = rowTerm && hasRowLabels && (isRowLabel(piece) || columns !== undefined) ? rowTerm : undefined;
      const warning = pieceWarning(item.label, table, asRow ?? columnTerm);
      if (warning) warnings.push(warning);
      if (piece.match === 'unknown') {
        // In the headers it holds a column's place; after a row label, its values are dropped.
        if (columns === undefined && !row) header.push(item.label);
        else openRow(null);
      } else if (isBlockStart(piece)) {
        // 表二: 第二十条第（…）项 and 信息内容 open a block with headers of its own.
        closeRow();
        if (piece.terms.some((term) => term.kind === 'band') || columns) {
          header = [];
          columns = undefined;
        }
      } else if (asRow) {
        openRow(asRow.id, item.label, asRow);
      } else if (columnTerm) {
        if (columns) {
          // Headers again after rows: a new block.
          closeRow();
          header = [];
          columns = undefined;
        }
        header.push(item.label);
      }
      continue;
    }
    const value = readCellValue(item.cell.text);
    if (!row && !hasRowLabels && (value.kind === 'number' || headerComplete())) openRow(undefined);
    if (row && row.values.length < row.expected) {
      row.values.push(item.cell);
    } else if (value.kind !== 'blank') {
      const place = placeOf(item.cell);
      if (row?.term) warnings.push(warn('extraValue', place, place.source, row.term.label));
      else if (row?.id !== null) warnings.push(warn('valueOutsideColumns', place, place.source));
    }
  }
  closeRow();
}
