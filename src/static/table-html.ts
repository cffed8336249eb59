/**
 * The official tables as static HTML, for a CMS whose editor accepts no script or custom element:
 * the same grid, labels, values, header ids and marks as the elements render (from the same layout
 * and cell state), as one string of markup. Every text from the report is escaped.
 * Without the optional style block the tables stay correct and accessible, only plainer; the few
 * styles that matter for that (scrolling, visually hidden texts) are inline.
 */
import { shownValues } from '../check/values.js';
import { cellState, markingOf } from '../internal/cell-state.js';
import type { GridRow } from '../layout/grid.js';
import { gridFor } from '../layout/tables.js';
import { TABLE_IDS, type TableId } from '../model/keys.js';
import { TABLE_TITLES, UI_TEXT, pick, tableSubtitle, type Label, type Lang } from '../model/labels.js';
import type { Report } from '../model/schema.js';

export interface TableHtmlOptions {
  lang?: Lang;
  /** Prefixes every id: give each export on a page its own. Default `dt-` (then the table's id and `-`). */
  idPrefix?: string;
}

export interface TablesHtmlOptions extends TableHtmlOptions {
  /** The tables to export, in official order. Default: every table the report has. */
  tables?: readonly TableId[];
  /** Start with a `<style>` block for the classes used. Default true. */
  styles?: boolean;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
const SR_ONLY = 'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0';
// As in the elements: a minmax(0, 1fr) track lets the region shrink inside a flex or grid item or a
// layout table, where a plain block would widen the page; position: relative holds the hidden texts.
const REGION_STYLE = 'overflow-x:auto;position:relative;max-width:100%;display:grid;grid-template-columns:minmax(0,1fr)';
const hidden = (text: string) => `<span style="${SR_ONLY}">${escape(text)}</span>`;
const spans = (colspan: number, rowspan: number) => `${colspan > 1 ? ` colspan="${colspan}"` : ''}${rowspan > 1 ? ` rowspan="${rowspan}"` : ''}`;

/** A header's label: Chinese; in English, the translation with the official Chinese under it. */
function labelHtml(label: Label, lang: Lang): string {
  if (lang !== 'en' || !label.en) return escape(label.zh);
  return `${escape(label.en)}<br><span class="official" lang="zh-CN">${escape(label.zh)}</span>`;
}

/** One table of `report` (表二 `active`, 表三 `applications`, 表四 `reviews`); '' when the report lacks it. */
export function tableHtml(report: Report, table: TableId, { lang = 'zh', idPrefix: prefix = 'dt-' }: TableHtmlOptions = {}): string {
  if (!report[table]) return '';
  const idPrefix = `${prefix}${table}-`;
  const grid = gridFor(table, report);
  const context = { values: shownValues(report, [table]), lang, idPrefix };
  const marking = markingOf([], false, idPrefix);
  const row = (cells: GridRow['cells']) => {
    let headers = '';
    let data = '';
    for (const cell of cells) {
      if (cell.kind === 'note') headers += `<td class="note"${spans(cell.colspan, cell.rowspan)}>${labelHtml(cell.label, lang)}</td>`;
      else if (cell.kind === 'header') headers += `<th id="${escape(idPrefix + cell.id)}" class="header ${cell.axis}"${spans(cell.colspan, cell.rowspan)}>${labelHtml(cell.label, lang)}</th>`;
      else {
        const state = cellState(cell, context, marking);
        const value = state.blank ? hidden(state.text) : `<span class="value">${escape(state.text)}</span>`;
        const computed = state.computed ? `<sup class="computed-mark" aria-hidden="true">${escape(state.computed.mark)}</sup>${hidden(state.computed.words)}` : '';
        data += `<td class="${state.part}"${spans(state.colspan, 1)} headers="${escape(state.headers)}" data-path="${escape(state.path)}">${value}${computed}</td>`;
      }
    }
    // Header cells always come before a row's data cells, as in the elements.
    return `<tr>${headers}${data}</tr>`;
  };
  const rows = (list: readonly GridRow[]) => list.map((item) => row(item.cells)).join('\n');
  const captionId = `${idPrefix}caption`;
  const sections = grid.sections.map((section) => `${section.head.length ? `<thead>\n${rows(section.head)}\n</thead>\n` : ''}<tbody>\n${rows(section.body)}\n</tbody>`).join('\n');
  const hasComputed = [...grid.cells.keys()].some((path) => context.values.get(path)?.computed);
  const legend = hasComputed ? `\n<p class="disclosure-legend"><sup class="computed-mark" aria-hidden="true">${escape(pick(UI_TEXT.computedMark, lang))}</sup> ${escape(pick(UI_TEXT.computedLegend, lang))}</p>` : '';
  return `<div class="disclosure-static" role="region" tabindex="0" aria-labelledby="${escape(captionId)}" style="${REGION_STYLE}">
<table class="${table}">
<caption id="${escape(captionId)}"><span class="title">${escape(pick(TABLE_TITLES[table], lang))}</span><br><span class="subtitle">${escape(tableSubtitle(report.agency, report.year, lang))}</span></caption>
${sections}
</table>
</div>${legend}`;
}

/** Styles for the classes `tableHtml` uses, all under `.disclosure-static`. */
export const STATIC_TABLE_STYLES = `<style>
.disclosure-static{margin:1em 0}
.disclosure-static table{border-collapse:collapse;width:100%;line-height:1.4}
.disclosure-static caption{font-weight:600;padding:.4em 0}
.disclosure-static caption .subtitle{font-weight:normal;font-size:.9em}
.disclosure-static th,.disclosure-static td{border:1px solid #5f6368;padding:.3em .5em;vertical-align:middle;text-indent:0}
.disclosure-static th{background:#f3f4f6;text-align:center}
.disclosure-static th.row,.disclosure-static th.band{text-align:left}
.disclosure-static th.row{font-weight:normal}
.disclosure-static td.note{font-size:.85em;text-align:center;background:#f3f4f6}
.disclosure-static td.cell{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums;min-width:3.5em}
.disclosure-static td.total{font-weight:600}
.disclosure-static td.computed .value{font-style:italic}
.disclosure-static .official{font-size:.8em;font-weight:normal}
.disclosure-static .computed-mark,.disclosure-legend .computed-mark{font-size:.7em}
.disclosure-legend{font-size:.85em}
</style>`;

/** The report's tables, one after the other, with the style block first unless `styles: false`. */
export function tablesHtml(report: Report, { tables = TABLE_IDS, styles = true, lang = 'zh', idPrefix = 'dt-' }: TablesHtmlOptions = {}): string {
  const parts = TABLE_IDS.filter((table) => tables.includes(table) && report[table]).map((table) => tableHtml(report, table, { lang, idPrefix }));
  return [...(styles ? [STATIC_TABLE_STYLES] : []), ...parts].join('\n');
}
