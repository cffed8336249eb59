// Helpers of the editing-mode browser tests: mounting an editable element, its cells and bar, the
// keys as a keyboard sends them, clipboard events with real DataTransfer contents, recorded events.
import { fixture } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import type { DisclosureEditEvent } from '../../src/internal/events.js';
import type { DisclosureElement } from '../../src/internal/disclosure-element.js';
import type { Report } from '../../src/model/schema.js';
import { cellAt, rootOf } from './browser.js';

export type Editable = DisclosureElement & { report?: unknown };

export interface Mounted<T> {
  el: T;
  edits: DisclosureEditEvent[];
}

/** Mounts `<tag editable>` showing `report` (none: a blank one), with the attributes given, and waits for the editing mode. */
export async function mountEditable<T extends Editable = Editable>(
  tag: string,
  report?: unknown,
  attributes: Record<string, string> = {},
): Promise<Mounted<T>> {
  const name = unsafeStatic(tag);
  const edits: DisclosureEditEvent[] = [];
  const el = await fixture<T>(html`<${name} editable .report=${report ?? nothing}
    @disclosure-edit=${(event: DisclosureEditEvent) => edits.push(event)}></${name}>`);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
  await el.updateComplete;
  return { el, edits };
}

export const reportOf = (el: Editable) => el.report as Report;

/** The value at a contract path of the element's report. */
export function valueAt(el: Editable, path: string): unknown {
  let node: unknown = el.report;
  for (const key of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[key];
  return node;
}

/** The element focused inside the element's shadow root. */
export const focused = (el: Editable) => rootOf(el).activeElement as HTMLElement | null;
/** The contract path of the focused cell (or of the cell holding the focused input). */
export const focusedPath = (el: Editable) => focused(el)?.closest('td')?.dataset.path;
/** The input of the cell being edited. */
export const entryInput = (el: Editable) => rootOf(el).querySelector<HTMLInputElement>('td > input.entry');

/** Focuses a cell as a click would. */
export async function focusCell(el: Editable, path: string): Promise<HTMLTableCellElement> {
  const td = cellAt(el, path);
  td.focus();
  await el.updateComplete;
  return td;
}

/** A key as the keyboard sends it (trusted events through the browser); `Shift+Tab`, `Control+Shift+z`: modifiers held. */
export async function press(keys: string): Promise<void> {
  const parts = keys.split('+');
  const key = parts.pop()!;
  for (const modifier of parts) await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  for (const modifier of parts.reverse()) await sendKeys({ up: modifier });
}
export const type = (text: string) => sendKeys({ type: text });

/** A keydown as a script can make one (for what a keyboard cannot send: an input method's keys). */
export function keydown(target: Element, init: KeyboardEventInit & { keyCode?: number }): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

/** A paste on the focused cell with the clipboard's contents, as the browser fires it. */
export function paste(target: Element, data: Record<string, string>): ClipboardEvent {
  const transfer = new DataTransfer();
  for (const [format, text] of Object.entries(data)) transfer.setData(format, text);
  const event = new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}

/** A copy (or cut) on the focused cell; returns what the element put on the clipboard. */
export function copy(target: Element, kind: 'copy' | 'cut' = 'copy'): { text: string; html: string; handled: boolean } {
  const transfer = new DataTransfer();
  const event = new ClipboardEvent(kind, { clipboardData: transfer, bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(event);
  return { text: transfer.getData('text/plain'), html: transfer.getData('text/html'), handled: event.defaultPrevented };
}

/** The bar's button for an action. */
export const button = (el: Editable, action: string) =>
  rootOf(el).querySelector<HTMLButtonElement>(`.edit-bar button[data-action="${action}"]`)!;
/** The bar's live status line. */
export const statusText = (el: Editable) => rootOf(el).querySelector('.edit-status')?.textContent ?? '';

/** A clipboard fixture (test/fixtures/clipboard/), as text. */
export async function clipboardFixture(name: string): Promise<string> {
  const response = await fetch(`/test/fixtures/clipboard/${name}`);
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  return response.text();
}

/** The system clipboard's contents by type (the test page may read it: `disclosure-clipboard-access`). */
export async function readClipboard(): Promise<Record<string, string>> {
  const contents: Record<string, string> = {};
  for (const item of await navigator.clipboard.read())
    for (const kind of item.types) contents[kind] = await (await item.getType(kind)).text();
  return contents;
}

/** Catches the download link an output clicks in the element's shadow root (the download itself is cancelled). */
export function catchDownloads(el: HTMLElement): { readonly last: HTMLAnchorElement | undefined } {
  const caught: { last: HTMLAnchorElement | undefined } = { last: undefined };
  rootOf(el).addEventListener(
    'click',
    (event) => {
      if ((event.target as Element).localName === 'a') {
        caught.last = event.target as HTMLAnchorElement;
        event.preventDefault();
      }
    },
    true,
  );
  return caught;
}
