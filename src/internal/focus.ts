/** Moving focus to a place in an element's shadow root: a cell a finding names, a section's heading. */

/** Focuses an element (one not focusable by itself gets tabindex="-1"), scrolled into view as `where` says. */
export function focusInView(element: HTMLElement, where: ScrollIntoViewOptions): void {
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.scrollIntoView(where);
  element.focus({ preventScroll: true });
}
