/** A single-table element: the shared machinery plus one table. */
import { html, type TemplateResult } from 'lit';
import type { Report } from '../model/schema.js';
import type { TableId } from '../model/tables.js';
import { pick, type Lang } from '../model/text.js';
import { UI } from '../model/ui-text.js';
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
    const values = this.values[this.table];
    if (!values) return html`<p class="status" part="status">${pick(UI.noTable, lang)}</p>`;
    const findings = this.findings;
    return renderTable({
      report,
      table: this.table,
      values,
      lang,
      idPrefix: `${this.idPrefix}${this.table}-`,
      findings,
      checks: this.checks,
      importNotes: this.importNotes,
      notesFromPage: this.upgradingTable,
      chosen: this.columnChoice[this.table],
      choose: (choice) => this.chooseColumn(this.table, choice),
      narrow: this.isNarrow(this.table),
    });
  }
}
