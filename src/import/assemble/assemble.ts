/**
 * Readings → the report's tables, from the cells of the table definitions. Every cell of the
 * contract is present: what was read, or null. A row not found and a cell missing from a row found
 * are left blank with a warning.
 */
import { cellsOf } from '../../model/cells.js';
import type { TableReading } from '../read/reading.js';
import { warn } from './warnings.js';

/** （六）其他处理 printed as one row (the 2019 layout), and not also as three. */
function singleOtherHandling(reading: TableReading): boolean {
  if (reading.table !== 'applications' || !reading.rows.has('results.otherHandling')) return false;
  const rows = [...reading.rows.keys()];
  return !rows.some((row) => row.startsWith('results.otherHandling.'));
}

/** The table a reading found, every cell in place: the value read, or null. */
export function assembleTable(reading: TableReading): Record<string, unknown> {
  const single = singleOtherHandling(reading);
  if (single) {
    const seen = reading.rows.get('results.otherHandling')!;
    reading.warnings.push(warn('singleOtherHandling', { ...seen, path: 'applications.results.otherHandling' }));
  }
  const cells = cellsOf(reading.table, single ? { applications: { results: { otherHandling: { naturalPerson: null } } } } : undefined);
  const table: Record<string, unknown> = {};
  for (const row of cells.rows) {
    const seen = reading.rows.get(row.path);
    if (!seen) reading.warnings.push(warn('missingRow', { source: '', path: `${reading.table}.${row.path}` }, row.node.label));
    for (const index of row.cells) {
      const cell = cells.cells[index]!;
      const found = reading.cells.get(cell.path);
      if (seen && !found) {
        reading.warnings.push(
          warn(
            'missingCell',
            { source: seen.source, ...(seen.line ? { line: seen.line } : {}), path: cell.path },
            row.node.label,
            cell.leafColumn.label,
          ),
        );
      }
      // Set the value at the cell's keys, creating the objects on the way.
      let node = table;
      const last = cell.keys.length - 1;
      for (let at = 0; at < last; at++) node = (node[cell.keys[at]!] ??= {}) as Record<string, unknown>;
      node[cell.keys[last]!] = found?.value ?? null;
    }
  }
  return table;
}
