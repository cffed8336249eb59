/**
 * The DOM of one table, built by cloning. A table's layout (caption title, header rows, ids, spans,
 * `headers` of every cell) is the same for every report of one layout and language, so it is built
 * once with DOM calls (never markup strings) and cloned per element; only what a report changes is
 * written into the clone — the subtitle, each cell's value, its states and marks. On an update a
 * cell's view is recomputed only when its inputs (value, computed, marks) changed, and only what
 * differs is written. Text goes in with `textContent`, never as markup.
 */
import { noChange, nothing, type ChildPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
import type { TableValues } from '../check/values.js';
import type { Lang } from '../model/text.js';
import {
  cellId,
  dataCellView,
  findingId,
  type DataCellView,
  type HeaderView,
  type LabelView,
  type LayoutView,
  type Marking,
  type NoteView,
} from '../view/table-view.js';

export interface TableDomOptions {
  layout: LayoutView;
  values: TableValues;
  marking: Marking;
  lang: Lang;
  subtitle: string;
  /** Prefixes the table's ids (unique within the shadow root): caption, headers, findings, linked cells. */
  idPrefix: string;
}

interface RenderedCell {
  td: HTMLTableCellElement;
  span: HTMLSpanElement;
  mark: { visible: HTMLSpanElement; words: HTMLSpanElement } | undefined;
  view: DataCellView;
  /** The inputs the view was computed from. */
  value: number | null;
  computed: boolean;
  marks: unknown;
  linked: boolean;
}

interface Built {
  region: HTMLDivElement;
  subtitle: HTMLSpanElement;
  tds: HTMLTableCellElement[];
}

// ---- building the layout once

function appendLabel(parent: HTMLElement, label: LabelView): void {
  parent.append(label.text);
  if (label.official) {
    const official = parent.ownerDocument.createElement('span');
    official.className = 'official';
    official.lang = 'zh-CN';
    official.textContent = label.official;
    parent.append(official);
  }
}

function headerCell(doc: Document, cell: HeaderView | NoteView, prefix: string): HTMLTableCellElement {
  const element = doc.createElement(cell.kind === 'note' ? 'td' : 'th');
  if (cell.kind === 'note') {
    element.className = 'note';
    element.setAttribute('part', 'note');
  } else {
    element.id = prefix + cell.id;
    element.className = `header ${cell.axis}`;
    element.setAttribute('part', `header ${cell.axis}-header`);
  }
  if (cell.colspan > 1) element.colSpan = cell.colspan;
  if (cell.rowspan > 1) element.rowSpan = cell.rowspan;
  appendLabel(element, cell.label);
  return element;
}

function build(doc: Document, layout: LayoutView, prefix: string): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  const region = doc.createElement('div');
  region.className = 'scroll';
  region.setAttribute('part', 'scroll');
  region.setAttribute('role', 'region');
  region.tabIndex = 0;
  region.setAttribute('aria-labelledby', `${prefix}caption`);
  const table = doc.createElement('table');
  table.setAttribute('part', 'table');
  table.className = `table ${layout.table}`;
  const caption = doc.createElement('caption');
  caption.id = `${prefix}caption`;
  caption.setAttribute('part', 'caption');
  const title = doc.createElement('span');
  title.className = 'title';
  title.textContent = layout.title;
  const subtitle = doc.createElement('span');
  subtitle.className = 'subtitle';
  caption.append(title, ' ', subtitle);
  table.append(caption);
  for (const section of layout.sections) {
    for (const [rows, tag] of [
      [section.head, 'thead'],
      [section.body, 'tbody'],
    ] as const) {
      if (!rows.length) continue;
      const group = doc.createElement(tag);
      for (const row of rows) {
        const tr = doc.createElement('tr');
        for (const cell of row.headers) tr.append(headerCell(doc, cell, prefix));
        for (const cell of row.cells) {
          const td = doc.createElement('td');
          td.setAttribute('part', cell.total ? 'cell total' : 'cell');
          if (cell.colspan > 1) td.colSpan = cell.colspan;
          td.setAttribute('headers', cell.headers.map((id) => prefix + id).join(' '));
          td.dataset.path = cell.path;
          const span = doc.createElement('span');
          span.className = 'value';
          td.append(span);
          tr.append(td);
        }
        group.append(tr);
      }
      table.append(group);
    }
  }
  region.append(table);
  fragment.append(region);
  return fragment;
}

const built = new WeakMap<Document, WeakMap<LayoutView, Map<string, DocumentFragment>>>();

/** A fresh copy of a layout's DOM, with its data cells in reading order. */
function cloneLayout(doc: Document, layout: LayoutView, prefix: string): Built {
  let byLayout = built.get(doc);
  if (!byLayout) built.set(doc, (byLayout = new WeakMap()));
  let byPrefix = byLayout.get(layout);
  if (!byPrefix) byLayout.set(layout, (byPrefix = new Map()));
  let fragment = byPrefix.get(prefix);
  if (!fragment) byPrefix.set(prefix, (fragment = build(doc, layout, prefix)));
  const copy = fragment.cloneNode(true) as DocumentFragment;
  const region = copy.firstChild as HTMLDivElement;
  return {
    region,
    subtitle: region.querySelector('caption .subtitle') as HTMLSpanElement,
    tds: Array.from(region.querySelectorAll<HTMLTableCellElement>('td[data-path]')),
  };
}

// ---- writing a report into it

function setAttribute(element: Element, name: string, value: string | null): void {
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

const sameList = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((item, index) => item === b[index]);

/** Writes what differs between a cell's previous view and its next one. */
function patch(cell: RenderedCell, next: DataCellView, prefix: string): void {
  const { td, span, view: previous } = cell;
  if (previous.linked !== next.linked) setAttribute(td, 'id', next.linked ? cellId(prefix, next.path) : null);
  if (previous.states !== next.states) td.setAttribute('part', next.states);
  if (!sameList(previous.findings, next.findings)) {
    setAttribute(td, 'aria-describedby', next.findings.length ? next.findings.map((index) => findingId(prefix, index)).join(' ') : null);
    setAttribute(td, 'tabindex', next.findings.length ? '-1' : null);
  }
  if (previous.blank !== next.blank) span.className = next.blank ? 'sr-only' : 'value';
  if (previous.text !== next.text) span.textContent = next.text;
  if (next.computed) {
    if (!cell.mark) {
      const visible = td.ownerDocument.createElement('span');
      visible.className = 'computed-mark';
      visible.setAttribute('aria-hidden', 'true');
      const words = td.ownerDocument.createElement('span');
      words.className = 'sr-only';
      td.append(visible, words);
      cell.mark = { visible, words };
    }
    if (previous.computed?.mark !== next.computed.mark) cell.mark.visible.textContent = next.computed.mark;
    if (previous.computed?.words !== next.computed.words) cell.mark.words.textContent = next.computed.words;
  } else if (cell.mark) {
    cell.mark.visible.remove();
    cell.mark.words.remove();
    cell.mark = undefined;
  }
  cell.view = next;
}

/** The view a cell has as cloned: no value, no marks. */
const emptyView = (td: HTMLTableCellElement, index: number): DataCellView => ({
  index,
  path: td.dataset.path ?? '',
  colspan: td.colSpan,
  headers: [],
  states: td.getAttribute('part') ?? 'cell',
  blank: false,
  text: '',
  computed: null,
  linked: false,
  findings: [],
});

class TableDom extends Directive {
  private region: HTMLDivElement | undefined;
  private subtitle: HTMLSpanElement | undefined;
  private cells: RenderedCell[] = [];
  private layout: LayoutView | undefined;
  private prefix = '';
  private lang: Lang | undefined;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('tableDom() belongs in a child position');
  }

  render(_options: TableDomOptions): typeof nothing {
    return nothing;
  }

  override update(part: ChildPart, [options]: [TableDomOptions]): typeof noChange {
    const { layout, values, marking, lang, subtitle, idPrefix } = options;
    if (this.layout !== layout || this.prefix !== idPrefix || !this.region) {
      this.region?.remove();
      const doc = part.parentNode.ownerDocument ?? document;
      const fresh = cloneLayout(doc, layout, idPrefix);
      this.region = fresh.region;
      this.subtitle = fresh.subtitle;
      this.cells = fresh.tds.map((td, index) => ({
        td,
        span: td.firstChild as HTMLSpanElement,
        mark: undefined,
        view: emptyView(td, index),
        value: null,
        computed: false,
        marks: undefined,
        linked: false,
      }));
      // The part's own markers, not `part.parentNode` (which names the container while a fresh template is still a fragment).
      part.startNode!.parentNode!.insertBefore(fresh.region, part.endNode);
      this.layout = layout;
      this.prefix = idPrefix;
      this.lang = undefined;
    }
    if (this.subtitle!.textContent !== subtitle) this.subtitle!.textContent = subtitle;
    const relang = this.lang !== lang;
    this.lang = lang;
    layout.cells.forEach((cell, index) => {
      const rendered = this.cells[index]!;
      const value = values.shown[cell.index] ?? null;
      const computed = values.computed[cell.index]!;
      const marks = marking.marks.get(cell.path);
      const linked = marking.linked.has(cell.path);
      // Only a cell whose inputs changed gets a new view.
      if (
        !relang &&
        rendered.value === value &&
        rendered.computed === computed &&
        rendered.marks === marks &&
        rendered.linked === linked &&
        rendered.view.text !== ''
      )
        return;
      rendered.value = value;
      rendered.computed = computed;
      rendered.marks = marks;
      rendered.linked = linked;
      patch(rendered, dataCellView(cell, values, marking, lang), idPrefix);
    });
    return noChange;
  }
}

/** Renders (and on updates patches) one table's region and table in place. */
export const tableDom = directive(TableDom);
