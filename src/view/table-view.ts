/**
 * One description of a whole table as it is shown — caption lines, header and note cells with their
 * ids, spans and label parts, data cells with their state (value, blank, computed, marks of
 * findings, header ids), and the legend — as plain values, without lit or the DOM. The elements'
 * lit emitter and the static HTML export both serialise this, so the two cannot drift.
 */
import type { Finding } from '../check/findings.js';
import type { TableValues } from '../check/values.js';
import { formatNumber } from '../format/number.js';
import type { DataCell, Grid, GridRow } from '../layout/grid.js';
import { gridFor } from '../layout/tables.js';
import { cellInfo } from '../model/cells.js';
import type { Report } from '../model/schema.js';
import { TABLE_TITLES, type TableId } from '../model/tables.js';
import { hasEnglish, pick, type Label, type Lang } from '../model/text.js';
import { UI } from '../model/ui-text.js';
import { isolate } from './bidi.js';

/** A label as shown: Chinese; in English the translation, with the official Chinese beside it. */
export interface LabelView {
  text: string;
  /** The official Chinese, shown beside an English translation. */
  official?: string;
}

export function labelView(label: Label, lang: Lang): LabelView {
  const text = pick(label, lang) || label.zh;
  return text === label.zh ? { text } : { text, official: label.zh };
}

export interface HeaderView {
  kind: 'header';
  /** Unique within the table (prefix it per instance or export). */
  id: string;
  axis: 'column' | 'row' | 'band' | 'corner';
  colspan: number;
  rowspan: number;
  label: LabelView;
}

export interface NoteView {
  kind: 'note';
  colspan: number;
  rowspan: number;
  label: LabelView;
}

/** Everything a data cell shows, as plain values. */
export interface DataCellView {
  index: number;
  path: string;
  colspan: number;
  /** Ids of the cell's headers (unprefixed), outermost first. */
  headers: readonly string[];
  /** The cell's states, the names of its parts: `cell`, `total`, `blank`, `computed`, `invalid`, `warning`. */
  states: string;
  /** The cell shows no number: its text is the accessible 未填报, visually hidden. */
  blank: boolean;
  text: string;
  /** Visible mark and accessible words of a computed total; null when the value is given. */
  computed: { mark: string; words: string } | null;
  /** Only cells a report summary links to have an id (see `cellId`). */
  linked: boolean;
  /** Indexes of the findings that mark this cell (their list items describe it). */
  findings: readonly number[];
}

export interface RowView {
  /** Header and note cells, which always come before a row's data cells. */
  headers: readonly (HeaderView | NoteView)[];
  cells: readonly DataCellView[];
}

/** What a table shows whatever the report: the same for every report of one layout and language. */
export interface LayoutView {
  table: TableId;
  lang: Lang;
  title: string;
  sections: readonly { head: readonly LayoutRow[]; body: readonly LayoutRow[] }[];
  /** Every data cell in reading order (its index is the cell's index). */
  cells: readonly DataCell[];
  /**
   * The grid's columns, left to right: for a data column, the choice it belongs to on a narrow screen
   * (an applicant column of 表三, a group of 表四); null for the row-header columns.
   */
  columns: readonly (string | null)[];
  /** What a reader can choose to see on a narrow screen, one at a time; empty for a table that fits (表二). */
  choices: readonly { key: string; label: LabelView }[];
}

/**
 * Tables shown one column (表三) or one group (表四) at a time when the element is narrower than
 * this many em: the official layout's narrowest comfortable width (its min-content width, measured).
 */
export const NARROW_BELOW: Partial<Record<TableId, number>> = { applications: 48, reviews: 54 };
const NARROWS: ReadonlySet<string> = new Set(Object.keys(NARROW_BELOW));

/** The narrow-screen choice a cell belongs to: its column (表三) or its group (表四); undefined for a table that does not narrow. */
export function choiceOf(grid: Grid, path: string): string | undefined {
  const info = cellInfo(path);
  if (!info || !NARROWS.has(grid.table)) return undefined;
  // 表四's groups are its rows (it has no row headers); 表三 is read by column.
  return grid.rowHeaderColumns ? info.column : info.row;
}

/** The narrow-screen choice of each grid column, and the choices, from the last body row's cells. */
function choicesOf(grid: Grid, lang: Lang): Pick<LayoutView, 'columns' | 'choices'> {
  const columns: (string | null)[] = new Array(grid.rowHeaderColumns).fill(null);
  const choices: { key: string; label: LabelView }[] = [];
  const row = grid.sections[grid.sections.length - 1]?.body.at(-1);
  for (const cell of row?.cells ?? []) {
    if (cell.kind !== 'data') continue;
    const info = cellInfo(cell.path)!;
    const key = choiceOf(grid, cell.path) ?? info.row;
    for (let span = 0; span < cell.colspan; span++) columns.push(key);
    if (!choices.some((choice) => choice.key === key)) {
      // A column by its header (自然人); a group by its full name (行政诉讼·未经复议直接起诉).
      const label = grid.rowHeaderColumns ? info.leafColumn.label : (info.rowNode.short ?? info.rowNode.label);
      choices.push({ key, label: labelView(label, lang) });
    }
  }
  return NARROWS.has(grid.table) ? { columns, choices } : { columns, choices: [] };
}

export interface LayoutRow {
  headers: readonly (HeaderView | NoteView)[];
  cells: readonly DataCell[];
}

export interface TableView {
  table: TableId;
  lang: Lang;
  title: string;
  /** Agency and year. */
  subtitle: string;
  sections: readonly { head: readonly RowView[]; body: readonly RowView[] }[];
  /** The note under the table explaining the computed mark, when a value is computed. */
  legend: { mark: string; text: string } | null;
}

/** How findings mark cells: by an error or a warning, and the findings' indexes; and which cells a summary links to. */
export interface Marking {
  marks: ReadonlyMap<
    string,
    {
      /** Named by an error; by a warning. */
      error: boolean;
      warning: boolean;
      findings: readonly number[];
      /** The findings and their severities as one string: a cell whose key stays the same shows the same. */
      key: string;
    }
  >;
  /** The first cell of each finding: the target of the report summary's link. */
  linked: ReadonlySet<string>;
}

const NO_MARKS: Marking = { marks: new Map(), linked: new Set() };

/** The marks of `findings`; none when they are not shown. Computed totals (info) are not marked: their cells say so. */
export function markingOf(findings: readonly Finding[], shown: boolean): Marking {
  if (!shown || !findings.length) return NO_MARKS;
  const marks = new Map<string, { error: boolean; warning: boolean; findings: number[]; key: string }>();
  const linked = new Set<string>();
  findings.forEach((finding, index) => {
    if (finding.cells[0]) linked.add(finding.cells[0]);
    if (finding.severity === 'info') return;
    for (const path of finding.cells) {
      let mark = marks.get(path);
      if (!mark) marks.set(path, (mark = { error: false, warning: false, findings: [], key: '' }));
      mark[finding.severity] = true;
      mark.findings.push(index);
      mark.key += index + finding.severity;
    }
  });
  return { marks, linked };
}

/** The id of a finding's list item, which marked cells point at with `aria-describedby`. */
export const findingId = (idPrefix: string, index: number) => `${idPrefix}f${index}`;
/** The id of the `<td>` that shows a cell (used by the report summary's links). */
export const cellId = (idPrefix: string, path: string) => `${idPrefix}cell-${path.replaceAll('.', '-')}`;

export function dataCellView(cell: DataCell, values: TableValues, marking: Marking, lang: Lang): DataCellView {
  const value = values.shown[cell.index] ?? null;
  const computed = values.computed[cell.index]!;
  const mark = marking.marks.get(cell.path);
  let states = cell.total ? 'cell total' : 'cell';
  if (value === null) states += ' blank';
  if (computed) states += ' computed';
  if (mark?.error) states += ' invalid';
  if (mark?.warning) states += ' warning';
  return {
    index: cell.index,
    path: cell.path,
    colspan: cell.colspan,
    headers: cell.headers,
    states,
    blank: value === null,
    text: value === null ? pick(UI.blank, lang) : formatNumber(value, lang),
    computed: computed ? { mark: pick(UI.computedMark, lang), words: pick(UI.computedWords, lang) } : null,
    linked: marking.linked.has(cell.path),
    findings: mark?.findings ?? NO_FINDINGS,
  };
}

/** Most cells' findings: one empty list for all of them (a page of tables has tens of thousands of cells). */
const NO_FINDINGS: readonly number[] = [];

function layoutRow(row: GridRow, lang: Lang): LayoutRow {
  const headers: (HeaderView | NoteView)[] = [];
  const cells: DataCell[] = [];
  for (const cell of row.cells) {
    if (cell.kind === 'data') cells.push(cell);
    else if (cell.kind === 'note')
      headers.push({ kind: 'note', colspan: cell.colspan, rowspan: cell.rowspan, label: labelView(cell.label, lang) });
    else {
      const { id, axis, colspan, rowspan } = cell;
      headers.push({ kind: 'header', id, axis, colspan, rowspan, label: labelView(cell.label, lang) });
    }
  }
  return { headers, cells };
}

const layouts = new WeakMap<Grid, Partial<Record<Lang, LayoutView>>>();

/** The layout of a table's grid in a language, built once. */
export function layoutView(grid: Grid, lang: Lang): LayoutView {
  let byLang = layouts.get(grid);
  if (!byLang) layouts.set(grid, (byLang = {}));
  const cached = byLang[lang];
  if (cached) return cached;
  const layout: LayoutView = {
    table: grid.table,
    lang,
    title: pick(TABLE_TITLES[grid.table], lang),
    sections: grid.sections.map((section) => ({
      head: section.head.map((row) => layoutRow(row, lang)),
      body: section.body.map((row) => layoutRow(row, lang)),
    })),
    cells: [...grid.cells.values()],
    ...choicesOf(grid, lang),
  };
  // An English layout is kept only once the English catalogue is there (until then its labels are the Chinese).
  if (lang === 'zh' || hasEnglish()) byLang[lang] = layout;
  return layout;
}

export interface TableViewInput {
  report: Report;
  table: TableId;
  values: TableValues;
  lang: Lang;
  /** The findings of this table, when they are shown on its cells. */
  findings?: readonly Finding[];
  /** The grid, when the caller has it already. */
  grid?: Grid;
}

/** The view of one table of a report. */
export function tableView({ report, table, values, lang, findings = [], grid = gridFor(table, report) }: TableViewInput): TableView {
  const marking = markingOf(findings, true);
  const layout = layoutView(grid, lang);
  const rows = (list: readonly LayoutRow[]): RowView[] =>
    list.map((row) => ({ headers: row.headers, cells: row.cells.map((cell) => dataCellView(cell, values, marking, lang)) }));
  return {
    table,
    lang,
    title: layout.title,
    subtitle: captionSubtitle(report, lang),
    sections: layout.sections.map((section) => ({ head: rows(section.head), body: rows(section.body) })),
    legend: legendOf(values, lang),
  };
}

/** The caption's second line: agency and year. */
/** The caption's second line, the agency isolated for bidirectional text (view/bidi.ts). */
export const captionSubtitle = (report: Report, lang: Lang): string => pick(UI.subtitle(isolate(report.agency), report.year), lang);

/** The note under a table that explains the computed mark, when a value is computed. */
export const legendOf = (values: TableValues, lang: Lang): TableView['legend'] =>
  values.anyComputed ? { mark: pick(UI.computedMark, lang), text: pick(UI.computedLegend, lang) } : null;
