/**
 * A table's grid (src/layout) laid out on rows and columns, as a spreadsheet sees it: each cell at
 * its top-left position with its spans, the label or value it shows. The Excel writer and the
 * clipboard copy both read this; neither knows a table's shape.
 */
import { shownValues, type ShownValue } from '../check/values.js';
import type { GridCell } from '../layout/grid.js';
import { gridFor } from '../layout/tables.js';
import { TABLE_IDS, type TableId } from '../model/tables.js';
import { SECTION_TITLES } from '../model/sections.js';
import { pick, type Label, type Lang } from '../model/text.js';
import { UI } from '../model/ui-text.js';
import { labelView } from '../view/table-view.js';
import type { Report } from '../model/schema.js';

export interface PlacedCell {
  /** 0-based row and column of the cell's top-left position. */
  row: number;
  col: number;
  rowspan: number;
  colspan: number;
  cell: GridCell;
  /** Header and note cells: the label as printed in `lang` (English with the official Chinese under it). */
  text: string;
  /** Data cells: what the report gives and shows there. */
  value?: ShownValue | undefined;
}

export interface PlacedTable {
  table: TableId;
  rows: number;
  columns: number;
  /** Leading rows that are column headers (repeated on every printed page). */
  headRows: number;
  cells: PlacedCell[];
  /** The cell at each data path, to name a formula's parts. */
  byPath: ReadonlyMap<string, PlacedCell>;
}

/** A label's text: Chinese; in English, the translation with the official Chinese on a second line. */
export function labelText(label: Label, lang: Lang): string {
  const { text, official } = labelView(label, lang);
  return official ? `${text}\n${official}` : text;
}

/** One table of a report laid out on rows and columns. */
export function placeTable(report: Report, table: TableId, lang: Lang, values = shownValues(report, [table])): PlacedTable {
  const grid = gridFor(table, report);
  const rows = grid.sections.flatMap((section) => [...section.head, ...section.body]);
  const taken: boolean[][] = rows.map(() => []);
  const cells: PlacedCell[] = [];
  const byPath = new Map<string, PlacedCell>();
  rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row.cells) {
      while (taken[r]![col]) col++;
      for (let dr = 0; dr < cell.rowspan; dr++) for (let dc = 0; dc < cell.colspan; dc++) taken[r + dr]![col + dc] = true;
      const placed: PlacedCell = {
        row: r,
        col,
        rowspan: cell.rowspan,
        colspan: cell.colspan,
        cell,
        text: cell.kind === 'data' ? '' : labelText(cell.label, lang),
        ...(cell.kind === 'data' ? { value: values.get(cell.path) } : {}),
      };
      cells.push(placed);
      if (cell.kind === 'data') byPath.set(cell.path, placed);
      col += cell.colspan;
    }
  });
  const headRows = grid.sections[0]?.head.length ?? 0;
  return { table, rows: rows.length, columns: grid.columnCount, headRows, cells, byPath };
}

/** The tables of `report` to export, in official order. */
export function tablesOf(report: Report, tables: readonly TableId[] = TABLE_IDS): TableId[] {
  return TABLE_IDS.filter((table) => tables.includes(table) && report[table]);
}

/** The report's title as it heads an exported sheet: its own, or the official form of one. */
export function reportTitle(report: Report): string {
  return report.title ?? UI.reportTitle(report.agency, report.year).zh;
}

/** A table's section heading (二、主动公开政府信息情况). */
export const tableHeading = (table: TableId, lang: Lang): string => pick(SECTION_TITLES[table], lang);
