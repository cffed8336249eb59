/**
 * HTML → intermediate form in the browser, with DOMParser: the document it builds is inert
 * (no script runs, nothing loads), and only text is read from it. Its inline styles are renamed
 * first (html-inert.ts), and the markup goes through the library's Trusted Types policy.
 */
import { LINE_TAGS, walkHtml, type HtmlAdapter } from './html-walk.js';
import { startTagLines } from './html-lines.js';
import type { SourceDocument } from './intermediate.js';
import { renameStyleAttributes, STYLE_ATTRIBUTE } from './html-inert.js';
import { explainTrustedTypes, inertHtml } from './trusted-html.js';

export function parseHtmlWithDom(source: string): SourceDocument {
  let document: Document;
  try {
    document = new DOMParser().parseFromString(inertHtml(renameStyleAttributes(source)), 'text/html');
  } catch (error) {
    throw explainTrustedTypes(error);
  }
  const lines = new Map<Element, number>();
  const scanned = startTagLines(source, new Set(LINE_TAGS));
  for (const tag of LINE_TAGS) {
    const elements = document.getElementsByTagName(tag);
    const found = scanned.get(tag) ?? [];
    if (elements.length !== found.length) continue;
    for (let index = 0; index < elements.length; index++) lines.set(elements[index]!, found[index]!);
  }
  const adapter: HtmlAdapter<Node> = {
    kind: (node) => (node.nodeType === Node.ELEMENT_NODE ? 'element' : node.nodeType === Node.TEXT_NODE ? 'text' : 'other'),
    tag: (node) => (node as Element).localName,
    attribute: (node, name) => (node as Element).getAttribute(name === 'style' ? STYLE_ATTRIBUTE : name),
    // A <template>'s content is a separate fragment: its childNodes are empty, as wanted.
    children: (node) => Array.from(node.childNodes),
    text: (node) => (node as Text).data,
    line: (node) => lines.get(node as Element),
  };
  return walkHtml<Node>(document, adapter);
}
