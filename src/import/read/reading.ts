/**
 * What the readers found in one table: cells by contract path and the rows whose labels were
 * seen, with the source text of each. The first reading of a cell wins.
 */
import type { TableId } from '../../model/tables.js';
import type { Label } from '../../model/text.js';
import type { SourceCell } from '../source/intermediate.js';
import { quoteSource, readCellValue } from '../labels/normalize.js';
import type { ImportWarning } from '../types.js';
import type { Vocabulary } from '../labels/vocabulary.js';
import { warn, type WarningPlace } from '../assemble/warnings.js';

export interface CellReading {
  value: number | null;
  source: string;
  line?: number;
}

/** Where a cell's text stands: its quote, its line when known, the contract path it was read for. */
export function placeOf(cell: SourceCell, path?: string): WarningPlace {
  // Properties set in one order (not spread from conditional objects): every place has one shape.
  const place: WarningPlace = { source: quoteSource(cell.text) };
  if (cell.line !== undefined) place.line = cell.line;
  if (path) place.path = path;
  return place;
}

function cellReading(value: number | null, source: string, line: number | undefined): CellReading {
  const read: CellReading = { value, source };
  if (line !== undefined) read.line = line;
  return read;
}

export class TableReading {
  readonly cells = new Map<string, CellReading>();
  /** Row ids seen (`results.granted`, `regulations`; 表四: `review` …). */
  readonly rows = new Map<string, WarningPlace>();
  private readonly repeated = new Set<string>();

  constructor(
    readonly vocabulary: Vocabulary,
    readonly warnings: ImportWarning[],
  ) {}

  get table(): TableId {
    return this.vocabulary.table;
  }

  labelOf(id: string): Label {
    return this.vocabulary.terms.find((term) => term.id === id)?.label ?? { zh: id, en: id };
  }

  /** Marks a row as read; false (with a warning) when it was read before, e.g. a table printed twice. */
  startRow(id: string, place: WarningPlace): boolean {
    if (this.rows.has(id) || this.repeated.has(id)) {
      if (!this.repeated.has(id)) this.warnings.push(warn('duplicateRow', { ...place, path: `${this.table}.${id}` }, this.labelOf(id)));
      this.repeated.add(id);
      return false;
    }
    this.rows.set(id, { ...place, path: `${this.table}.${id}` });
    return true;
  }

  /** Records a cell as blank whatever it says (a merged cell whose column cannot be told). */
  setBlank(path: string, cell: SourceCell): void {
    if (!this.cells.has(path)) this.cells.set(path, cellReading(null, quoteSource(cell.text), cell.line));
  }

  /** Reads a value cell into a contract path. Text that is not a number leaves the cell blank. */
  setCell(path: string, cell: SourceCell): void {
    if (this.cells.has(path)) return;
    const value = readCellValue(cell.text);
    const place = placeOf(cell, path);
    if (value.kind === 'number' && value.note) this.warnings.push(warn('annotatedValue', place, place.source, String(value.value)));
    if (value.kind === 'text') this.warnings.push(warn('notANumber', place, place.source));
    this.cells.set(path, cellReading(value.kind === 'number' ? value.value : null, place.source, cell.line));
  }
}

/** How many value cells a row of a table holds, given its block's columns: one for a row of one cell. */
export function cellsInRow(vocabulary: Vocabulary, rowId: string | undefined, columnCount: number): number {
  return vocabulary.officialKeys(rowId).length === 1 ? 1 : columnCount;
}
