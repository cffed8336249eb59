/**
 * The editing bar above the tables: the commands (undo, redo, 空白填 0), the outputs, the offer of an
 * unsaved draft, the report's own fields for `<disclosure-report>`, a live status line, and the list
 * of cells whose text is not a value (each cell's `aria-describedby` points at its message). Built
 * with DOM calls; every text is set with `textContent`.
 */
import { cellInfo } from '../model/cells.js';
import type { Report } from '../model/schema.js';
import { SECTION_KEYS, SECTION_TITLES } from '../model/sections.js';
import { pick, type Bilingual, type Lang } from '../model/text.js';
import { entryId, setAttribute } from './cell-marks.js';
import { EDIT } from './edit-text.js';
import { readEntry } from './entry.js';
import { readValue, type FieldPath } from './state.js';

export const ACTIONS = ['undo', 'redo', 'fill', 'download-json', 'copy-json', 'copy-html', 'download-excel', 'copy-excel'] as const;
export type Action = (typeof ACTIONS)[number];

/** The words of each command and output (the editing bar's and a reading element's `outputs`). */
export const ACTION_TEXT: Record<Action, Bilingual> = {
  undo: EDIT.undo,
  redo: EDIT.redo,
  fill: EDIT.fillBlanks,
  'download-json': EDIT.downloadJson,
  'copy-json': EDIT.copyJson,
  'copy-html': EDIT.copyHtml,
  'download-excel': EDIT.downloadExcel,
  'copy-excel': EDIT.copyExcel,
};

/** The commands that change the report (off while read-only). */
export const CHANGING: ReadonlySet<Action> = new Set(['undo', 'redo', 'fill']);

/** The outputs: what reads the report without changing it. */
export const OUTPUT_ACTIONS = ACTIONS.filter((action) => !CHANGING.has(action)) as Exclude<Action, 'undo' | 'redo' | 'fill'>[];

const FIELD_TEXT = {
  agency: EDIT.agency,
  year: EDIT.year,
  title: EDIT.title,
  publishedOn: EDIT.publishedOn,
  ...Object.fromEntries(SECTION_KEYS.map((key) => [`sections.${key}`, SECTION_TITLES[key]])),
} as Record<FieldPath, Bilingual>;

export type FieldControl = HTMLInputElement | HTMLTextAreaElement;

export interface Bar {
  root: HTMLDivElement;
  tools: HTMLDivElement;
  outputs: HTMLDivElement;
  buttons: Record<Action, HTMLButtonElement>;
  draft: { root: HTMLParagraphElement; text: HTMLSpanElement; restore: HTMLButtonElement; discard: HTMLButtonElement };
  fields: HTMLFieldSetElement | undefined;
  legend: HTMLLegendElement | undefined;
  controls: Map<FieldPath, { control: FieldControl; label: HTMLSpanElement }>;
  status: HTMLParagraphElement;
  notes: HTMLUListElement;
  messages: HTMLUListElement;
  lang?: Lang;
  /** The texts and language the messages were written for. */
  shown?: { entries: ReadonlyMap<string, string>; lang: Lang };
}

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  part?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (part) node.setAttribute('part', part);
  return node;
}

function button(doc: Document, action: string): HTMLButtonElement {
  const node = element(doc, 'button', '', 'edit-button');
  node.type = 'button';
  node.dataset.action = action;
  return node;
}

/** The bar's DOM; `fields`: with the report's own fields (the whole report is edited). */
export function buildBar(doc: Document, withFields: boolean): Bar {
  const root = element(doc, 'div', 'edit-bar', 'edit-bar');
  const tools = element(doc, 'div', 'edit-tools');
  tools.setAttribute('role', 'group');
  const outputs = element(doc, 'div', 'edit-tools');
  outputs.setAttribute('role', 'group');
  const buttons = {} as Record<Action, HTMLButtonElement>;
  for (const action of ACTIONS) {
    buttons[action] = button(doc, action);
    (CHANGING.has(action) ? tools : outputs).append(buttons[action]);
  }
  const draft = {
    root: element(doc, 'p', 'draft-prompt', 'draft-prompt'),
    text: element(doc, 'span'),
    restore: button(doc, 'restore-draft'),
    discard: button(doc, 'discard-draft'),
  };
  draft.root.hidden = true;
  draft.root.append(draft.text, draft.restore, draft.discard);
  const controls = new Map<FieldPath, { control: FieldControl; label: HTMLSpanElement }>();
  let fields: HTMLFieldSetElement | undefined;
  let legend: HTMLLegendElement | undefined;
  if (withFields) {
    fields = element(doc, 'fieldset', 'edit-fields', 'edit-fields');
    legend = element(doc, 'legend');
    fields.append(legend);
    for (const path of Object.keys(FIELD_TEXT) as FieldPath[]) {
      const prose = path.startsWith('sections.');
      const label = element(doc, 'label', prose ? 'prose' : '');
      const text = element(doc, 'span');
      const control = prose ? element(doc, 'textarea') : element(doc, 'input');
      if (control instanceof HTMLInputElement) {
        control.type = path === 'publishedOn' ? 'date' : 'text';
        if (path === 'year') control.inputMode = 'numeric';
        control.autocomplete = 'off';
      }
      control.dataset.field = path;
      label.append(text, control);
      fields.append(label);
      controls.set(path, { control, label: text });
    }
  }
  const status = element(doc, 'p', 'edit-status', 'edit-status');
  status.setAttribute('role', 'status');
  const notes = element(doc, 'ul', 'edit-notes');
  const messages = element(doc, 'ul', 'edit-messages', 'edit-messages');
  root.append(tools, outputs, draft.root, ...(fields ? [fields] : []), status, notes, messages);
  return { root, tools, outputs, buttons, draft, fields, legend, controls, status, notes, messages };
}

/** Writes the bar's words in a language (only when it changes). */
export function labelBar(bar: Bar, lang: Lang): void {
  if (bar.lang === lang) return;
  bar.lang = lang;
  bar.tools.setAttribute('aria-label', pick(EDIT.tools, lang));
  bar.outputs.setAttribute('aria-label', pick(EDIT.outputs, lang));
  for (const action of ACTIONS) bar.buttons[action].textContent = pick(ACTION_TEXT[action], lang);
  bar.buttons.fill.title = pick(EDIT.fillBlanksHint, lang);
  bar.draft.restore.textContent = pick(EDIT.restoreDraft, lang);
  bar.draft.discard.textContent = pick(EDIT.discardDraft, lang);
  if (bar.legend) bar.legend.textContent = pick(EDIT.fields, lang);
  for (const [path, { label }] of bar.controls) label.textContent = pick(FIELD_TEXT[path], lang);
}

/** What the bar shows, from the editor's state. */
export interface BarView {
  lang: Lang;
  disabled: boolean;
  /** Changes are allowed (editable, not read-only, not disabled). */
  writable: boolean;
  readonly: boolean;
  validate: boolean;
  canUndo: boolean;
  canRedo: boolean;
  /** The words of the offer of an unsaved draft, when there is one. */
  offer: string | undefined;
  report: Report;
  entries: ReadonlyMap<string, string>;
  fieldErrors: ReadonlyMap<FieldPath, string>;
  /** The element focused in the shadow root: a field being typed into keeps what it holds. */
  focused: Element | null;
  status: string;
  notes: readonly string[];
}

const listItems = (doc: Document, texts: readonly string[], ids?: readonly string[]) =>
  texts.map((text, index) => {
    const item = doc.createElement('li');
    if (ids) item.id = ids[index]!;
    item.textContent = text;
    return item;
  });

/** Brings the bar up to date; writes only what differs. */
export function syncBar(bar: Bar, view: BarView): void {
  const { lang } = view;
  labelBar(bar, lang);
  for (const action of ACTIONS) {
    const off =
      view.disabled ||
      (CHANGING.has(action) && !view.writable) ||
      (action === 'undo' && !view.canUndo) ||
      (action === 'redo' && !view.canRedo);
    if (bar.buttons[action].disabled !== off) bar.buttons[action].disabled = off;
  }
  bar.draft.root.hidden = !view.offer || !view.writable;
  if (view.offer && bar.draft.text.textContent !== view.offer) bar.draft.text.textContent = view.offer;
  for (const [path, { control }] of bar.controls) {
    if (control.disabled !== view.disabled) control.disabled = view.disabled;
    if (control.readOnly !== view.readonly) control.readOnly = view.readonly;
    const error = view.fieldErrors.get(path);
    const missing = path === 'agency' && view.validate && !view.report.agency.trim();
    setAttribute(control, 'aria-invalid', error !== undefined || missing ? 'true' : null);
    // What the editor is typing stays; a text that is not a value stays too.
    if (control === view.focused || error !== undefined) continue;
    const value = readValue(view.report, path);
    const text = value === null ? '' : String(value);
    if (control.value !== text) control.value = text;
  }
  if (bar.status.textContent !== view.status) bar.status.textContent = view.status;
  const doc = bar.root.ownerDocument;
  if (bar.notes.childElementCount !== view.notes.length) bar.notes.replaceChildren(...listItems(doc, view.notes));
  if (bar.shown?.entries !== view.entries || bar.shown.lang !== lang) {
    bar.shown = { entries: view.entries, lang };
    const entries = [...view.entries];
    const messages = entries.map(([path, text]) => {
      const entry = readEntry(text, cellInfo(path)?.amount ?? false);
      return EDIT.invalidEntry(path, text, entry.kind === 'invalid' ? entry.reason : 'text', lang);
    });
    bar.messages.replaceChildren(
      ...listItems(
        doc,
        messages,
        entries.map(([path]) => entryId(path)),
      ),
    );
  }
}
