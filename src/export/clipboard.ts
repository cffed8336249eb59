/**
 * The tables for the clipboard, so that a paste into Excel or WPS gives each table with its merged
 * headers: HTML (`text/html`, with colspan/rowspan and borders, which spreadsheets paste as merged
 * cells) and tab-separated text (`text/plain`, for editors that take only text). Values are what the
 * tables show: a blank stays empty; a computed total is the computed value, in italics in the HTML.
 * Every text from the report is escaped.
 */
import { TOKENS } from '../view/tokens.js';
import { shownValues } from '../check/values.js';
import type { TableId } from '../model/tables.js';
import type { Lang } from '../model/text.js';
import type { Report } from '../model/schema.js';
import { placeTable, reportTitle, tableHeading, tablesOf, type PlacedCell } from './placed.js';

export interface ClipboardOptions {
  lang?: Lang;
  /** The tables to copy, in official order. Default: every table the report has. */
  tables?: readonly TableId[];
}

export interface ClipboardTables {
  /** For `text/plain`: tab-separated rows, the tables one after another with an empty line between. */
  text: string;
  /** For `text/html`: one `<table>` per table, each after a paragraph naming it. */
  html: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);

/** A TSV field: quoted when it holds a tab, a line break or a quote, as spreadsheets read it. */
const field = (text: string) => (/[\t\n\r"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

const valueText = (placed: PlacedCell) => (placed.value?.value == null ? '' : String(placed.value.value));

const BORDER = `border:.5pt solid ${TOKENS.border}`;
const cellStyle = (placed: PlacedCell): string => {
  const { cell, value } = placed;
  if (cell.kind === 'data')
    return `${BORDER};text-align:right;vertical-align:middle${cell.total ? ';font-weight:bold' : ''}${value?.computed ? ';font-style:italic;background:#fff4d6' : ''}`;
  const align = cell.kind === 'header' && (cell.axis === 'row' || cell.axis === 'band') ? 'left' : 'center';
  return `${BORDER};background:#f2f2f2;text-align:${align};vertical-align:middle${cell.kind === 'note' ? ';font-size:9pt' : ''}`;
};

/** The report's tables as TSV and HTML for the clipboard. */
export function tablesForClipboard(report: Report, { lang = 'zh', tables }: ClipboardOptions = {}): ClipboardTables {
  const texts: string[] = [];
  const htmls: string[] = [];
  for (const table of tablesOf(report, tables)) {
    const placed = placeTable(report, table, lang, shownValues(report, [table]));
    const heading = `${reportTitle(report)} ${tableHeading(table, lang)}`;
    const grid: string[][] = Array.from({ length: placed.rows }, () => Array.from({ length: placed.columns }, () => ''));
    const rows: string[][] = Array.from({ length: placed.rows }, () => []);
    for (const cell of placed.cells) {
      const text = cell.cell.kind === 'data' ? valueText(cell) : cell.text;
      grid[cell.row]![cell.col] = text;
      const spans = `${cell.colspan > 1 ? ` colspan="${cell.colspan}"` : ''}${cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : ''}`;
      // mso-data-placement keeps a label's second line in the same cell when Excel pastes it.
      const content = text.split('\n').map(escapeHtml).join('<br style="mso-data-placement:same-cell">');
      rows[cell.row]!.push(`<td${spans} style="${cellStyle(cell)}">${content}</td>`);
    }
    texts.push([field(heading), ...grid.map((row) => row.map(field).join('\t'))].join('\n'));
    htmls.push(
      `<p style="font-weight:bold">${escapeHtml(heading)}</p>\n<table style="border-collapse:collapse">\n` +
        rows.map((cells) => `<tr>${cells.join('')}</tr>`).join('\n') +
        '\n</table>',
    );
  }
  return { text: texts.join('\n\n'), html: htmls.join('\n') };
}
