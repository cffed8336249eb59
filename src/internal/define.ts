import { blockedPolicies } from './policy-guard.js';

let warned = false;

/**
 * Registers a tag once. A second copy of the library (another bundle, the drop-in file beside an
 * npm build) must never throw: if the tag is taken, keep the first definition.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  if (blockedPolicies.length) {
    // The elements could render nothing: the page keeps its own content (policy-guard.ts).
    if (!warned)
      console.error(
        `disclosure-tables: no element is defined, as this page's Content-Security-Policy forbids the Trusted Types policy ${blockedPolicies.join(', ')}; allow them: trusted-types lit-html disclosure-tables`,
      );
    warned = true;
    return;
  }
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing !== element) {
    console.info(`disclosure-tables: <${tag}> is already defined by another copy of the library; keeping that one.`);
  }
}
