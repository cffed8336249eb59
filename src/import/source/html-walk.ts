/**
 * HTML tree → intermediate form, for any tree (DOMParser's or parse5's) through a small adapter,
 * so that browser and Node read HTML the same way. Only text is taken from the tree: markup in
 * the source is never rebuilt, and elements that never show (script, style, hidden) are skipped.
 */
import type { ExportedFacts, SourceCell, SourceDocument, SourceParagraph, SourceTable } from './intermediate.js';
import { cleanProse } from '../labels/normalize.js';

export interface HtmlAdapter<N> {
  kind(node: N): 'element' | 'text' | 'other';
  /** Lower-case tag name. */
  tag(node: N): string;
  attribute(node: N, name: string): string | null;
  children(node: N): readonly N[];
  /** A text node's text. */
  text(node: N): string;
  /** Start line of an element whose tag is in LINE_TAGS. */
  line(node: N): number | undefined;
}

/** Elements whose start lines warnings cite (both parsers report lines for exactly these). */
export const LINE_TAGS: readonly string[] = [
  'p',
  'div',
  'td',
  'th',
  'table',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'title',
  'meta',
  'blockquote',
  'pre',
  'section',
  'article',
  'caption',
  'center',
  'dd',
  'dt',
  'header',
  'footer',
  'main',
  'address',
];

const SKIPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'select',
  'textarea',
  'button',
  'input',
  'canvas',
  'video',
  'audio',
  'map',
  'link',
  'img',
]);
const BLOCKS = new Set([
  'html',
  'body',
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'ul',
  'caption',
  'tr',
  'td',
  'th',
  'tbody',
  'thead',
  'tfoot',
]);
const HTML_SPACE = /[ \t\n\f\r]+/g;

/** Text broken into lines at blocks and <br>; each line's whitespace collapsed. */
class LineCollector {
  private lines: string[] = [];
  private current = '';
  line: number | undefined;
  scope: string | undefined;

  add(text: string, line: number | undefined, scope?: string): void {
    if (this.line === undefined && text.trim()) {
      this.line = line;
      this.scope = scope;
    }
    this.current += text;
  }

  break(): void {
    if (!this.current) return;
    const text = this.current.replace(HTML_SPACE, ' ').trim();
    if (text) this.lines.push(text);
    this.current = '';
  }

  take(): string[] {
    this.break();
    const lines = this.lines;
    this.lines = [];
    return lines;
  }
}

const DISPLAY_NONE = /display\s*:\s*none/i;

function isHidden<N>(node: N, adapter: HtmlAdapter<N>): boolean {
  if (adapter.attribute(node, 'hidden') !== null) return true;
  const style = adapter.attribute(node, 'style');
  return style !== null && DISPLAY_NONE.test(style);
}

function span(value: string | null): number {
  const parsed = Number.parseInt(value ?? '', 10);
  return Number.isFinite(parsed) && parsed >= 1 ? Math.min(parsed, 1000) : 1;
}

export function walkHtml<N>(root: N, adapter: HtmlAdapter<N>): SourceDocument {
  /** What a table cell holds that changes how it is read. */
  type CellContents = { official: N | undefined; table: boolean };
  const doc: SourceDocument = { meta: [], blocks: [] };
  const paragraph = new LineCollector();

  const elementChildren = (node: N) => adapter.children(node).filter((child) => adapter.kind(child) === 'element');
  const visible = (node: N) => !SKIPPED.has(adapter.tag(node)) && !isHidden(node, adapter);

  let scope = '/';
  let scopes = 0;
  const flushParagraph = () => {
    const { line, scope: where } = paragraph;
    for (const text of paragraph.take()) {
      const clean = cleanProse(text);
      if (!clean) continue;
      // Properties set in one order (not spread from conditional objects): every paragraph has one shape.
      const block: SourceParagraph = { kind: 'paragraph', text: clean };
      if (line !== undefined) block.line = line;
      if (where) block.scope = where;
      doc.blocks.push(block);
    }
    paragraph.line = undefined;
    paragraph.scope = undefined;
  };

  /**
   * Text of an element, lines broken at blocks and <br>; with `found`, what the element holds is
   * noted in the same walk (see scanCell), hidden parts included.
   */
  const textOf = (node: N, collector: LineCollector, line: number | undefined, found?: CellContents): void => {
    for (const child of adapter.children(node)) {
      const kind = adapter.kind(child);
      if (kind === 'text') collector.add(adapter.text(child), line);
      if (kind !== 'element') continue;
      if (found) noteContents(child, found);
      if (!visible(child)) {
        if (found) scanCell(child, found);
        continue;
      }
      const tag = adapter.tag(child);
      if (tag === 'br') {
        collector.break();
        continue;
      }
      const block = BLOCKS.has(tag);
      if (block) collector.break();
      textOf(child, collector, adapter.line(child) ?? line, found);
      if (block) collector.break();
    }
  };

  const rowsOf = (table: N): N[] =>
    elementChildren(table).flatMap((child) => {
      const tag = adapter.tag(child);
      if (tag === 'tr') return [child];
      return ['thead', 'tbody', 'tfoot'].includes(tag) ? elementChildren(child).filter((row) => adapter.tag(row) === 'tr') : [];
    });
  const cellsOf = (row: N): N[] =>
    elementChildren(row).filter((cell) => ['td', 'th'].includes(adapter.tag(cell)) && !isHidden(cell, adapter));
  const isOfficial = (node: N): boolean =>
    adapter.attribute(node, 'lang') === 'zh-CN' && / (?:dt-)?official /.test(` ${adapter.attribute(node, 'class') ?? ''} `);
  /**
   * What a cell holds: the first official Chinese label in document order (this library prints it
   * beside the English translation), and whether a table is inside. `noteContents` looks at one
   * element; `scanCell` at every element under one (textOf calls it for the parts it does not read).
   */
  const noteContents = (element: N, found: CellContents): void => {
    if (adapter.tag(element) === 'table') found.table = true;
    if (!found.official && isOfficial(element)) found.official = element;
  };
  function scanCell(node: N, found: CellContents): void {
    for (const child of adapter.children(node)) {
      if (adapter.kind(child) !== 'element') continue;
      noteContents(child, found);
      if (found.official && found.table) return;
      scanCell(child, found);
    }
  }

  const readTable = (table: N, line: number | undefined) => {
    const tableLine = adapter.line(table) ?? line;
    // Each cell's text read in the walk that finds what it holds (most cells hold neither kind).
    const rows = rowsOf(table).map((row) =>
      cellsOf(row).map((cell) => {
        const cellLine = adapter.line(cell) ?? tableLine;
        const read = { cell, cellLine, collector: new LineCollector(), official: undefined as N | undefined, table: false };
        textOf(cell, read.collector, cellLine, read);
        return read;
      }),
    );
    for (const caption of elementChildren(table).filter((child) => adapter.tag(child) === 'caption')) walk(caption, tableLine);
    flushParagraph();
    // A table holding tables lays out the page; its cells are read as ordinary content, each a
    // block of its own (as a <div> is), so that a nav or footer cell beside the article stays
    // outside the report's container and its text never runs into the article's last line.
    if (rows.some((row) => row.some((entry) => entry.table))) {
      for (const { cell, cellLine } of rows.flat()) walkBlock(cell, cellLine);
      return;
    }
    const cells: SourceCell[][] = rows.map((row) =>
      row.map(({ cell, cellLine, official, collector: cellText }) => {
        let collector = cellText;
        // In English, this library prints the official Chinese label beside the translation: that one is read.
        if (official) textOf(official, (collector = new LineCollector()), cellLine);
        // The line where the cell's text starts (a <p> inside it), else the cell's own.
        const textLine = collector.line ?? cellLine;
        const read: SourceCell = {
          text: collector.take().join('\n'),
          colspan: span(adapter.attribute(cell, 'colspan')),
          rowspan: span(adapter.attribute(cell, 'rowspan')),
        };
        if (textLine !== undefined) read.line = textLine;
        return read;
      }),
    );
    const block: SourceTable = {
      kind: 'table',
      rows: cells,
      aligned: true,
      scope,
      ...(tableLine !== undefined ? { line: tableLine } : {}),
    };
    if (cells.some((row) => row.length)) doc.blocks.push(block);
  };

  const readHead = (head: N) => {
    for (const child of elementChildren(head)) {
      const tag = adapter.tag(child);
      const line = adapter.line(child);
      if (tag === 'title') {
        const collector = new LineCollector();
        textOf(child, collector, line);
        const text = cleanProse(collector.take().join(' '));
        if (text && !doc.pageTitle)
          doc.pageTitle = { kind: 'paragraph', text, ...(line !== undefined ? { line } : {}) } satisfies SourceParagraph;
      } else if (tag === 'meta') {
        const name = adapter.attribute(child, 'name') ?? adapter.attribute(child, 'property');
        const content = adapter.attribute(child, 'content');
        if (name && content !== null) doc.meta.push({ name, content, ...(line !== undefined ? { line } : {}) });
      }
    }
  };

  /** This library's own facts (src/static/report-html.ts): the report's, and a section's exact prose. */
  const readExported = (node: N): boolean => {
    if (!doc.exported && adapter.attribute(node, 'data-dt-report') !== null) {
      const value = (name: string) => adapter.attribute(node, name) ?? undefined;
      const year = Number(value('data-year'));
      const facts: ExportedFacts = { sections: {} };
      for (const [key, name] of [
        ['agency', 'data-agency'],
        ['title', 'data-title'],
        ['publishedOn', 'data-published-on'],
      ] as const) {
        const text = value(name);
        if (text !== undefined) facts[key] = text;
      }
      if (Number.isSafeInteger(year)) facts.year = year;
      const keys = value('data-sections');
      if (keys !== undefined) facts.sectionKeys = keys.split(' ').filter(Boolean);
      doc.exported = facts;
    } else if (doc.exported) {
      const section = adapter.attribute(node, 'data-dt-section');
      if (section === null) return false;
      const text = adapter.attribute(node, 'data-dt-text');
      if (text !== null) doc.exported.sections[section] = text;
      return true;
    }
    return false;
  };

  function walk(node: N, line: number | undefined): void {
    for (const child of adapter.children(node)) {
      const kind = adapter.kind(child);
      if (kind === 'text') paragraph.add(adapter.text(child), line, scope);
      if (kind !== 'element' || !visible(child)) continue;
      const tag = adapter.tag(child);
      const childLine = adapter.line(child) ?? line;
      if (readExported(child)) continue;
      if (tag === 'head') readHead(child);
      else if (tag === 'br') flushParagraph();
      else if (tag === 'table') readTable(child, childLine);
      else if (BLOCKS.has(tag)) walkBlock(child, childLine);
      else walk(child, childLine);
    }
  }

  /** A block element: its text starts and ends lines, under a scope of its own. */
  function walkBlock(node: N, line: number | undefined): void {
    flushParagraph();
    const outer = scope;
    scope = `${scope}${++scopes}/`;
    walk(node, line);
    flushParagraph();
    scope = outer;
  }

  walk(root, undefined);
  flushParagraph();
  return doc;
}
