/** The events every element fires. They bubble and cross shadow roots. */
import type { Finding } from '../check/findings.js';
import type { Bilingual, StructuralError } from '../model/parse.js';

/** A report that could not be shown: a structural error, or a failure to load or read it. */
export interface ReportProblem {
  /** JSON path (structural errors), `src` URL, `script` for the inline JSON, `table` for a pasted table; `''` for the whole report. */
  path: string;
  code: StructuralError['code'] | 'network' | 'http' | 'not-json' | 'import-failed' | 'unexpected';
  message: Bilingual;
  /** 1-based line of the inline JSON or fetched text, where known. */
  line?: number;
}

export interface DisclosureCheckDetail {
  findings: readonly Finding[];
}

export interface DisclosureErrorDetail {
  errors: readonly ReportProblem[];
}

export type DisclosureCheckEvent = CustomEvent<DisclosureCheckDetail>;
export type DisclosureErrorEvent = CustomEvent<DisclosureErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'disclosure-check': DisclosureCheckEvent;
    'disclosure-error': DisclosureErrorEvent;
  }
}

export function emit<T>(target: EventTarget, name: string, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
}
