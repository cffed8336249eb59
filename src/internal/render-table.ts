/**
 * Renders a table grid as one native `<table>`: caption, `<thead>`, row headers, and `id`/`headers`
 * on every cell so a screen reader announces a cell with its full path. Shared by the three table
 * elements and `<disclosure-report>`. Cell text is always text (lit escapes it), never markup.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Finding } from '../check/findings.js';
import type { ShownValues } from '../check/values.js';
import type { ImportWarning } from '../import/types.js';
import type { Grid, GridRow, HeaderCell, NoteCell } from '../layout/grid.js';
import { dataCells } from './data-cells.js';
import { cellState, findingId, markingOf, type CellState, type Marking } from './cell-state.js';
import { UI_TEXT, pick, type Label, type Lang } from '../model/labels.js';

export type ChecksMode = 'show' | 'silent' | 'off';

export interface TableView {
  grid: Grid;
  values: ShownValues;
  findings: readonly Finding[];
  lang: Lang;
  checks: ChecksMode;
  /** Unique per instance and table: prefixes every id. */
  idPrefix: string;
  title: Label;
  /** Agency and year, shown in the caption. */
  subtitle: string;
  /** How the report was read, where that was a guess: the import of a table on the page, or a file's encoding. */
  importNotes?: readonly ImportWarning[];
  /** The notes come from importing a table on the page (else from reading a `src` file). */
  notesFromPage?: boolean;
}

function labelText(label: Label, lang: Lang): TemplateResult | string {
  if (lang !== 'en' || !label.en) return label.zh;
  // The English label translates; the official Chinese stays beside it.
  return html`${label.en}<span class="official" lang="zh-CN">${label.zh}</span>`;
}

function renderHeader(cell: HeaderCell | NoteCell, view: TableView): TemplateResult {
  const span = (n: number) => (n === 1 ? nothing : n);
  if (cell.kind === 'note') {
    return html`<td class="note" part="note" colspan=${span(cell.colspan)} rowspan=${span(cell.rowspan)}>${labelText(cell.label, view.lang)}</td>`;
  }
  return html`<th
    id=${view.idPrefix + cell.id}
    class=${`header ${cell.axis}`}
    part=${`header ${cell.axis}-header`}
    colspan=${span(cell.colspan)}
    rowspan=${span(cell.rowspan)}
  >${labelText(cell.label, view.lang)}</th>`;
}

function renderRow(row: GridRow, view: TableView, marking: Marking): TemplateResult {
  const headers: TemplateResult[] = [];
  const data: CellState[] = [];
  for (const cell of row.cells) {
    if (cell.kind === 'data') data.push(cellState(cell, view, marking));
    else headers.push(renderHeader(cell, view));
  }
  // Header cells always come before a row's data cells.
  return html`<tr>${headers}${dataCells(data)}</tr>`;
}

const renderRows = (rows: readonly GridRow[], view: TableView, marking: Marking) => rows.map((row) => renderRow(row, view, marking));

/** The table, in a focusable, labelled region that scrolls on narrow screens. */
export function renderTable(view: TableView): TemplateResult {
  const marking = markingOf(view.findings, view.checks === 'show', view.idPrefix);
  const captionId = `${view.idPrefix}caption`;
  const hasComputed = [...view.grid.cells.keys()].some((path) => view.values.get(path)?.computed);
  return html`
    <div class="scroll" part="scroll" role="region" tabindex="0" aria-labelledby=${captionId}>
      <table part="table" class=${`table ${view.grid.table}`}>
        <caption id=${captionId} part="caption">
          <span class="title">${pick(view.title, view.lang)}</span>
          ${view.subtitle ? html`<span class="subtitle">${view.subtitle}</span>` : nothing}
        </caption>
        ${view.grid.sections.map(
          (section) => html`
            ${section.head.length ? html`<thead>${renderRows(section.head, view, marking)}</thead>` : nothing}
            <tbody>${renderRows(section.body, view, marking)}</tbody>
          `,
        )}
      </table>
    </div>
    ${hasComputed
      ? html`<p class="legend" part="legend">
          <span class="computed-mark" aria-hidden="true">${pick(UI_TEXT.computedMark, view.lang)}</span>
          ${pick(UI_TEXT.computedLegend, view.lang)}
        </p>`
      : nothing}
    ${view.checks === 'show' ? renderFindings(view.findings, view) : nothing}
    ${view.checks === 'show' && view.importNotes?.length ? renderImportNotes(view.importNotes, view) : nothing}
  `;
}

/** What was guessed in reading the report, each quoting the source text and its line. */
export function renderImportNotes(notes: readonly ImportWarning[], view: Pick<TableView, 'lang' | 'idPrefix' | 'notesFromPage'>): TemplateResult {
  const headingId = `${view.idPrefix}import-notes`;
  const en = view.lang === 'en';
  const count = en ? `${notes.length} note${notes.length === 1 ? '' : 's'}` : `${notes.length} 条说明`;
  const from = view.notesFromPage ? (en ? 'Imported from the table on this page' : '从本页表格导入') : en ? 'Reading the report' : '读取报告';
  return html`<section class="findings import-notes" part="import-notes" aria-labelledby=${headingId}>
    <p class="findings-title" id=${headingId}>${from}${en ? ': ' : '：'}${count}</p>
    <ul>
      ${notes.map(
        (note) => html`<li class="finding info" part="finding finding-info" data-path=${note.path ?? nothing}>
          ${note.line ? html`<span class="severity">${en ? `Line ${note.line}` : `第 ${note.line} 行`}</span>` : nothing}
          <span class="message">${en ? note.message.en : note.message.zh}</span>
        </li>`,
      )}
    </ul>
  </section>`;
}

const severityLabel = (severity: Finding['severity'], lang: Lang) =>
  pick(severity === 'error' ? UI_TEXT.error : severity === 'warning' ? UI_TEXT.warning : UI_TEXT.info, lang);

/** Counts by severity, e.g. 2 个错误、1 个警告 / 2 errors, 1 warning. */
export function countText(findings: readonly Finding[], lang: Lang): string {
  const count = (severity: Finding['severity']) => findings.filter((finding) => finding.severity === severity).length;
  const parts: string[] = [];
  const errors = count('error');
  const warnings = count('warning');
  const infos = count('info');
  if (lang === 'en') {
    if (errors) parts.push(`${errors} error${errors === 1 ? '' : 's'}`);
    if (warnings) parts.push(`${warnings} warning${warnings === 1 ? '' : 's'}`);
    if (infos) parts.push(`${infos} note${infos === 1 ? '' : 's'}`);
    return parts.join(', ');
  }
  if (errors) parts.push(`${errors} 个错误`);
  if (warnings) parts.push(`${warnings} 个警告`);
  if (infos) parts.push(`${infos} 条提示`);
  return parts.join('、');
}

function renderFindings(findings: readonly Finding[], view: TableView): TemplateResult {
  const headingId = `${view.idPrefix}findings`;
  const counts = countText(findings, view.lang);
  // Named by its heading and the table's caption, so several lists on one page stay distinguishable.
  return html`<section class="findings" part="findings" aria-labelledby=${`${headingId} ${view.idPrefix}caption`}>
    <p class="findings-title" id=${headingId}>
      ${pick(UI_TEXT.findings, view.lang)}${counts ? (view.lang === 'en' ? `: ${counts}` : `：${counts}`) : ''}
    </p>
    ${findings.length
      ? html`<ul>
          ${findings.map(
            (finding, index) =>
              html`<li id=${findingId(view.idPrefix, index)} class=${`finding ${finding.severity}`} part=${`finding finding-${finding.severity}`} data-rule=${finding.rule}>
                <span class="severity">${severityLabel(finding.severity, view.lang)}</span>
                <span class="message">${finding.message}</span>
              </li>`,
          )}
        </ul>`
      : html`<p class="none">${pick(UI_TEXT.noFindings, view.lang)}</p>`}
  </section>`;
}
