/**
 * The lit emitter of a table view (view/table-view.ts): one native `<table>` with caption,
 * `<thead>`, row headers, and `id`/`headers` on every cell so a screen reader announces a cell
 * with its full path; the legend; the findings and import notes under it. Shared by the three
 * table elements and `<disclosure-report>`. Text is always text (lit escapes it), never markup.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Finding } from '../check/findings.js';
import type { ImportWarning } from '../import/types.js';
import { pick, type Bilingual, type Lang } from '../model/text.js';
import { UI, severityText } from '../model/ui-text.js';
import { findingId, type HeaderView, type LabelView, type NoteView, type RowView, type TableView } from '../view/table-view.js';
import { dataCells } from './data-cells.js';

export type ChecksMode = 'show' | 'silent' | 'off';

/** A label; in English the translation with the official Chinese beside it. */
export const renderLabel = (label: LabelView): TemplateResult | string =>
  label.official ? html`${label.text}<span class="official" lang="zh-CN">${label.official}</span>` : label.text;

const span = (n: number) => (n === 1 ? nothing : n);

function renderHeader(cell: HeaderView | NoteView, idPrefix: string): TemplateResult {
  if (cell.kind === 'note') {
    return html`<td class="note" part="note" colspan=${span(cell.colspan)} rowspan=${span(cell.rowspan)}>${renderLabel(cell.label)}</td>`;
  }
  return html`<th
    id=${idPrefix + cell.id}
    class=${`header ${cell.axis}`}
    part=${`header ${cell.axis}-header`}
    colspan=${span(cell.colspan)}
    rowspan=${span(cell.rowspan)}
  >${renderLabel(cell.label)}</th>`;
}

const renderRows = (rows: readonly RowView[], idPrefix: string) =>
  rows.map((row) => html`<tr>${row.headers.map((cell) => renderHeader(cell, idPrefix))}${dataCells(row.cells, idPrefix)}</tr>`);

export interface RenderTableOptions {
  view: TableView;
  /** Unique per instance and table: prefixes every id. */
  idPrefix: string;
  findings: readonly Finding[];
  checks: ChecksMode;
  /** How the report was read, where that was a guess: the import of a table on the page, or a file's encoding. */
  importNotes?: readonly ImportWarning[];
  /** The notes come from importing a table on the page (else from reading a `src` file). */
  notesFromPage?: boolean;
}

/** The table, in a focusable, labelled region that scrolls on narrow screens. */
export function renderTable({ view, idPrefix, findings, checks, importNotes, notesFromPage }: RenderTableOptions): TemplateResult {
  const captionId = `${idPrefix}caption`;
  return html`
    <div class="scroll" part="scroll" role="region" tabindex="0" aria-labelledby=${captionId}>
      <table part="table" class=${`table ${view.table}`}>
        <caption id=${captionId} part="caption">
          <span class="title">${view.title}</span>
          <span class="subtitle">${view.subtitle}</span>
        </caption>
        ${view.sections.map(
          (section) => html`
            ${section.head.length ? html`<thead>${renderRows(section.head, idPrefix)}</thead>` : nothing}
            <tbody>${renderRows(section.body, idPrefix)}</tbody>
          `,
        )}
      </table>
    </div>
    ${
      view.legend
        ? html`<p class="legend" part="legend">
          <span class="computed-mark" aria-hidden="true">${view.legend.mark}</span>
          ${view.legend.text}
        </p>`
        : nothing
    }
    ${checks === 'show' ? renderFindings(findings, view.lang, idPrefix) : nothing}
    ${checks === 'show' && importNotes?.length ? renderImportNotes(importNotes, { lang: view.lang, idPrefix, notesFromPage: Boolean(notesFromPage) }) : nothing}
  `;
}

/** What was guessed in reading the report, each quoting the source text and its line. */
export function renderImportNotes(
  notes: readonly ImportWarning[],
  { lang, idPrefix, notesFromPage }: { lang: Lang; idPrefix: string; notesFromPage: boolean },
): TemplateResult {
  const headingId = `${idPrefix}import-notes`;
  const heading = UI.headed(notesFromPage ? UI.importedFromPage : UI.readingReport, UI.noteCount(notes.length));
  return html`<section class="findings import-notes" part="import-notes" aria-labelledby=${headingId}>
    <p class="findings-title" id=${headingId}>${pick(heading, lang)}</p>
    <ul>
      ${notes.map(
        (note) => html`<li class="finding info" part="finding finding-info" data-path=${note.path ?? nothing}>
          ${note.line ? html`<span class="severity">${pick(UI.line(note.line), lang)}</span>` : nothing}
          <span class="message">${pick(note.message, lang)}</span>
        </li>`,
      )}
    </ul>
  </section>`;
}

/** Counts by severity, e.g. 2 个错误、1 个警告 / 2 errors, 1 warning; '' for none. */
export function countsOf(findings: readonly Finding[]): Bilingual {
  const count = (severity: Finding['severity']) => findings.filter((finding) => finding.severity === severity).length;
  return UI.severityCounts({ errors: count('error'), warnings: count('warning'), infos: count('info') });
}

function renderFindings(findings: readonly Finding[], lang: Lang, idPrefix: string): TemplateResult {
  const headingId = `${idPrefix}findings`;
  const counts = countsOf(findings);
  const title = pick(counts.zh ? UI.headed(UI.findings, counts) : UI.findings, lang);
  // Named by its heading and the table's caption, so several lists on one page stay distinguishable.
  return html`<section class="findings" part="findings" aria-labelledby=${`${headingId} ${idPrefix}caption`}>
    <p class="findings-title" id=${headingId}>${title}</p>
    ${
      findings.length
        ? html`<ul>
          ${findings.map(
            (finding, index) =>
              html`<li id=${findingId(idPrefix, index)} class=${`finding ${finding.severity}`} part=${`finding finding-${finding.severity}`} data-rule=${finding.rule}>
                <span class="severity">${pick(severityText(finding.severity), lang)}</span>
                <span class="message">${finding.message}</span>
              </li>`,
          )}
        </ul>`
        : html`<p class="none">${pick(UI.noFindings, lang)}</p>`
    }
  </section>`;
}
