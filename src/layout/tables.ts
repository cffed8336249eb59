/**
 * The grid of each table as a report prints it, built once per table variant from the table
 * definitions of the model (model/tables.ts).
 */
import { tableDefinition, variantOf, type TableId } from '../model/tables.js';
import { buildGrid, type Grid } from './grid.js';

const gridCache = new Map<string, Grid>();

/** The grid of one table for a report (the official layout without a report). */
export function gridFor(table: TableId, report?: Parameters<typeof variantOf>[1]): Grid {
  const variant = variantOf(table, report);
  const key = `${table}:${variant}`;
  let grid = gridCache.get(key);
  if (!grid) gridCache.set(key, (grid = buildGrid(tableDefinition(table, variant))));
  return grid;
}
