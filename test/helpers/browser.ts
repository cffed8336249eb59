// Shared helpers of the browser tests: fixtures fetched from the test server, the text and cells of
// a shadow root, the HTML table model of a grid, mounting and theming an element, a slow network.
import { fixture } from '@open-wc/testing';
import { nothing } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { DisclosureCheckEvent, DisclosureErrorEvent } from '../../src/internal/events.js';
import type { Report } from '../../src/model/schema.js';
import type { FixtureName } from './fixture-names.js';

// ---- fixtures (served by WTR from the repository root)

export const fixtureUrl = (name: string) => `/test/fixtures/${name}.json`;

const loaded = new Map<string, unknown>();

/** A fixture report, fetched once per page and returned as a fresh deep copy each time (free to modify). */
export async function loadFixture<T = Report>(name: FixtureName): Promise<T> {
  if (!loaded.has(name)) {
    const response = await fetch(fixtureUrl(name));
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
    loaded.set(name, await response.json());
  }
  return structuredClone(loaded.get(name)) as T;
}

// ---- text

/** The text a screen reader gets from a header cell (its label, without the English/official extra line): whitespace collapsed. */
export const text = (element: Node | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** An element's text content, only trimmed at both ends (inner whitespace kept as it is). */
export const trimmedText = (node: Element) => (node.textContent ?? '').trim();

// ---- cells and headers

/** Resolves a cell's `headers` ids to their header texts, within the cell's own shadow root. */
export function headerPath(cell: Element): string[] {
  const root = cell.getRootNode() as ShadowRoot;
  return (cell.getAttribute('headers') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => {
      const header = root.getElementById(id);
      if (!header) throw new Error(`headers id ${id} does not exist`);
      return text(header);
    });
}

/** Every data cell of a shadow root by contract path. */
export function cellsByPath(root: ShadowRoot): Map<string, HTMLTableCellElement> {
  return new Map([...root.querySelectorAll<HTMLTableCellElement>('td[data-path]')].map((cell) => [cell.dataset.path!, cell]));
}

export const parts = (element: Element) => (element.getAttribute('part') ?? '').split(/\s+/);

/** The shown value of a data cell (its `.value`; '' for a blank cell). */
export const valueOf = (td: Element) => td.querySelector('.value')?.textContent ?? '';

// ---- an element's shadow root

export const rootOf = (el: Element) => el.shadowRoot!;
/** The element's (first) table. */
export const table = (el: HTMLElement) => rootOf(el).querySelector('table')!;
/** The data cell of a contract path. */
export const cellAt = (el: HTMLElement, path: string) => rootOf(el).querySelector<HTMLTableCellElement>(`td[data-path="${path}"]`)!;
/** The paths of the data cells that carry a part (`invalid`, `warning`, `blank`, `total`, …), in document order. */
export const markedPaths = (el: HTMLElement, part: string) =>
  Array.from(rootOf(el).querySelectorAll<HTMLElement>('td'))
    .filter((td) => td.part.contains(part))
    .map((td) => td.dataset.path);
/** The elements a cell's `aria-describedby` points to, within the element's shadow root. */
export const describedBy = (el: HTMLElement, td: Element) =>
  (td.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => rootOf(el).getElementById(id)!);

// ---- the grid of a table (the HTML table model)

export type Cells = HTMLTableCellElement[][];

/** The HTML table model of one row group: every grid slot with the cell covering it. Throws on overlaps or holes. */
export function slotsOf(group: HTMLTableSectionElement, width: number): Cells {
  const slots: Cells = Array.from(group.rows, () => []);
  Array.from(group.rows).forEach((row, r) => {
    let c = 0;
    for (const cell of Array.from(row.cells)) {
      while (slots[r]![c]) c++;
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        if (r + dr >= slots.length) throw new Error(`${cell.textContent} spans out of its row group`);
        for (let dc = 0; dc < cell.colSpan; dc++) {
          if (slots[r + dr]![c + dc]) throw new Error(`overlap at ${r + dr},${c + dc}`);
          slots[r + dr]![c + dc] = cell;
        }
      }
      c += cell.colSpan;
    }
  });
  slots.forEach((row, r) => {
    if (row.length !== width || row.some((cell) => !cell)) throw new Error(`row ${r} is ${row.length} slots wide, not ${width}`);
  });
  return slots;
}

/** All rows of a table, row group by row group, as slots. */
export const gridOf = (table: HTMLTableElement, width: number): Cells =>
  [table.tHead, ...Array.from(table.tBodies)]
    .filter((group): group is HTMLTableSectionElement => !!group)
    .flatMap((group) => slotsOf(group, width));

/** What each slot shows: a header's label (trimmed), or `D:<path>` for a data cell. */
export const slotNames = (slots: Cells) =>
  slots.map((row) => row.map((cell) => (cell.localName === 'td' ? `D:${cell.dataset.path}` : trimmedText(cell))));
/** Each `<tr>` as [tag, label (trimmed) or path, colspan, rowspan]. */
export const rowsOf = (table: HTMLTableElement) =>
  Array.from(table.rows, (row) =>
    Array.from(row.cells, (cell) => [
      cell.localName,
      cell.localName === 'td' ? cell.dataset.path : trimmedText(cell),
      cell.colSpan,
      cell.rowSpan,
    ]),
  );

// ---- print

/** The size of the named `@page` an element prints on ('' when it has none and prints on the page's default size). */
export function printPageSize(element: Element): string {
  const name = getComputedStyle(element).page;
  if (!name || name === 'auto') return '';
  for (const sheet of [...document.adoptedStyleSheets, ...Array.from(document.styleSheets)]) {
    for (const rule of Array.from(sheet.cssRules)) {
      if (rule instanceof CSSPageRule && rule.selectorText === name) return rule.style.getPropertyValue('size').toLowerCase();
    }
  }
  return '';
}

// ---- mounting an element

type UpdatingElement = HTMLElement & { updateComplete: Promise<unknown> };

/** A mounted element with the disclosure-check and disclosure-error events it fired. */
export interface Rendered<T> {
  el: T;
  checks: DisclosureCheckEvent[];
  errors: DisclosureErrorEvent[];
}

/** Mounts `<tag>` showing `report`, with `lang`, `checks` and `heading-level` when given (absent when not), recording its events. */
export async function renderElement<T extends UpdatingElement>(
  tag: string,
  report: unknown,
  options: { lang?: string; checks?: string; headingLevel?: number } = {},
): Promise<Rendered<T>> {
  const name = unsafeStatic(tag);
  const checks: DisclosureCheckEvent[] = [];
  const errors: DisclosureErrorEvent[] = [];
  const el = await fixture<T>(html`<${name}
    .report=${report}
    lang=${options.lang ?? nothing}
    checks=${options.checks ?? nothing}
    heading-level=${options.headingLevel ?? nothing}
    @disclosure-check=${(event: DisclosureCheckEvent) => checks.push(event)}
    @disclosure-error=${(event: DisclosureErrorEvent) => errors.push(event)}
  ></${name}>`);
  await el.updateComplete;
  return { el, checks, errors };
}

// ---- theming from the page

/**
 * Mounts `<tag>` showing `report`, themed by the page as a site would: on the element
 * `--disclosure-border-color: rgb(1, 2, 3)`, `--disclosure-invalid-color: rgb(4, 5, 6)` and
 * `--disclosure-header-background: rgb(10, 11, 12)`; in the page `.themed::part(invalid) { background-color: rgb(7, 8, 9) }`.
 */
export async function mountThemed<T extends UpdatingElement>(tag: string, report: unknown): Promise<T> {
  const name = unsafeStatic(tag);
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <style>
      .themed::part(invalid) {
        background-color: rgb(7, 8, 9);
      }
    </style>
    <${name}
      class="themed"
      style="--disclosure-border-color: rgb(1, 2, 3); --disclosure-invalid-color: rgb(4, 5, 6); --disclosure-header-background: rgb(10, 11, 12)"
      .report=${report}
    ></${name}>
  </div>`);
  const el = wrapper.querySelector<T>(tag)!;
  await el.updateComplete;
  return el;
}

// ---- a slow network

/**
 * Makes `fetch` answer `url` with `body` (HTTP 200, JSON) only after `ms`, ignoring any abort; every
 * other URL is fetched as usual. `requested()` says whether `url` was fetched, `answered()` whether
 * the late answer has come; `restore()` puts the page's fetch back.
 */
export function delayFetch(url: string, body: string, ms: number) {
  const original = window.fetch;
  let requested = false;
  let answered = false;
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    if (String(input) !== url) return original(input, init);
    requested = true;
    return new Promise<Response>((resolve) =>
      setTimeout(() => {
        answered = true;
        resolve(new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }));
      }, ms),
    );
  }) as typeof window.fetch;
  return {
    requested: () => requested,
    answered: () => answered,
    restore: () => {
      window.fetch = original;
    },
  };
}
