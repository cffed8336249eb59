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
import type { TableValues } from '../check/values.js';
import { gridFor } from '../layout/tables.js';
import type { Report } from '../model/schema.js';
import type { TableId } from '../model/tables.js';
import { groupFindings, type FindingGroup, type FindingItem } from '../view/findings-view.js';
import { captionSubtitle, findingId, layoutView, legendOf, markingOf, type LabelView } from '../view/table-view.js';
import { tableDom } from './table-dom.js';

export type ChecksMode = 'show' | 'silent' | 'off';

/** A label; in English the translation with the official Chinese beside it. */
export const renderLabel = (label: LabelView): TemplateResult | string =>
  label.official ? html`${label.text}<span class="official" lang="zh-CN">${label.official}</span>` : label.text;

export interface RenderTableOptions {
  report: Report;
  table: TableId;
  values: TableValues;
  lang: Lang;
  /** Prefixes the table's ids; unique within the shadow root. */
  idPrefix: string;
  findings: readonly Finding[];
  checks: ChecksMode;
  /** How the report was read, where that was a guess: the import of a table on the page, or a file's encoding. */
  importNotes?: readonly ImportWarning[] | undefined;
  /** The notes come from importing a table on the page (else from reading a `src` file). */
  notesFromPage?: boolean | undefined;
  /** On a narrow screen: the column (表三) or group (表四) shown, `all` for the whole table; the first by default. */
  chosen?: string | undefined;
  /** Called with the reader's choice. */
  choose?: ((choice: string) => void) | undefined;
  /** The element is too narrow for this table's official layout. */
  narrow?: boolean | undefined;
}

/**
 * The table in a focusable, labelled region that scrolls on narrow screens (cloned from its layout),
 * its legend, and the findings and notes under it.
 */
export function renderTable(options: RenderTableOptions): TemplateResult {
  const { report, table, values, lang, idPrefix, findings, checks, importNotes, notesFromPage, choose } = options;
  const layout = layoutView(gridFor(table, report), lang);
  const marking = markingOf(findings, checks === 'show');
  const legend = legendOf(values, lang);
  const narrows = layout.choices.length > 0;
  const chosen = narrows ? (options.chosen ?? layout.choices[0]!.key) : undefined;
  const subtitle = captionSubtitle(report, lang);
  // The same table on every screen; a narrow element collapses all columns but the chosen one.
  return html`
    <div class=${`frame ${table}`} data-show=${chosen === 'all' ? 'all' : 'one'} ?data-narrow=${narrows && options.narrow}>
      ${tableDom({ layout, values, marking, lang, subtitle, idPrefix, chosen, choose, narrow: options.narrow })}
    </div>
    ${
      legend
        ? html`<p class="legend" part="legend">
          <span class="computed-mark" aria-hidden="true">${legend.mark}</span>
          ${legend.text}
        </p>`
        : nothing
    }
    ${checks === 'show' ? renderFindings(findings, lang, idPrefix) : nothing}
    ${checks === 'show' && importNotes?.length ? renderImportNotes(importNotes, { lang, idPrefix, notesFromPage: Boolean(notesFromPage) }) : nothing}
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
          ${note.line || note.page ? html`<span class="severity">${pick(note.line ? UI.line(note.line) : UI.page(note.page!), lang)}</span>` : nothing}
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

/** One finding of a list: its severity (an icon and a word, not colour alone) and its message. */
const renderFinding = ({ finding, index }: FindingItem, lang: Lang, idPrefix: string) =>
  html`<li id=${findingId(idPrefix, index)} class=${`finding ${finding.severity}`} part=${`finding finding-${finding.severity}`} data-rule=${finding.rule}>
    <span class="icon" aria-hidden="true"></span><span class="severity">${pick(severityText(finding.severity), lang)}</span>
    <span class="message">${finding.message}</span>
  </li>`;

/** Errors first; findings of one rule that come more than once folded into one line that opens to them. */
export function renderFindingGroups(
  groups: readonly FindingGroup[],
  lang: Lang,
  item: (item: FindingItem) => TemplateResult,
): TemplateResult[] {
  return groups.map((group) =>
    group.title
      ? html`<details class=${`finding-group ${group.severity}`} data-rule=${group.rule}>
          <summary><span class="icon" aria-hidden="true"></span><span class="severity">${pick(severityText(group.severity), lang)}</span>${pick(group.title, lang)}</summary>
          <ul>
            ${group.items.map(item)}
          </ul>
        </details>`
      : html`<ul class=${`finding-list ${group.severity}`}>
          ${group.items.map(item)}
        </ul>`,
  );
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
        ? renderFindingGroups(groupFindings(findings), lang, (item) => renderFinding(item, lang, idPrefix))
        : html`<p class="none">${pick(UI.noFindings, lang)}</p>`
    }
  </section>`;
}
