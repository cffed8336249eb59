/** A single-table element: the shared machinery plus one table. */
import { html, type TemplateResult } from 'lit';
import { gridFor } from '../layout/tables.js';
import type { TableId } from '../model/keys.js';
import { TABLE_TITLES, UI_TEXT, pick, type Lang } from '../model/labels.js';
import type { Report } from '../model/schema.js';
import { DisclosureElement } from './disclosure-element.js';
import { renderTable } from './render-table.js';

/**
 * The base class of the three table elements; its API is that of `DisclosureElement`.
 */
export abstract class DisclosureTableElement extends DisclosureElement {
  /** The one table this element shows. */
  protected abstract readonly table: TableId;

  protected get tables(): readonly TableId[] {
    return [this.table];
  }

  protected renderReport(report: Report, lang: Lang): TemplateResult {
    if (!report[this.table]) return html`<p class="status" part="status">${pick(UI_TEXT.noTable, lang)}</p>`;
    return renderTable({
      grid: gridFor(this.table, report),
      values: this.values,
      findings: this.findings,
      lang,
      checks: this.checks,
      idPrefix: this.idPrefix,
      title: TABLE_TITLES[this.table],
      subtitle: this.subtitle(report),
      importNotes: this.importNotes,
      notesFromPage: this.upgradingTable,
    });
  }
}
