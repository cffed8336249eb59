/**
 * The static HTML emitter of a table view (view/table-view.ts), for a CMS whose editor accepts no
 * script or custom element: the same grid, labels, values, header ids and computed marks as the
 * elements render, as one string of markup. Every text from the report is escaped. Classes are
 * prefixed `dt-` so a CMS theme's `.row` or `.title` cannot restyle them. By default the few styles
 * that matter without the stylesheet (the scrolling region, visually hidden texts) are inline; with
 * `inlineStyles: false` the markup has classes only, for a page that hosts `STATIC_TABLE_CSS` itself.
 */
import '../model/english.js';
import { reportValues } from '../check/values.js';
import type { Report } from '../model/schema.js';
import { TABLE_IDS, type TableId } from '../model/tables.js';
import type { Lang } from '../model/text.js';
import { REGION_CSS, SR_ONLY_CSS, TOKENS } from '../view/tokens.js';
import { tableView, type DataCellView, type HeaderView, type LabelView, type NoteView, type RowView } from '../view/table-view.js';

export interface TableHtmlOptions {
  lang?: Lang;
  /** Prefixes every id: give each export on a page its own. Default `dt-` (then the table's id and `-`). */
  idPrefix?: string;
  /** Inline the styles the tables need without the stylesheet (scrolling, hidden texts). Default true. */
  inlineStyles?: boolean;
}

export interface TablesHtmlOptions extends TableHtmlOptions {
  /** The tables to export, in official order. Default: every table the report has. */
  tables?: readonly TableId[];
  /** Start with a `<style>` block for the classes used. Default true. */
  styles?: boolean;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
const spans = (colspan: number, rowspan: number) =>
  `${colspan > 1 ? ` colspan="${colspan}"` : ''}${rowspan > 1 ? ` rowspan="${rowspan}"` : ''}`;

interface Emit {
  prefix: string;
  style: (css: string) => string;
}

/** A label; in English the translation with the official Chinese under it. */
const labelHtml = (label: LabelView) =>
  label.official ? `${escape(label.text)}<br><span class="dt-official" lang="zh-CN">${escape(label.official)}</span>` : escape(label.text);
const hidden = (text: string, emit: Emit) => `<span class="dt-sr-only"${emit.style(SR_ONLY_CSS)}>${escape(text)}</span>`;

function headerHtml(cell: HeaderView | NoteView, emit: Emit): string {
  if (cell.kind === 'note') return `<td class="dt-note"${spans(cell.colspan, cell.rowspan)}>${labelHtml(cell.label)}</td>`;
  return `<th id="${escape(emit.prefix + cell.id)}" class="dt-header dt-${cell.axis}"${spans(cell.colspan, cell.rowspan)}>${labelHtml(cell.label)}</th>`;
}

function cellHtml(cell: DataCellView, emit: Emit): string {
  const classes = cell.states
    .split(' ')
    .map((state) => `dt-${state}`)
    .join(' ');
  const value = cell.blank ? hidden(cell.text, emit) : `<span class="dt-value">${escape(cell.text)}</span>`;
  const computed = cell.computed
    ? `<span class="dt-computed-mark" aria-hidden="true">${escape(cell.computed.mark)}</span>${hidden(cell.computed.words, emit)}`
    : '';
  const headers = cell.headers.map((id) => emit.prefix + id).join(' ');
  return `<td class="${classes}"${spans(cell.colspan, 1)} headers="${escape(headers)}" data-path="${escape(cell.path)}">${value}${computed}</td>`;
}

const rowsHtml = (rows: readonly RowView[], emit: Emit) =>
  rows
    .map(
      (row) =>
        `<tr>${row.headers.map((cell) => headerHtml(cell, emit)).join('')}${row.cells.map((cell) => cellHtml(cell, emit)).join('')}</tr>`,
    )
    .join('\n');

/** One table of `report` (表二 `active`, 表三 `applications`, 表四 `reviews`); '' when the report lacks it. */
export function tableHtml(
  report: Report,
  table: TableId,
  { lang = 'zh', idPrefix = 'dt-', inlineStyles = true }: TableHtmlOptions = {},
): string {
  const values = reportValues(report, [table])[table];
  if (!values) return '';
  const view = tableView({ report, table, values, lang });
  const emit: Emit = { prefix: `${idPrefix}${table}-`, style: (css) => (inlineStyles ? ` style="${css}"` : '') };
  const captionId = `${emit.prefix}caption`;
  const sections = view.sections
    .map(
      (section) =>
        `${section.head.length ? `<thead>\n${rowsHtml(section.head, emit)}\n</thead>\n` : ''}<tbody>\n${rowsHtml(section.body, emit)}\n</tbody>`,
    )
    .join('\n');
  const legend = view.legend
    ? `\n<p class="dt-legend"><span class="dt-computed-mark" aria-hidden="true">${escape(view.legend.mark)}</span> ${escape(view.legend.text)}</p>`
    : '';
  return `<div class="dt-region" role="region" tabindex="0" aria-labelledby="${escape(captionId)}"${emit.style(REGION_CSS)}>
<table class="dt-table dt-${table}">
<caption id="${escape(captionId)}"><span class="dt-title">${escape(view.title)}</span><br><span class="dt-subtitle">${escape(view.subtitle)}</span></caption>
${sections}
</table>
</div>${legend}`;
}

/** The stylesheet of the static export, for the classes `tableHtml` uses (host it, or take `STATIC_TABLE_STYLES`). */
export const STATIC_TABLE_CSS = `.dt-region{${REGION_CSS};margin:1em 0}
.dt-sr-only{${SR_ONLY_CSS}}
.dt-table{border-collapse:collapse;width:100%;line-height:1.4}
.dt-table caption{font-weight:600;padding:.4em 0;overflow-wrap:anywhere}
.dt-subtitle{font-weight:normal;font-size:.9em}
.dt-table th,.dt-table td{border:1px solid ${TOKENS.border};padding:${TOKENS.padding};vertical-align:middle;text-indent:0}
.dt-header{background:${TOKENS.headerBackground};text-align:center}
.dt-row,.dt-band{text-align:left}
.dt-row{font-weight:normal}
.dt-note{font-size:.85em;text-align:center;background:${TOKENS.headerBackground}}
.dt-cell{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums;min-width:3.5em}
.dt-total{font-weight:600}
.dt-computed .dt-value{font-style:italic;color:${TOKENS.computed}}
.dt-official{font-size:.8em;font-weight:normal}
.dt-computed-mark{font-size:.7em;vertical-align:super;color:${TOKENS.computed}}
.dt-legend{font-size:.85em}
@media print{.dt-region{overflow:visible!important;display:block!important}.dt-header,.dt-note{background:none}}`;

/** The stylesheet as a `<style>` block, to paste before the tables. */
export const STATIC_TABLE_STYLES = `<style>\n${STATIC_TABLE_CSS}\n</style>`;

/** The report's tables, one after the other, with the style block first unless `styles: false`. */
export function tablesHtml(report: Report, { tables = TABLE_IDS, styles = true, ...options }: TablesHtmlOptions = {}): string {
  const parts = TABLE_IDS.filter((table) => tables.includes(table) && report[table]).map((table) => tableHtml(report, table, options));
  return [...(styles ? [STATIC_TABLE_STYLES] : []), ...parts].join('\n');
}
