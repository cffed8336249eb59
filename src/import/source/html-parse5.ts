/**
 * HTML → intermediate form in Node, with parse5. parse5 implements the WHATWG parsing algorithm
 * that browsers (and jsdom, which is built on it) use, so the malformed Word/CMS markup of real
 * reports — unclosed <p>, stray </span>, <o:p> — gives the same tree as DOMParser does in the
 * browser; it is also fast and small, with no DOM to build.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { LINE_TAGS, walkHtml, type HtmlAdapter } from './html-walk.js';
import type { SourceDocument } from './intermediate.js';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

const LINE_TAG_SET: ReadonlySet<string> = new Set(LINE_TAGS);
const isElement = (node: Node): node is Element => 'tagName' in node;

const adapter: HtmlAdapter<Node> = {
  kind: (node) => (isElement(node) ? 'element' : node.nodeName === '#text' ? 'text' : 'other'),
  tag: (node) => (node as Element).tagName,
  attribute: (node, name) => (node as Element).attrs.find((attribute) => attribute.name === name)?.value ?? null,
  // A <template>'s content lives apart, as in the DOM.
  children: (node) => ('childNodes' in node && !(isElement(node) && node.tagName === 'template') ? node.childNodes : []),
  text: (node) => (node as DefaultTreeAdapterTypes.TextNode).value,
  line: (node) => (isElement(node) && LINE_TAG_SET.has(node.tagName) ? node.sourceCodeLocation?.startLine : undefined),
};

export function parseHtmlWithParse5(source: string): SourceDocument {
  // Scripting off, as in a DOMParser document: <noscript> content is then parsed as markup.
  const document = parse(source, { sourceCodeLocationInfo: true, scriptingEnabled: false });
  return walkHtml<Node>(document, adapter);
}
