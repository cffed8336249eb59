/**
 * The DOM of one table, built by cloning. A table's layout (caption title, header rows, ids, spans,
 * `headers` of every cell, and for 表三 and 表四 the narrow screen's column control) is the same for
 * every report of one layout and language, so it is built once with DOM calls (never markup strings)
 * and cloned per element; only what a report changes is written into the clone — the subtitle, each
 * cell's value, its states and marks, the control's choice. On an update a cell's view is recomputed
 * only when its inputs (value, computed, marks) changed, and only what differs is written. Text goes
 * in with `textContent`, never as markup.
 */
import { noChange, nothing, type ChildPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
import type { TableValues } from '../check/values.js';
import { pick, type Lang } from '../model/text.js';
import { UI } from '../model/ui-text.js';
import {
  cellId,
  dataCellView,
  findingId,
  type DataCellView,
  type HeaderView,
  type LabelView,
  type LayoutRow,
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
  /** On a narrow screen, the one column (表三) or group (表四) shown beside the row headers, or `all`. */
  chosen?: string | undefined;
  /** Called with the reader's choice in the narrow screen's control (a table with choices has one; hidden while the element is wide). */
  choose?: ((choice: string) => void) | undefined;
  /** The element is too narrow for the official layout: the control gets its radios and button. */
  narrow?: boolean | undefined;
}

interface RenderedCell {
  td: HTMLTableCellElement;
  span: HTMLSpanElement;
  /** The span's text node: a value is written as its data. */
  text: Text;
  mark?: { visible: HTMLSpanElement; words: HTMLSpanElement } | undefined;
  /** The view last written; undefined as cloned (no value, no marks). */
  view?: DataCellView;
  /** The inputs the view was computed from (set with the view). */
  value?: number | null;
  computed?: boolean;
  /** The marks' key (see `Marking`): the marks of a new check that show the same have the same key. */
  marks?: string | undefined;
  linked?: boolean;
}

// ---- building the layout once

/** An element with attributes and children. */
function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Record<string, string | number>,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  for (const name in attributes) element.setAttribute(name, String(attributes[name]));
  element.append(...children);
  return element;
}

/** A label; in English the translation with the official Chinese beside it. */
const labelNodes = (doc: Document, label: LabelView) =>
  label.official ? [label.text, el(doc, 'span', { class: 'official', lang: 'zh-CN' }, label.official)] : [label.text];

/** rowspan and colspan where they are more than 1. */
function spans(cell: { colspan: number; rowspan?: number }, attributes: Record<string, string | number>) {
  if (cell.colspan > 1) attributes.colspan = cell.colspan;
  if (cell.rowspan && cell.rowspan > 1) attributes.rowspan = cell.rowspan;
  return attributes;
}

const headerCell = (doc: Document, cell: HeaderView | NoteView, prefix: string) =>
  cell.kind === 'note'
    ? el(doc, 'td', spans(cell, { class: 'note', part: 'note' }), ...labelNodes(doc, cell.label))
    : el(
        doc,
        'th',
        spans(cell, { id: prefix + cell.id, class: `header ${cell.axis}`, part: `header ${cell.axis}-header` }),
        ...labelNodes(doc, cell.label),
      );

/**
 * What the column control holds: a radio per choice and the whole-table button. Made only once an
 * element is narrow — every 表三 and 表四 on a wide page carries the control hidden, and its radios
 * are what a page of many tables would otherwise spend most on. (Whitespace between them would
 * not render: a flex box.)
 */
const buildChoices = (doc: Document, layout: LayoutView, prefix: string) =>
  fragmentOf(
    doc,
    el(doc, 'legend', {}, pick(UI.columnShown, layout.lang)),
    ...layout.choices.map((choice) =>
      el(doc, 'label', { class: 'choice' }, el(doc, 'input', { type: 'radio', name: `${prefix}choice` }), choice.label.text),
    ),
    el(doc, 'button', { type: 'button', class: 'whole', 'aria-pressed': 'false' }, pick(UI.wholeTable, layout.lang)),
  );

function build(doc: Document, layout: LayoutView, prefix: string): DocumentFragment {
  const row = (row: LayoutRow) =>
    el(
      doc,
      'tr',
      {},
      ...row.headers.map((cell) => headerCell(doc, cell, prefix)),
      // Empty text nodes ('' appends one), kept by cloning: a value is written into them, no node made or removed.
      ...row.cells.map((cell) =>
        el(
          doc,
          'td',
          spans(cell, {
            part: cell.total ? 'cell total' : 'cell',
            headers: cell.headers.map((id) => prefix + id).join(' '),
            'data-path': cell.path,
          }),
          el(doc, 'span', { class: 'value' }, ''),
        ),
      ),
    );
  const groups = layout.sections.flatMap((section) =>
    (
      [
        [section.head, 'thead'],
        [section.body, 'tbody'],
      ] as const
    ).flatMap(([rows, tag]) => (rows.length ? [el(doc, tag, {}, ...rows.map(row))] : [])),
  );
  const table = el(
    doc,
    'table',
    { part: 'table', class: `table ${layout.table}` },
    el(
      doc,
      'caption',
      { id: `${prefix}caption`, part: 'caption' },
      el(doc, 'span', { class: 'title' }, layout.title),
      ' ',
      el(doc, 'span', { class: 'subtitle' }, ''),
    ),
    // One <col> per grid column, so a narrow screen can collapse all but one choice (visibility: collapse).
    el(
      doc,
      'colgroup',
      {},
      ...layout.columns.map((choice) => el(doc, 'col', choice === null ? {} : { class: 'choice', 'data-choice': choice })),
    ),
    ...groups,
  );
  const region = el(
    doc,
    'div',
    { class: 'scroll', part: 'scroll', role: 'region', tabindex: 0, 'aria-labelledby': `${prefix}caption` },
    table,
  );
  // The control's fieldset, empty until the element is narrow (see buildChoices).
  return layout.choices.length
    ? fragmentOf(doc, el(doc, 'fieldset', { class: 'column-choice', part: 'column-choice' }), region)
    : fragmentOf(doc, region);
}

function fragmentOf(doc: Document, ...nodes: Node[]): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  fragment.append(...nodes);
  return fragment;
}

const built = new WeakMap<LayoutView, Map<string, DocumentFragment>>();

/** A copy of a part of a layout's DOM, built once per layout and key (again only for another document, as in a frame). */
function cloned(doc: Document, layout: LayoutView, key: string, make: () => DocumentFragment): DocumentFragment {
  let byKey = built.get(layout);
  if (!byKey) built.set(layout, (byKey = new Map()));
  let template = byKey.get(key);
  if (template?.ownerDocument !== doc) byKey.set(key, (template = make()));
  return template.cloneNode(true) as DocumentFragment;
}

// ---- writing a report into it

function setAttribute(element: Element, name: string, value: string | null): void {
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

/**
 * Writes what differs between a cell's previous view (none: as cloned) and its next one; `roving`:
 * the editing mode owns the tabindex.
 */
function patch(cell: RenderedCell, next: DataCellView, total: boolean, prefix: string, roving: boolean): void {
  const { td, span, view: previous } = cell;
  if ((previous?.linked ?? false) !== next.linked) setAttribute(td, 'id', next.linked ? cellId(prefix, next.path) : null);
  if ((previous?.states ?? (total ? 'cell total' : 'cell')) !== next.states) td.setAttribute('part', next.states);
  if (String(previous?.findings ?? '') !== String(next.findings)) {
    setAttribute(td, 'aria-describedby', next.findings.length ? next.findings.map((index) => findingId(prefix, index)).join(' ') : null);
    if (!roving) setAttribute(td, 'tabindex', next.findings.length ? '-1' : null);
  }
  if ((previous?.blank ?? false) !== next.blank) span.className = next.blank ? 'sr-only' : 'value';
  if (previous?.text !== next.text) cell.text.data = next.text;
  if (next.computed) {
    if (!cell.mark) {
      const doc = td.ownerDocument;
      cell.mark = {
        visible: el(doc, 'span', { class: 'computed-mark', 'aria-hidden': 'true' }),
        words: el(doc, 'span', { class: 'sr-only' }),
      };
      span.after(cell.mark.visible, cell.mark.words);
    }
    if (previous?.computed?.mark !== next.computed.mark) cell.mark.visible.textContent = next.computed.mark;
    if (previous?.computed?.words !== next.computed.words) cell.mark.words.textContent = next.computed.words;
  } else if (cell.mark) {
    cell.mark.visible.remove();
    cell.mark.words.remove();
    cell.mark = undefined;
  }
  cell.view = next;
}

class TableDom extends Directive {
  private region: HTMLDivElement | undefined;
  /** The narrow screen's control: its form controls are a radio per choice, then the whole-table button. */
  private control: HTMLFieldSetElement | undefined;
  private subtitle: Text | undefined;
  private cols: HTMLTableColElement[] = [];
  private chosen: string | undefined;
  private cells: RenderedCell[] = [];
  private layout: LayoutView | undefined;
  private prefix = '';
  private lang: Lang | undefined;
  /** The latest render's options: the control's listeners read the choice and callback at the time of the event. */
  private options: TableDomOptions | undefined;

  /** The radios' change and the button's click, both bubbling to the fieldset. */
  private readonly onChoice = (event: Event) => {
    const { choose, chosen, layout } = this.options!;
    const index = [...this.control!.elements].indexOf(event.target as Element);
    const choice = layout.choices[index];
    if (event.type === 'change' ? choice : index === layout.choices.length)
      choose?.(choice?.key ?? (chosen === 'all' ? layout.choices[0]!.key : 'all'));
  };

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('tableDom() belongs in a child position');
  }

  render(_options: TableDomOptions): typeof nothing {
    return nothing;
  }

  override update(part: ChildPart, [options]: [TableDomOptions]): typeof noChange {
    const { layout, values, marking, lang, subtitle, idPrefix, chosen } = options;
    this.options = options;
    if (this.layout !== layout || this.prefix !== idPrefix || !this.region) {
      this.control?.remove();
      this.region?.remove();
      // A fresh copy of the layout's DOM.
      const doc = part.parentNode.ownerDocument ?? document;
      const fresh = cloned(doc, layout, idPrefix, () => build(doc, layout, idPrefix));
      const region = (this.region = fresh.lastChild as HTMLDivElement);
      this.control = layout.choices.length ? (fresh.firstChild as HTMLFieldSetElement) : undefined;
      this.subtitle = region.querySelector('.subtitle')!.firstChild as Text;
      this.cols = [...region.querySelectorAll<HTMLTableColElement>('col.choice')];
      this.chosen = undefined;
      // In document order, which is the layout's cell order.
      this.cells = [...region.querySelectorAll<HTMLTableCellElement>('td[data-path]')].map((td) => ({
        td,
        span: td.firstChild as HTMLSpanElement,
        text: td.firstChild!.firstChild as Text,
      }));
      // The part's own markers, not `part.parentNode` (which names the container while a fresh template is still a fragment).
      part.startNode!.parentNode!.insertBefore(fresh, part.endNode);
      this.layout = layout;
      this.prefix = idPrefix;
      this.lang = undefined;
    }
    if (this.subtitle!.data !== subtitle) this.subtitle!.data = subtitle;
    const fieldset = this.control;
    if (fieldset && options.narrow && !fieldset.firstChild) {
      fieldset.append(
        cloned(fieldset.ownerDocument, layout, `${idPrefix} choices`, () => buildChoices(fieldset.ownerDocument, layout, idPrefix)),
      );
      fieldset.addEventListener('change', this.onChoice);
      fieldset.addEventListener('click', this.onChoice);
      this.chosen = undefined;
    }
    if (this.chosen !== chosen) {
      this.chosen = chosen;
      const whole = chosen === 'all';
      for (const col of this.cols) col.classList.toggle('chosen', !whole && col.dataset.choice === chosen);
      const controls = fieldset?.elements;
      if (controls?.length) {
        layout.choices.forEach((choice, index) => {
          const input = controls[index] as HTMLInputElement;
          input.checked = choice.key === chosen;
          input.disabled = whole;
        });
        controls[layout.choices.length]!.setAttribute('aria-pressed', whole ? 'true' : 'false');
      }
    }
    const relang = this.lang !== lang;
    this.lang = lang;
    // In editing mode (src/edit) the table is a grid whose cells have a roving tabindex.
    const roving = this.region!.firstElementChild?.getAttribute('role') === 'grid';
    layout.cells.forEach((cell, index) => {
      const rendered = this.cells[index]!;
      const value = values.shown[cell.index] ?? null;
      const computed = values.computed[cell.index]!;
      const marks = marking.marks.get(cell.path)?.key;
      const linked = marking.linked.has(cell.path);
      // Only a cell whose inputs changed gets a new view.
      if (
        !relang &&
        rendered.value === value &&
        rendered.computed === computed &&
        rendered.marks === marks &&
        rendered.linked === linked &&
        rendered.view
      )
        return;
      rendered.value = value;
      rendered.computed = computed;
      rendered.marks = marks;
      rendered.linked = linked;
      patch(rendered, dataCellView(cell, values, marking, lang), cell.total, idPrefix, roving);
    });
    return noChange;
  }
}

/** Renders (and on updates patches) one table's region and table in place. */
export const tableDom = directive(TableDom);
