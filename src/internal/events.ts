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
