import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Finding } from '../check/findings.js';
import { SECTION_KEYS, SECTION_ORDER, SECTION_TITLES, type SectionKey } from '../model/sections.js';
import type { Report } from '../model/schema.js';
import { TABLE_IDS, type TableId } from '../model/tables.js';
import { pick, type Label, type Lang } from '../model/text.js';
import { UI, severityText } from '../model/ui-text.js';
import { DisclosureElement } from '../internal/disclosure-element.js';
import { focusInView } from '../internal/focus.js';
import { countsOf, renderFindingGroups, renderImportNotes, renderLabel, renderTable } from '../internal/render-table.js';
import { groupFindings, type FindingItem } from '../view/findings-view.js';
import { cellId, labelView } from '../view/table-view.js';
import { isolate } from '../view/bidi.js';
import { activeTableStyles } from '../active-table/active-table.styles.js';
import { applicationTableStyles } from '../application-table/application-table.styles.js';
import { reviewTableStyles } from '../review-table/review-table.styles.js';
import { proseMarkStyles, reportStyles } from './report.styles.js';
import { paragraphsOf } from './prose-marks.js';

/** An official text (title, section heading); in English, the translation with the official text beside it, as in the tables. */
const officialText = (label: Label, lang: Lang) => renderLabel(labelView(label, lang));

/**
 * The whole annual report as a readable document: its title, the six official sections in order,
 * the prose of 一、五、六 as plain text, the three tables in their sections, and at the top a
 * summary of every finding, each a link that moves focus to its cell.
 *
 * @tag disclosure-report
 * @summary Renders and checks a whole government information-disclosure annual report.
 *
 * @attr heading-level - Level of the report title's heading (1–5, default 2); section headings are one level below.
 *
 * @prop {readonly Finding[]} findings - The findings of all three tables (read-only; empty when `checks="off"`).
 *
 * @csspart summary - The summary of findings at the top.
 * @csspart section - Each of the six sections.
 * @csspart table - Each `<table>`.
 * @csspart caption - Each table's caption.
 * @csspart findings - The list of findings under each table.
 * @csspart finding - One finding in those lists.
 * @csspart prose-mark - A clause of the prose that a finding quotes, linked to its table cell.
 * @csspart error - The error panel shown instead of the report when it is invalid.
 *
 * @cssprop --disclosure-report-max-width - Width of the text column (default 60rem).
 */
export class DisclosureReport extends DisclosureElement {
  static override styles = [
    ...DisclosureElement.styles,
    activeTableStyles,
    applicationTableStyles,
    reviewTableStyles,
    reportStyles,
    proseMarkStyles,
  ];

  /** Level of the title heading; sections use the next level. */
  static override properties: PropertyDeclarations = { headingLevel: { type: Number, attribute: 'heading-level', reflect: true } };

  /** Level of the title heading; sections use the next level. */
  headingLevel = 2;

  protected readonly tables: readonly TableId[] = TABLE_IDS;

  private tablePrefix(table: TableId): string {
    return `${this.idPrefix}${table}-`;
  }

  private heading(level: number, id: string, className: string, text: TemplateResult | string): TemplateResult {
    const clamped = Math.min(6, Math.max(1, Math.round(level) || 2));
    switch (clamped) {
      case 1:
        return html`<h1 id=${id} class=${className}>${text}</h1>`;
      case 2:
        return html`<h2 id=${id} class=${className}>${text}</h2>`;
      case 3:
        return html`<h3 id=${id} class=${className}>${text}</h3>`;
      case 4:
        return html`<h4 id=${id} class=${className}>${text}</h4>`;
      case 5:
        return html`<h5 id=${id} class=${className}>${text}</h5>`;
      default:
        return html`<h6 id=${id} class=${className}>${text}</h6>`;
    }
  }

  /** The given title (no translation), or the contract's default 「{agency}{year}年政府信息公开工作年度报告」. */
  private reportTitle(report: Report): Label {
    // The agency isolated for bidirectional text where the year follows it (view/bidi.ts).
    return report.title ? { zh: report.title, en: '' } : UI.reportTitle(isolate(report.agency), report.year);
  }

  protected renderReport(report: Report, lang: Lang): TemplateResult {
    const level = Math.min(5, Math.max(1, Math.round(this.headingLevel) || 2));
    // What the tables alone lack, machine-readably, as the static export has it (src/static/report-html.ts),
    // so that a copy of the rendered report imports back to the same report.
    const given = report.sections ? SECTION_KEYS.filter((key) => report.sections?.[key] !== undefined).join(' ') : undefined;
    return html`<article
      aria-labelledby=${`${this.idPrefix}title`}
      data-dt-report=${report.format}
      data-agency=${report.agency}
      data-year=${report.year}
      data-title=${report.title ?? nothing}
      data-published-on=${report.publishedOn ?? nothing}
      data-sections=${given ?? nothing}
    >
      ${this.heading(level, `${this.idPrefix}title`, 'report-title', officialText(this.reportTitle(report), lang))}
      ${report.publishedOn ? html`<p class="published">${pick(UI.publishedOn(report.publishedOn), lang)}</p>` : nothing}
      ${this.checks === 'show' ? this.renderSummary(lang) : nothing}
      ${this.checks === 'show' && this.importNotes.length ? renderImportNotes(this.importNotes, { lang, idPrefix: this.idPrefix, notesFromPage: this.upgradingTable }) : nothing}
      ${SECTION_ORDER.map((section) => {
        const id = `${this.idPrefix}section-${section}`;
        const isTable = (TABLE_IDS as readonly string[]).includes(section);
        return html`<section part="section" class=${isTable && section !== 'active' ? 'wide' : ''} aria-labelledby=${id}>
          ${this.heading(level + 1, id, 'section-title', officialText(SECTION_TITLES[section], lang))}
          ${isTable ? this.renderTableSection(report, section as TableId, lang) : this.renderProse(report, section as SectionKey, lang)}
        </section>`;
      })}
    </article>`;
  }

  private renderProse(report: Report, section: SectionKey, lang: Lang): TemplateResult {
    const text = report.sections?.[section];
    const missing = html`<p class="missing">${pick(UI.noSection, lang)}</p>`;
    if (text === undefined) return missing;
    if (!text.trim()) return html`<div data-dt-section=${section} data-dt-text=${text}>${missing}</div>`;
    return html`<div data-dt-section=${section} data-dt-text=${text}>${this.markedProse(section, text, lang) ?? html`<div class="prose">${paragraphsOf(text).map((paragraph) => html`<p>${paragraph}</p>`)}</div>`}</div>`;
  }

  /** Each section's marked prose, made again only when its text, findings or language change. */
  private proseMarked = new Map<SectionKey, { text: string; findings: readonly Finding[]; lang: Lang; prose: HTMLElement }>();

  /** The prose with the clauses findings quote marked, or undefined when none quotes it. */
  private markedProse(section: SectionKey, text: string, lang: Lang): HTMLElement | undefined {
    const findings = this.checks === 'show' ? this.findings : [];
    const quoting = findings.filter((finding) => finding.section === section && finding.quote);
    // Only the prose rules' findings quote the prose: their file is here whenever one does.
    const rules = this.rulesBeyond;
    if (!quoting.length || !rules) return undefined;
    const made = this.proseMarked.get(section);
    if (made && made.text === text && made.findings === findings && made.lang === lang) return made.prose;
    const prose = rules.markProse(this.ownerDocument, text, {
      quoting,
      lang,
      cellHref: (finding) => `#${cellId(this.tablePrefix(finding.table as TableId), finding.cells[0] ?? '')}`,
      follow: (event, finding) => this.onSummaryLink(event, finding.cells[0]),
    });
    this.proseMarked.set(section, { text, findings, lang, prose });
    return prose;
  }

  private renderTableSection(report: Report, table: TableId, lang: Lang): TemplateResult {
    const values = this.values[table];
    if (!values) return html`<p class="missing">${pick(UI.noTable, lang)}</p>`;
    const findings = this.findings.filter((finding) => finding.table === table);
    return renderTable({
      report,
      table,
      values,
      lang,
      idPrefix: this.tablePrefix(table),
      findings,
      checks: this.checks,
      chosen: this.columnChoice[table],
      choose: (choice) => this.chooseColumn(table, choice),
      narrow: this.isNarrow(table),
    });
  }

  private renderSummary(lang: Lang): TemplateResult {
    const findings = this.findings;
    const id = `${this.idPrefix}summary`;
    const counts = countsOf(findings);
    // Per table: its counts, a link to its section.
    const perTable = TABLE_IDS.map((table) => ({ table, counts: countsOf(findings.filter((finding) => finding.table === table)) })).filter(
      ({ counts }) => counts.zh,
    );
    const link = ({ finding, index }: FindingItem) => {
      const target = finding.cells[0];
      const href = target ? `#${cellId(this.tablePrefix(finding.table as TableId), target)}` : nothing;
      return html`<li class=${finding.severity} data-rule=${finding.rule} data-index=${index}>
        <a href=${href} @click=${(event: Event) => this.onSummaryLink(event, target)}
          ><span class="icon" aria-hidden="true"></span><span class="severity">${pick(severityText(finding.severity), lang)}</span>${finding.message}</a
        >
      </li>`;
    };
    return html`<nav class="summary" part="summary" aria-labelledby=${id}>
      <p class="summary-title" id=${id}>${pick(UI.headed(UI.summary, counts.zh ? counts : UI.noFindings), lang)}</p>
      ${
        perTable.length
          ? html`<ul class="summary-tables">
              ${perTable.map(
                ({ table, counts }) =>
                  html`<li>
                    <a href=${`#${this.idPrefix}section-${table}`} @click=${(event: Event) => this.onSectionLink(event, table)}
                      >${pick(UI.tableCounts(SECTION_TITLES[table], counts), lang)}</a
                    >
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      ${findings.length ? renderFindingGroups(groupFindings(findings), lang, link) : nothing}
    </nav>`;
  }

  private onSectionLink(event: Event, table: TableId): void {
    event.preventDefault();
    const heading = this.renderRoot.querySelector<HTMLElement>(`#${this.idPrefix}section-${table}`);
    if (heading) focusInView(heading, { block: 'start' });
  }

  private onSummaryLink(event: Event, path: string | undefined): void {
    event.preventDefault();
    if (path) this.focusCell(path);
  }
}
