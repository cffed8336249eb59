/**
 * The shadow root of an element whose page has no constructable style sheets: the element's style
 * sheet file linked (style-files.ts) instead of lit's inline `<style>` elements, which a strict
 * Content-Security-Policy blocks. Undefined when lit's own way applies.
 */
import { supportsAdoptingStyleSheets } from 'lit';
import { styleFile } from './style-files.js';

const NAMES = ['report', 'application-table', 'active-table', 'review-table'];

export function linkedStyleRoot(element: HTMLElement, options: ShadowRootInit): ShadowRoot | undefined {
  if (supportsAdoptingStyleSheets || !styleFile) return undefined;
  const name = element.localName.replace(/^disclosure-/, '');
  const root = element.shadowRoot ?? element.attachShadow(options);
  const link = element.ownerDocument.createElement('link');
  link.rel = 'stylesheet';
  // A subclass under a tag of its own takes the report's sheet, which holds every table's styles.
  link.href = styleFile(NAMES.includes(name) ? name : 'report');
  root.append(link);
  return root;
}
