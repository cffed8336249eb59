/**
 * Readings → the report's tables. Every cell of the contract is present: what was read, or null.
 * A row not found and a cell missing from a row found are left blank with a warning.
 */
import {
  ACTIVE_DOCUMENT_CELLS,
  ACTIVE_DOCUMENT_ROWS,
  ACTIVE_SINGLE_CELLS,
  APPLICATION_COLUMN_KEYS,
  OTHER_HANDLING_KEYS,
  RESULT_GROUPS,
  REVIEW_CELL_KEYS,
  REVIEW_GROUP_KEYS,
} from '../../model/keys.js';
import { APPLICATION_COLUMN_LABELS, REVIEW_CELL_LABELS, type Label } from '../../model/labels.js';
import type { ReportInput } from '../../model/schema.js';
import type { TableReading } from '../read/reading.js';
import { warn } from './warnings.js';

type Cell = number | null;

/** The cells of one row, warning about the row or its cells when missing. */
function rowCells<K extends string>(reading: TableReading, rowId: string, keys: readonly K[], pathOf: (key: K) => string, columnLabel: (key: K) => Label): Record<K, Cell> {
  const seen = reading.rows.get(rowId);
  const row = reading.labelOf(rowId);
  if (!seen) reading.warnings.push(warn('missingRow', { source: '', path: `${reading.table}.${rowId}` }, row));
  const cells = {} as Record<K, Cell>;
  for (const key of keys) {
    const found = reading.cells.get(pathOf(key));
    if (seen && !found) reading.warnings.push(warn('missingCell', { source: seen.source, ...(seen.line ? { line: seen.line } : {}), path: pathOf(key) }, row, columnLabel(key)));
    cells[key] = found?.value ?? null;
  }
  return cells;
}

export function assembleActive(reading: TableReading): NonNullable<ReportInput['active']> {
  const documentRow = (id: (typeof ACTIVE_DOCUMENT_ROWS)[number]) =>
    rowCells(reading, id, ACTIVE_DOCUMENT_CELLS, (key) => `active.${id}.${key}`, (key) => reading.labelOf(key));
  const single = (id: (typeof ACTIVE_SINGLE_CELLS)[number]) => rowCells(reading, id, ['value'], () => `active.${id}`, () => reading.labelOf(id === 'fees' ? 'feeAmount' : 'decisions')).value;
  return {
    regulations: documentRow('regulations'),
    normativeDocuments: documentRow('normativeDocuments'),
    licensing: single('licensing'),
    punishment: single('punishment'),
    compulsion: single('compulsion'),
    fees: single('fees'),
  };
}

export function assembleApplications(reading: TableReading): NonNullable<ReportInput['applications']> {
  const row = (id: string) =>
    rowCells(reading, id, APPLICATION_COLUMN_KEYS, (key) => `applications.${id}.${key}`, (key) => APPLICATION_COLUMN_LABELS[key]);
  type Row = ReturnType<typeof row>;
  const group = <N extends keyof typeof RESULT_GROUPS>(name: N) => {
    const rows = {} as Record<(typeof RESULT_GROUPS)[N][number], Row>;
    for (const key of RESULT_GROUPS[name] as readonly (typeof RESULT_GROUPS)[N][number][]) rows[key] = row(`results.${name}.${key}`);
    return rows;
  };
  // （六）其他处理 printed as one row (the 2019 layout), and not also as three.
  const singleOtherHandling =
    reading.rows.has('results.otherHandling') && !OTHER_HANDLING_KEYS.some((key) => reading.rows.has(`results.otherHandling.${key}`));
  if (singleOtherHandling) {
    const seen = reading.rows.get('results.otherHandling')!;
    reading.warnings.push(warn('singleOtherHandling', { ...seen, path: 'applications.results.otherHandling' }));
  }
  return {
    received: row('received'),
    carriedOver: row('carriedOver'),
    results: {
      granted: row('results.granted'),
      partlyGranted: row('results.partlyGranted'),
      withheld: group('withheld'),
      unavailable: group('unavailable'),
      notProcessed: group('notProcessed'),
      otherHandling: singleOtherHandling ? row('results.otherHandling') : group('otherHandling'),
      total: row('results.total'),
    },
    carriedForward: row('carriedForward'),
  };
}

export function assembleReviews(reading: TableReading): NonNullable<ReportInput['reviews']> {
  const group = (id: (typeof REVIEW_GROUP_KEYS)[number]) =>
    rowCells(reading, id, REVIEW_CELL_KEYS, (key) => `reviews.${id}.${key}`, (key) => REVIEW_CELL_LABELS[key]);
  return { review: group('review'), litigationDirect: group('litigationDirect'), litigationAfterReview: group('litigationAfterReview') };
}
