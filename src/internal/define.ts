/**
 * Registers a tag once. A second copy of the library (another bundle, the drop-in file beside an
 * npm build) must never throw: if the tag is taken, keep the first definition.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing !== element) {
    console.info(`disclosure-tables: <${tag}> is already defined by another copy of the library; keeping that one.`);
  }
}
