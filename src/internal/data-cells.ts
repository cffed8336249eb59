/**
 * The data cells of a table row, created and patched with plain DOM calls. 表三 alone has 175 data
 * cells: as one lit template each they cost a template instance and three marker comments apiece,
 * which made the elements' DOM work several times that of the same table as static HTML. Here each
 * cell is a `<td>` and a `<span>`, and an update touches only what changed. Text goes in with
 * `textContent`, never as markup.
 */
import { noChange, nothing, type ChildPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
import { cellId, findingId, type DataCellView } from '../view/table-view.js';

interface RenderedCell {
  td: HTMLTableCellElement;
  span: HTMLSpanElement;
  mark?: { visible: HTMLSpanElement; words: HTMLSpanElement } | undefined;
  state?: DataCellView;
  prefix?: string;
}

function setAttribute(element: Element, name: string, value: string | null): void {
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

const sameList = (a: readonly unknown[] | undefined, b: readonly unknown[]) =>
  a !== undefined && a.length === b.length && a.every((item, index) => item === b[index]);

function patch(cell: RenderedCell, next: DataCellView, prefix: string): void {
  const { td, span } = cell;
  const previous = cell.prefix === prefix ? cell.state : undefined;
  if (previous?.linked !== next.linked || previous?.path !== next.path)
    setAttribute(td, 'id', next.linked ? cellId(prefix, next.path) : null);
  if (previous?.states !== next.states) td.setAttribute('part', next.states);
  if (previous?.colspan !== next.colspan) setAttribute(td, 'colspan', next.colspan === 1 ? null : String(next.colspan));
  if (!sameList(previous?.headers, next.headers)) td.setAttribute('headers', next.headers.map((id) => prefix + id).join(' '));
  if (previous?.path !== next.path) td.dataset.path = next.path;
  if (!sameList(previous?.findings, next.findings)) {
    setAttribute(td, 'aria-describedby', next.findings.length ? next.findings.map((index) => findingId(prefix, index)).join(' ') : null);
    setAttribute(td, 'tabindex', next.findings.length ? '-1' : null);
  }
  if (previous?.blank !== next.blank) span.className = next.blank ? 'sr-only' : 'value';
  if (previous?.text !== next.text) span.textContent = next.text;
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
    if (cell.mark.visible.textContent !== next.computed.mark) cell.mark.visible.textContent = next.computed.mark;
    if (cell.mark.words.textContent !== next.computed.words) cell.mark.words.textContent = next.computed.words;
  } else if (cell.mark) {
    cell.mark.visible.remove();
    cell.mark.words.remove();
    cell.mark = undefined;
  }
  cell.state = next;
  cell.prefix = prefix;
}

class DataCells extends Directive {
  private cells: RenderedCell[] = [];

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('dataCells() belongs in a child position of a <tr>');
  }

  render(_states: readonly DataCellView[], _prefix: string): typeof nothing {
    return nothing;
  }

  override update(part: ChildPart, [states, prefix]: [readonly DataCellView[], string]): typeof noChange {
    const parent = part.parentNode;
    const doc = parent.ownerDocument ?? document;
    states.forEach((state, index) => {
      let cell = this.cells[index];
      if (!cell) {
        const td = doc.createElement('td');
        const span = doc.createElement('span');
        td.append(span);
        parent.insertBefore(td, part.endNode);
        cell = this.cells[index] = { td, span };
      }
      patch(cell, state, prefix);
    });
    for (const extra of this.cells.splice(states.length)) extra.td.remove();
    return noChange;
  }
}

/** Renders (and on updates patches) a row's data cells in place. */
export const dataCells = directive(DataCells);
