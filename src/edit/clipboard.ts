/**
 * Clipboard contents of the editing mode. Copy: the selected cells as TSV and as an HTML table, so
 * they paste back into Excel or WPS (a merged data cell keeps its span). Paste of HTML: a table copied
 * from Word, WPS, Excel or a published page goes through the importer, so its labels — not its
 * positions — place the values; only the cells the importer read are written.
 */
import { cellsOf } from '../model/cells.js';
import { TABLE_IDS, type TableId } from '../model/tables.js';
import type { ImportResult, ImportWarning, ImportWarningKind } from '../import/types.js';
import type { Report } from '../model/schema.js';
import { pick, type Lang } from '../model/text.js';
import { EDIT, cellInWords } from './edit-text.js';
import { entryText } from './entry.js';
import type { PastePlan } from './paste.js';
import { readValue, slotOf, type EditState, type Slot } from './state.js';
import type { GridCell, TableGrid } from './table-grid.js';
import { toTsv } from './tsv.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);

/** What a copied cell holds: the text typed when it is not a value, else the value the report gives (a blank total stays blank). */
const cellText = (state: EditState, path: string) => state.entries.get(path) ?? entryText(readValue(state.report, path) as number | null);

/** The selected cells (in reading order) as TSV and HTML, row by row. */
export function copySelection(state: EditState, cells: readonly GridCell[]): { text: string; html: string } {
  const rows: GridCell[][] = [];
  for (const cell of cells) {
    const last = rows[rows.length - 1];
    if (last && last[0]!.row === cell.row) last.push(cell);
    else rows.push([cell]);
  }
  const text = toTsv(rows.map((row) => row.map((cell) => cellText(state, cell.path))));
  const html =
    '<table>' +
    rows
      .map(
        (row) =>
          `<tr>${row.map((cell) => `<td${cell.span > 1 ? ` colspan="${cell.span}"` : ''}>${escapeHtml(cellText(state, cell.path))}</td>`).join('')}</tr>`,
      )
      .join('') +
    '</table>';
  return { text, html };
}

/** Notes of the importer that say nothing about a pasted table (it has no title, date or signature of its own). */
const NOT_FOR_PASTE: ReadonlySet<ImportWarningKind> = new Set([
  'optionDiffers',
  'yearGuessed',
  'agencyFromSignature',
  'dateFromSignature',
  'missingTable',
  'missingRow',
  'missingCell',
  'notANumber',
]);

export interface ImportedPaste {
  /** The slots to write: the value read, or the text of a cell that is not a number (kept out of the report). */
  slots: [path: string, slot: Slot][];
  /** The tables the paste holds. */
  found: TableId[];
  notes: ImportWarning[];
}

/** The cells of an imported paste that land in the tables edited: only those read from the source. */
export function importedSlots(
  imported: { report: Report; warnings: readonly ImportWarning[] },
  state: EditState,
  tables: readonly TableId[],
): ImportedPaste {
  const { report, warnings } = imported;
  const missing = new Set(
    warnings.filter((warning) => warning.kind === 'missingRow' || warning.kind === 'missingCell').map((warning) => warning.path),
  );
  const texts = new Map(
    warnings.filter((warning) => warning.kind === 'notANumber' && warning.path).map((warning) => [warning.path!, warning.source]),
  );
  const found = TABLE_IDS.filter((table) => report[table]);
  const slots: [string, Slot][] = [];
  for (const table of found) {
    if (!tables.includes(table)) continue;
    // A cell the pasted table prints in another variant (（六）其他处理 as one row) has no place here.
    const read = cellsOf(table, report).byPath;
    for (const cell of cellsOf(table, state.report).cells) {
      if (!read.has(cell.path) || missing.has(cell.path) || missing.has(`${table}.${cell.row}`)) continue;
      const text = texts.get(cell.path);
      slots.push([
        cell.path,
        text === undefined ? { value: readValue(report, cell.path) } : { value: slotOf(state, cell.path).value, text },
      ]);
    }
  }
  return { slots, found, notes: warnings.filter((warning) => !NOT_FOR_PASTE.has(warning.kind)) };
}

/** What a pasted block did: how many cells, and where it stopped if it did not fit. */
export function pasteMessage(plan: PastePlan<GridCell>, grid: TableGrid, start: GridCell, lang: Lang): string {
  const stopped = plan.stopped;
  let message = pick(EDIT.pasted(plan.targets.length), lang);
  if (stopped?.reason === 'outside') message += pick(EDIT.pasteOutside(stopped.row, stopped.column), lang);
  if (stopped?.reason === 'label') {
    const cell = grid.navigation.targets(start, stopped.row - 1)?.[0];
    message += pick(EDIT.pasteLabel(stopped.row, stopped.label ?? '', cell ? cellInWords(cell.path, lang) : ''), lang);
  }
  return message;
}

/**
 * Imports pasted HTML with the importer (loaded on demand; in the drop-in, its own file). A pasted
 * table has no title or signature: the report's agency and year are given, so they are not asked for.
 */
export async function importHtml(html: string, report: Report | undefined): Promise<ImportResult | undefined> {
  try {
    const { importReport } = await import('../import/index.js');
    return importReport(html, { partial: true, sourceKind: 'html', agency: report?.agency.trim() || '-', year: report?.year ?? 0 });
  } catch (error) {
    console.warn('disclosure-tables: the importer could not be loaded; the paste is read as text.', error);
    return undefined;
  }
}
