/**
 * HTML → intermediate form in Node, with parse5. parse5 implements the WHATWG parsing algorithm
 * that browsers (and jsdom, which is built on it) use, so the malformed Word/CMS markup of real
 * reports — unclosed <p>, stray </span>, <o:p> — gives the same tree as DOMParser does in the
 * browser; it is also fast and small, with no DOM to build.
 */
import { Parser, type DefaultTreeAdapterMap, type DefaultTreeAdapterTypes, type Token } from 'parse5';
import { LINE_TAGS, walkHtml, type HtmlAdapter } from './html-walk.js';
import type { SourceDocument } from './intermediate.js';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

const LINE_TAG_SET: ReadonlySet<string> = new Set(LINE_TAGS);
const isElement = (node: Node): node is Element => 'tagName' in node;

/** The line an element's start tag begins on: the one source position the importer uses (in its notes). */
type Lined = Element & { startLine?: number };

/** The tokenizer's start tags, seen by the parser below. */
interface StartTags {
  preprocessor: { line: number };
  currentToken: Token.Token | null;
  _createStartTagToken(): void;
}

/**
 * parse5's parser, noting only the line where each element's start tag begins. parse5's own source
 * locations (`sourceCodeLocationInfo`) give every node, tag and attribute its start and end line,
 * column and offset — twice the parse's own time on a Word-exported page — for a number the notes
 * rarely print. The line is the preprocessor's, read as parse5 reads it for `startLine`, when the
 * tokenizer starts a tag; a test holds it to parse5's own on every fixture and the hostile pages.
 * It overrides two of parse5's internal methods: parse5's version is pinned in package.json, and
 * that test fails first if a new version changes them.
 */
class LineParser extends Parser<DefaultTreeAdapterMap> {
  constructor() {
    // Scripting off, as in a DOMParser document: <noscript> content is then parsed as markup.
    super({ scriptingEnabled: false });
    const tokenizer = this.tokenizer as unknown as StartTags;
    const createStartTag = tokenizer._createStartTagToken;
    // One location object per line, shared by the tags that start on it (the parser, its own
    // locations off, never changes them).
    const lines: Token.LocationWithAttributes[] = [];
    tokenizer._createStartTagToken = function (this: StartTags) {
      createStartTag.call(this);
      const line = this.preprocessor.line;
      (this.currentToken as Token.TagToken).location = lines[line] ??= { startLine: line } as Token.LocationWithAttributes;
    };
  }

  override _attachElementToTree(
    element: Element,
    location: Token.LocationWithAttributes | null,
    insertionLocation: Parameters<Parser<DefaultTreeAdapterMap>['_attachElementToTree']>[2],
  ): void {
    if (location) (element as Lined).startLine = location.startLine;
    super._attachElementToTree(element, location, insertionLocation);
  }
}

/** Parses a page as parse5 does, each element with the line its start tag begins on (`startLine`). */
export function parseWithLines(source: string): DefaultTreeAdapterTypes.Document {
  const parser = new LineParser();
  parser.tokenizer.write(source, true);
  return parser.document;
}

const adapter: HtmlAdapter<Node> = {
  kind: (node) => (isElement(node) ? 'element' : node.nodeName === '#text' ? 'text' : 'other'),
  tag: (node) => (node as Element).tagName,
  attribute: (node, name) => (node as Element).attrs.find((attribute) => attribute.name === name)?.value ?? null,
  // A <template>'s content lives apart, as in the DOM.
  children: (node) => ('childNodes' in node && !(isElement(node) && node.tagName === 'template') ? node.childNodes : []),
  text: (node) => (node as DefaultTreeAdapterTypes.TextNode).value,
  line: (node) => (isElement(node) && LINE_TAG_SET.has(node.tagName) ? (node as Lined).startLine : undefined),
};

export function parseHtmlWithParse5(source: string): SourceDocument {
  return walkHtml<Node>(parseWithLines(source), adapter);
}
