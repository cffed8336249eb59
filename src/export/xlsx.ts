/**
 * The official tables as an Excel workbook (.xlsx), one sheet per table, laid out from the same
 * grid the elements render: labels verbatim, the official merged headers, blanks left blank, stated
 * totals as numbers, and blank totals as formulas over their parts (so an official can go on working
 * in Excel), shown in italics on a tint and explained under the table. Borders, header shading,
 * column widths that fit the labels, and a print setup: A4 landscape, fit to the page width, the
 * column headers repeated on every page. Written with fflate's zip and nothing else.
 */
import { zipSync, strToU8 } from 'fflate';
import { shownValues } from '../check/values.js';
import type { TableId } from '../model/tables.js';
import { pick, type Lang } from '../model/text.js';
import { TOOL_TEXT } from '../model/tool-text.js';
import type { Report } from '../model/schema.js';
import { placeTable, reportTitle, tableHeading, tablesOf, type PlacedCell, type PlacedTable } from './placed.js';
import { STYLE, STYLES_XML } from './xlsx-styles.js';

export interface XlsxOptions {
  lang?: Lang;
  /** The tables to export, in official order. Default: every table the report has. */
  tables?: readonly TableId[];
}

/** Rows above the table on each sheet: the report's title, the section heading, a blank row. */
const TABLE_TOP = 3;

const escapeXml = (text: string) =>
  text
    .replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** "A", "B", … "AA": a 0-based column's letters. */
export function columnName(col: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const ref = (row: number, col: number) => `${columnName(col)}${row + 1}`;

/** Display width of a line in Excel's character units: Chinese characters and full-width forms count two. */
export function textWidth(line: string): number {
  let width = 0;
  for (const char of line) width += /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef\u2014\u2018-\u201d\u2026]/.test(char) ? 2 : 1.1;
  return width;
}

const MIN_WIDTH = 7;
const MAX_WIDTH = 34;
const LINE_HEIGHT = 14.5;

/** Column widths that fit each column's single-column labels (long ones wrap), and room for numbers. */
function columnWidths(table: PlacedTable): number[] {
  const widths = Array.from({ length: table.columns }, () => MIN_WIDTH + 1);
  for (const placed of table.cells) {
    if (placed.colspan !== 1) continue;
    const needed = placed.cell.kind === 'data' ? MIN_WIDTH + 3 : Math.max(...placed.text.split('\n').map(textWidth)) + 2;
    widths[placed.col] = Math.min(MAX_WIDTH, Math.max(widths[placed.col]!, needed));
  }
  return widths;
}

/** How many lines a cell's text takes at its width. */
function linesIn(text: string, width: number): number {
  return text.split('\n').reduce((lines, line) => lines + Math.max(1, Math.ceil(textWidth(line) / Math.max(1, width - 1.5))), 0);
}

/** The formula of a computed total: the sum of its parts, contiguous parts as one range. */
export function sumFormula(parts: readonly PlacedCell[], top: number): string {
  const refs = parts.map((part) => [part.row + top, part.col] as const);
  const sameRow = refs.every(([row]) => row === refs[0]![0]);
  const sameCol = refs.every(([, col]) => col === refs[0]![1]);
  const contiguous = (values: number[]) => values.every((value, index) => index === 0 || value === values[index - 1]! + 1);
  if (refs.length > 1 && sameRow && contiguous(parts.map((part) => part.col)))
    return `SUM(${ref(...refs[0]!)}:${ref(...refs[refs.length - 1]!)})`;
  if (refs.length > 1 && sameCol && contiguous(parts.map((part) => part.row)))
    return `SUM(${ref(...refs[0]!)}:${ref(...refs[refs.length - 1]!)})`;
  return `SUM(${refs.map((item) => ref(...item)).join(',')})`;
}

class SharedStrings {
  private readonly index = new Map<string, number>();
  add(text: string): number {
    let at = this.index.get(text);
    if (at === undefined) {
      at = this.index.size;
      this.index.set(text, at);
    }
    return at;
  }
  xml(): string {
    const items = [...this.index.keys()].map((text) => `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`).join('');
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.index.size}" uniqueCount="${this.index.size}">${items}</sst>`;
  }
}

interface SheetOut {
  name: string;
  xml: string;
  /** Rows (1-based) repeated at the top of every printed page, if any. */
  printTitles?: [number, number];
}

function styleOf(placed: PlacedCell): number {
  const { cell, value } = placed;
  if (cell.kind === 'note') return STYLE.note;
  if (cell.kind === 'header') return cell.axis === 'row' || cell.axis === 'band' ? STYLE.rowHeader : STYLE.columnHeader;
  if (value?.computed) return STYLE.computed;
  return cell.total ? STYLE.total : STYLE.data;
}

function sheetXml(report: Report, table: TableId, lang: Lang, strings: SharedStrings): SheetOut {
  const values = shownValues(report, [table]);
  const placed = placeTable(report, table, lang, values);
  const widths = columnWidths(placed);
  const total = (from: number, span: number) => widths.slice(from, from + span).reduce((sum, width) => sum + width, 0);
  const last = placed.columns - 1;
  const rows = new Map<number, string[]>();
  const heights = new Map<number, number>();
  const put = (row: number, xml: string) => rows.set(row, [...(rows.get(row) ?? []), xml]);
  const merges: string[] = [];
  const text = (row: number, col: number, content: string, style: number) =>
    put(row, `<c r="${ref(row, col)}" s="${style}" t="s"><v>${strings.add(content)}</v></c>`);

  // Above the table: the report's title and the table's section heading, each across the table.
  text(0, 0, reportTitle(report), STYLE.title);
  merges.push(`${ref(0, 0)}:${ref(0, last)}`);
  heights.set(0, 24);
  text(1, 0, tableHeading(table, lang), STYLE.heading);
  merges.push(`${ref(1, 0)}:${ref(1, last)}`);

  let hasComputed = false;
  for (const cell of placed.cells) {
    const row = cell.row + TABLE_TOP;
    const style = styleOf(cell);
    if (cell.cell.kind !== 'data') text(row, cell.col, cell.text, style);
    else if (cell.value?.given != null) put(row, `<c r="${ref(row, cell.col)}" s="${style}"><v>${cell.value.given}</v></c>`);
    else if (cell.value?.computed && cell.value.sources) {
      // No cached value: Excel, WPS and LibreOffice compute it on opening, and a reader that does not stays blank.
      hasComputed = true;
      const parts = cell.value.sources.map((path) => placed.byPath.get(path)!);
      put(row, `<c r="${ref(row, cell.col)}" s="${style}"><f>${sumFormula(parts, TABLE_TOP)}</f></c>`);
    } else put(row, `<c r="${ref(row, cell.col)}" s="${style}"/>`);
    // Positions under a merge carry its borders.
    for (let dr = 0; dr < cell.rowspan; dr++) {
      for (let dc = 0; dc < cell.colspan; dc++) if (dr || dc) put(row + dr, `<c r="${ref(row + dr, cell.col + dc)}" s="${style}"/>`);
    }
    if (cell.rowspan > 1 || cell.colspan > 1)
      merges.push(`${ref(row, cell.col)}:${ref(row + cell.rowspan - 1, cell.col + cell.colspan - 1)}`);
    if (cell.rowspan === 1 && cell.text)
      heights.set(row, Math.max(heights.get(row) ?? 0, linesIn(cell.text, total(cell.col, cell.colspan)) * LINE_HEIGHT + 3));
  }
  const after = TABLE_TOP + placed.rows + 1;
  if (hasComputed) {
    text(after, 0, pick(TOOL_TEXT.computedLegendFormulas, lang), STYLE.legend);
    merges.push(`${ref(after, 0)}:${ref(after, last)}`);
  }

  const rowXml = [...rows.keys()]
    .sort((a, b) => a - b)
    .map((row) => {
      const cells = rows.get(row)!.sort((a, b) => columnOrder(a) - columnOrder(b));
      const height = heights.get(row);
      return `<row r="${row + 1}"${height ? ` ht="${height}" customHeight="1"` : ''}>${cells.join('')}</row>`;
    })
    .join('');
  const cols = widths.map((width, col) => `<col min="${col + 1}" max="${col + 1}" width="${width.toFixed(1)}" customWidth="1"/>`).join('');
  const lastRow = hasComputed ? after : TABLE_TOP + placed.rows - 1;
  const xml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:${ref(lastRow, last)}"/>` +
    `<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    `<cols>${cols}</cols><sheetData>${rowXml}</sheetData>` +
    `<mergeCells count="${merges.length}">${merges.map((area) => `<mergeCell ref="${area}"/>`).join('')}</mergeCells>` +
    `<printOptions horizontalCentered="1"/><pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>`;
  const name = sheetName(tableHeading(table, lang));
  return { name, xml, ...(placed.headRows ? { printTitles: [TABLE_TOP + 1, TABLE_TOP + placed.headRows] as [number, number] } : {}) };
}

const columnOrder = (cellXml: string) => {
  const letters = /r="([A-Z]+)/.exec(cellXml)![1]!;
  return [...letters].reduce((value, letter) => value * 26 + letter.charCodeAt(0) - 64, 0);
};

/** A valid sheet name: at most 31 characters, none of : \ / ? * [ ]. */
const sheetName = (text: string) => text.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

function workbookXml(sheets: readonly SheetOut[]): string {
  const entries = sheets
    .map((sheet, index) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`)
    .join('');
  const titles = sheets
    .map((sheet, index) =>
      sheet.printTitles
        ? `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeXml(quoteSheet(sheet.name))}!$${sheet.printTitles[0]}:$${sheet.printTitles[1]}</definedName>`
        : '',
    )
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<bookViews><workbookView/></bookViews><sheets>${entries}</sheets>${titles ? `<definedNames>${titles}</definedNames>` : ''}<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`
  );
}

const CONTENT_TYPES = (count: number) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
  Array.from(
    { length: count },
    (_, index) =>
      `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join('') +
  `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
  `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;

const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const relationship = (id: string, type: string, target: string) =>
  `<Relationship Id="${id}" Type="${DOC_RELS}/${type}" Target="${target}"/>`;
const rels = (items: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">${items}</Relationships>`;

/** A fixed time stamp, so the same report always gives the same bytes. */
const MTIME = new Date(Date.UTC(2021, 0, 1));

/** The report's tables as the bytes of an .xlsx workbook, one sheet per table. */
export function reportToXlsx(report: Report, { lang = 'zh', tables }: XlsxOptions = {}): Uint8Array {
  const strings = new SharedStrings();
  const sheets = tablesOf(report, tables).map((table) => sheetXml(report, table, lang, strings));
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(CONTENT_TYPES(sheets.length)),
    '_rels/.rels': strToU8(rels(relationship('rId1', 'officeDocument', 'xl/workbook.xml'))),
    'xl/workbook.xml': strToU8(workbookXml(sheets)),
    'xl/_rels/workbook.xml.rels': strToU8(
      rels(
        sheets.map((_, index) => relationship(`rId${index + 1}`, 'worksheet', `worksheets/sheet${index + 1}.xml`)).join('') +
          relationship(`rId${sheets.length + 1}`, 'styles', 'styles.xml') +
          relationship(`rId${sheets.length + 2}`, 'sharedStrings', 'sharedStrings.xml'),
      ),
    ),
    'xl/styles.xml': strToU8(STYLES_XML),
    'xl/sharedStrings.xml': strToU8(strings.xml()),
  };
  sheets.forEach((sheet, index) => (files[`xl/worksheets/sheet${index + 1}.xml`] = strToU8(sheet.xml)));
  return zipSync(files, { level: 6, mtime: MTIME });
}
