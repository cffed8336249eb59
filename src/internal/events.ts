/** The events every element fires. They bubble and cross shadow roots. */
import type { Finding } from '../check/findings.js';
import type { ReportProblem } from '../load/load.js';

export type { ReportProblem } from '../load/load.js';

export interface DisclosureCheckDetail {
  findings: readonly Finding[];
}

export interface DisclosureErrorDetail {
  errors: readonly ReportProblem[];
}

/** What committed an edit: a typed cell or report field, a cleared selection, a paste, 空白填 0, undo, redo, a restored draft, a form reset. */
export type EditSource = 'edit' | 'clear' | 'paste' | 'fill' | 'undo' | 'redo' | 'draft' | 'reset';

/** One value of the report that an edit changed: a cell (`applications.received.total`) or a field (`agency`, `sections.overview`). */
export interface EditChange {
  path: string;
  from: number | string | null;
  to: number | string | null;
}

export interface DisclosureEditDetail {
  /** The report's values the edit changed (empty when it only changed text that is not a value). */
  changes: readonly EditChange[];
  source: EditSource;
  /** The cells that hold text that is not a value after the edit (shown marked invalid, never written into the report). */
  invalid: readonly { path: string; text: string }[];
}

export type DisclosureCheckEvent = CustomEvent<DisclosureCheckDetail>;
export type DisclosureErrorEvent = CustomEvent<DisclosureErrorDetail>;
export type DisclosureEditEvent = CustomEvent<DisclosureEditDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'disclosure-check': DisclosureCheckEvent;
    'disclosure-error': DisclosureErrorEvent;
    'disclosure-edit': DisclosureEditEvent;
  }
}

export function emit<T>(target: EventTarget, name: string, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
}
