/**
 * The editing mode as a form control. The value travels in a hidden `<input name>` kept in the
 * element's light DOM — so `FormData`, a native submit and jQuery's `serialize()` (which skips custom
 * elements) all see it, once — while ElementInternals gives the element its validity, form reset and
 * disabled state. Without ElementInternals (older browsers) the form's own submit and reset events
 * stand in.
 */
import type { Finding } from '../check/findings.js';
import { cellsOf } from '../model/cells.js';
import type { Report } from '../model/schema.js';
import type { TableId } from '../model/tables.js';
import { pick, type Lang } from '../model/text.js';
import { setAttribute } from './cell-marks.js';
import { EDIT } from './edit-text.js';
import { readEntry } from './entry.js';
import type { EditState } from './state.js';

/** What keeps the report from being submitted, with the cell or field to point at. */
export interface Problem {
  message: string;
  path?: string;
}

export interface ProblemSources {
  state: EditState;
  tables: readonly TableId[];
  /** The whole report is edited: its agency must be there. */
  whole: boolean;
  findings: readonly Finding[];
  /** Report fields holding text that is not a value (a year that is not one), with their messages. */
  fieldErrors: ReadonlyMap<string, string>;
  lang: Lang;
}

/** Texts that are not values (in reading order), a missing agency, fields not read, then error findings. */
export function problemsOf({ state, tables, whole, findings, fieldErrors, lang }: ProblemSources): Problem[] {
  const problems: Problem[] = [];
  for (const table of tables) {
    for (const cell of cellsOf(table, state.report).cells) {
      const text = state.entries.get(cell.path);
      if (text === undefined) continue;
      const entry = readEntry(text, cell.amount);
      if (entry.kind === 'invalid') problems.push({ message: EDIT.invalidEntry(cell.path, text, entry.reason, lang), path: cell.path });
    }
  }
  if (whole && !state.report.agency.trim()) problems.push({ message: pick(EDIT.noAgency, lang), path: 'agency' });
  for (const [path, message] of fieldErrors) problems.push({ message, path });
  for (const finding of findings) {
    if (finding.severity !== 'error') continue;
    const message = finding.table === 'report' ? finding.message : EDIT.finding(finding.table, finding.message, lang);
    problems.push({ message, ...(finding.cells[0] ? { path: finding.cells[0] } : {}) });
  }
  return problems;
}

interface FormHost extends HTMLElement {
  name?: string | undefined;
  disabled: boolean;
}

export class FormLink {
  readonly internals: ElementInternals | undefined;
  private mirror: HTMLInputElement | undefined;
  private mirrored: Report | undefined;

  constructor(private readonly host: FormHost) {
    try {
      this.internals = host.attachInternals();
    } catch {
      // No ElementInternals, or attached elsewhere: the hidden input and the form's events serve.
      this.internals = undefined;
    }
  }

  /** Keeps the hidden input in step: named as the element, holding the report JSON; none without a name or report. */
  mirrorValue(report: Report | undefined): void {
    const name = this.host.name;
    if (!name || !report) {
      this.mirror?.remove();
      this.mirror = this.mirrored = undefined;
      return;
    }
    if (!this.mirror) {
      this.mirror = this.host.ownerDocument.createElement('input');
      this.mirror.type = 'hidden';
    }
    const mirror = this.mirror;
    if (mirror.parentNode !== this.host) this.host.append(mirror);
    if (mirror.name !== name) mirror.name = name;
    setAttribute(mirror, 'form', this.host.getAttribute('form'));
    if (mirror.disabled !== this.host.disabled) mirror.disabled = this.host.disabled;
    if (this.mirrored !== report) {
      mirror.value = JSON.stringify(report);
      this.mirrored = report;
    }
  }

  /** The element's validity: the first problem, pointing at its cell or field; valid without one. */
  setValidity(first: Problem | undefined, anchor: HTMLElement | null): void {
    if (!this.internals) return;
    if (first) this.internals.setValidity({ customError: true }, first.message, anchor ?? undefined);
    else this.internals.setValidity({});
  }

  /** Whether a form event (submit, reset) is of the element's form. */
  isOwnForm(event: Event): boolean {
    const form = event.target as HTMLFormElement;
    return this.internals ? this.internals.form === form : form.contains(this.host);
  }
}
