/**
 * The editing mode of an element, as a Lit reactive controller the element attaches the first time
 * `editable` is set. It keeps the editing state (report + texts that are not values) and its own undo
 * stack, writes every change to the element's `report` (which re-checks and re-renders the tables
 * in place, so focus stays where it is), and drives the rendered cells: grid semantics with a roving
 * tabindex, Excel's keys, an input in the active cell, selection, copy and paste. It also makes the
 * element a form control (a hidden input carries the value; ElementInternals the validity, reset and
 * disabled state), saves drafts, and offers the outputs.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Finding } from '../check/findings.js';
import { emit, type DisclosureEditDetail, type EditSource } from '../internal/events.js';
import type { SourceState } from '../internal/report-source-controller.js';
import { cellInfo, cellsOf } from '../model/cells.js';
import type { Report } from '../model/schema.js';
import type { TableId } from '../model/tables.js';
import { pick, type Bilingual, type Lang } from '../model/text.js';
import { ACTIONS, CHANGING, buildBar, labelBar, type Bar } from './bar.js';
import { copySelection, importedSlots } from './clipboard.js';
import { checkEdited, readDraft, removeDraft, saveDraft, timeText, type Draft } from './drafts.js';
import { addEditStyles } from './edit-css.js';
import { EDIT, cellInWords } from './edit-text.js';
import { entryText, readEntry } from './entry.js';
import { History } from './history.js';
import type { Direction } from './navigation.js';
import { runOutput, type OutputAction } from './output.js';
import { planPaste } from './paste.js';
import {
  applyItems,
  blankReport,
  fillItems,
  itemsTo,
  itemsToState,
  readValue,
  slotOf,
  withTables,
  type EditState,
  type EditValue,
  type FieldPath,
  type Slot,
  type StepItem,
} from './state.js';
import { tableGrid, type GridCell, type TableGrid } from './table-grid.js';
import { parseTsv } from './tsv.js';

/** What the editor needs of its element (the base class of the four elements). */
export interface EditHost extends ReactiveControllerHost, HTMLElement {
  report?: unknown;
  editable: boolean;
  readonly: boolean;
  disabled: boolean;
  validate: boolean;
  name?: string | undefined;
  draftKey?: string | undefined;
  readonly findings: readonly Finding[];
  readonly checks: string;
  readonly language: Lang;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface EditOptions {
  /** The tables the element shows, and edits. */
  tables: readonly TableId[];
  /** The element shows the whole report: its agency, year, title and prose are edited too. */
  whole: boolean;
}

interface OpenEntry {
  grid: TableGrid;
  cell: GridCell;
  input: HTMLInputElement;
  /** `enter`: started by typing, arrows commit and move; `edit` (F2, double click): arrows move the caret. */
  mode: 'enter' | 'edit';
}

interface Problem {
  message: string;
  /** The cell or field to point at. */
  path?: string;
}

const ARROWS: Partial<Record<string, Direction>> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
const ENTRY_ID = 'dt-entry-';
const entryId = (path: string) => ENTRY_ID + path.replaceAll('.', '-');

function setAttribute(element: Element, name: string, value: string | null): void {
  if (value === null) {
    if (element.hasAttribute(name)) element.removeAttribute(name);
  } else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/** Adds or removes the editor's own id in a cell's `aria-describedby` (the element's finding ids stay). */
function describe(td: Element, id: string | undefined): void {
  const ids = (td.getAttribute('aria-describedby') ?? '').split(' ').filter((token) => token && !token.startsWith(ENTRY_ID));
  if (id) ids.push(id);
  setAttribute(td, 'aria-describedby', ids.length ? ids.join(' ') : null);
}

/** Shows the text typed into a cell in place of its value (or removes it). */
function showEntry(td: HTMLTableCellElement, text: string | undefined): void {
  let span = td.querySelector<HTMLSpanElement>(':scope > .entry-text');
  if (text === undefined) {
    if (span) {
      span.remove();
      td.classList.remove('has-entry');
    }
    return;
  }
  if (!span) {
    span = td.ownerDocument.createElement('span');
    span.className = 'entry-text';
    span.setAttribute('part', 'entry-text');
    td.prepend(span);
    td.classList.add('has-entry');
  }
  if (span.textContent !== text) span.textContent = text;
}

export class Editor implements ReactiveController {
  /** While an HTML paste waits for the importer: the element's `updateComplete` waits for it too. */
  busy: Promise<void> | undefined;
  private state: EditState | undefined;
  /** What a form reset goes back to: the report the element was given. */
  private initial: EditState | undefined;
  /** The state last saved (given, or submitted): `dirty` compares with it. */
  private saved: EditState | undefined;
  private readonly history = new History<StepItem[]>();
  private readonly active = new Map<TableId, string>();
  private selection: { table: TableId; anchor: string; focus: string } | undefined;
  /** The column a run of vertical moves keeps. */
  private column: number | undefined;
  private entry: OpenEntry | undefined;
  private composing = false;
  private bar: Bar | undefined;
  private barEntries: ReadonlyMap<string, string> | undefined;
  private barLang: Lang | undefined;
  private status = '';
  private notes: string[] = [];
  private readonly events: DisclosureEditDetail[] = [];
  private offer: Draft | undefined;
  /** Text typed into a report field that is not a value (a year that is not one), by field. */
  private readonly fieldErrors = new Map<FieldPath, string>();
  private problems: Problem[] = [];
  private readonly internals: ElementInternals | undefined;
  private mirror: HTMLInputElement | undefined;
  private mirrored: Report | undefined;
  private decorated = false;
  /** The object given as `report` that the state was made from. */
  private given: unknown;
  /** The cell of each table with tabindex 0, and the cells marked selected, as last written. */
  private readonly tabStops = new Map<TableId, HTMLTableCellElement>();
  private readonly marked = new Set<HTMLTableCellElement>();
  /** The grids decorated, by table; the cells marked invalid (typed text, error findings); the disabled state they were done for. */
  private grids = new Map<TableId, TableGrid>();
  private invalidMarks = new Set<string>();
  private decoratedDisabled: boolean | undefined;

  constructor(
    private readonly host: EditHost,
    private readonly options: EditOptions,
  ) {
    try {
      this.internals = host.attachInternals();
    } catch {
      // No ElementInternals (an older browser) or attached elsewhere: the hidden input and the form's events serve.
      this.internals = undefined;
    }
    const root = host.renderRoot;
    root.addEventListener('keydown', this.onKeyDown as EventListener);
    root.addEventListener('focusin', this.onFocusIn);
    root.addEventListener('focusout', this.onFocusOut);
    root.addEventListener('pointerdown', this.onPointerDown as EventListener);
    root.addEventListener('dblclick', this.onDoubleClick);
    root.addEventListener('copy', this.onCopy as unknown as EventListener);
    root.addEventListener('cut', this.onCut as EventListener);
    root.addEventListener('paste', this.onPaste as EventListener);
    root.addEventListener('compositionstart', () => (this.composing = true));
    root.addEventListener('compositionend', () => (this.composing = false));
    host.addController(this);
  }

  // ---- the element's side

  /**
   * The report this editor holds, when `report` is it — or is again the very object it was given (a
   * React render setting the same prop again): the edits are kept. The element shows it without
   * checking it again. A new object replaces the report being edited.
   */
  owns(report: unknown): Report | undefined {
    if (report === undefined || !this.state) return undefined;
    return report === this.state.report || (this.host.editable && report === this.given) ? this.state.report : undefined;
  }

  /**
   * Takes what the element loaded: a report becomes the state edited (with a blank table for any it
   * shows and lacks); no data at all starts a blank report of the current format. Returns the report
   * the element must show and hold as `report`, or undefined when nothing changes.
   */
  adopt(source: SourceState): Report | undefined {
    if (!this.host.editable) return undefined;
    let report: Report | undefined;
    // Annual reports are published early in the year after the one they report on.
    if (source.kind === 'empty') report = blankReport(new Date().getFullYear() - 1);
    else if (source.kind === 'loaded' && source.loaded.ok) report = source.loaded.report;
    // A report being written may have no agency yet (a new one, as this editor gives it out): still edited.
    else if (source.origin === 'property') report = checkEdited(this.host.report);
    if (!report || report === this.state?.report) return undefined;
    report = withTables(report, this.options.tables);
    this.given = source.kind !== 'empty' && source.origin === 'property' ? this.host.report : undefined;
    this.closeEntry(false);
    this.state = this.initial = this.saved = { report, entries: new Map() };
    this.history.clear();
    this.fieldErrors.clear();
    this.offerDraft();
    this.syncMirror();
    return report;
  }

  hostConnected(): void {
    const view = this.host.ownerDocument.defaultView;
    view?.addEventListener('beforeunload', this.onBeforeUnload);
    this.host.ownerDocument.addEventListener('submit', this.onSubmit, true);
    this.host.ownerDocument.addEventListener('reset', this.onReset, true);
  }

  hostDisconnected(): void {
    this.host.ownerDocument.defaultView?.removeEventListener('beforeunload', this.onBeforeUnload);
    this.host.ownerDocument.removeEventListener('submit', this.onSubmit, true);
    this.host.ownerDocument.removeEventListener('reset', this.onReset, true);
  }

  /** After each render: the cells, the bar, the form value and validity follow the state; the edit events fire. */
  hostUpdated(): void {
    if (!this.live) {
      this.leave();
      return;
    }
    this.decorated = true;
    this.syncBar();
    this.decorate();
    this.syncMirror();
    this.updateValidity();
    for (const detail of this.events.splice(0)) emit(this.host, 'disclosure-edit', detail);
  }

  // ---- commands (the element's methods)

  fillBlanks(value: number): number {
    if (!Number.isSafeInteger(value) || value < 0)
      throw new RangeError(`fillBlanks: ${value} is not a count (a whole number, zero or more)`);
    if (!this.writable || !this.state) return 0;
    this.closeEntry(true);
    const items = fillItems(this.state, this.options.tables, value);
    this.commit(items, 'fill');
    this.announce(items.length ? EDIT.filled(items.length, value) : EDIT.nothingToFill);
    return items.length;
  }

  undo(): boolean {
    return this.travel('undo');
  }

  redo(): boolean {
    return this.travel('redo');
  }

  checkValidity(): boolean {
    if (this.internals) return this.internals.checkValidity();
    return !this.validating || !this.problems.length;
  }

  reportValidity(): boolean {
    const valid = this.internals ? this.internals.reportValidity() : this.checkValidity();
    const first = this.validating ? this.problems[0] : undefined;
    if (!valid && first) {
      this.announce(first.message);
      this.target(first.path)?.focus();
    }
    return valid;
  }

  get validationMessage(): string {
    return this.internals?.validationMessage ?? (this.validating ? (this.problems[0]?.message ?? '') : '');
  }

  /** Whether the state differs from the report given (or last submitted). */
  get dirty(): boolean {
    return Boolean(this.state && this.saved && itemsToState(this.state, this.saved, this.options.tables).length);
  }

  /** Form reset: back to the report the element was given. */
  formReset(): void {
    if (!this.state || !this.initial) return;
    this.closeEntry(false);
    this.fieldErrors.clear();
    this.commit(itemsToState(this.state, this.initial, this.options.tables), 'reset');
  }

  // ---- state

  private get live(): boolean {
    return this.host.editable && this.state !== undefined && this.host.report === this.state.report;
  }

  private get disabledNow(): boolean {
    let inherited = false;
    try {
      inherited = this.host.matches(':disabled');
    } catch {
      // A browser without form-associated custom elements has no :disabled for them.
    }
    return this.host.disabled || inherited;
  }

  private get writable(): boolean {
    return this.live && !this.host.readonly && !this.disabledNow;
  }

  private get validating(): boolean {
    return this.host.validate && !this.host.readonly && !this.disabledNow;
  }

  private get lang(): Lang {
    return this.host.language;
  }

  /** Applies a step's items one way or the other; the element takes the new report at once. */
  private apply(items: readonly StepItem[], side: 'to' | 'from', source: EditSource): boolean {
    if (!items.length || !this.state) return false;
    this.state = applyItems(this.state, items, side);
    const other = side === 'to' ? 'from' : 'to';
    this.events.push({
      changes: items
        .filter((item) => item.from.value !== item.to.value)
        .map((item) => ({ path: item.path, from: item[other].value, to: item[side].value })),
      source,
      invalid: [...this.state.entries].map(([path, text]) => ({ path, text })),
    });
    if (source !== 'draft') this.offer = undefined;
    this.host.report = this.state.report;
    this.host.requestUpdate();
    if (this.host.draftKey) saveDraft(this.host.draftKey, this.state);
    this.syncMirror();
    return true;
  }

  private commit(items: StepItem[], source: EditSource): boolean {
    if (!this.apply(items, 'to', source)) return false;
    this.history.push(items);
    return true;
  }

  private travel(direction: 'undo' | 'redo'): boolean {
    if (!this.writable) return false;
    this.closeEntry(true);
    const step = direction === 'undo' ? this.history.undo() : this.history.redo();
    if (!step) {
      this.announce(direction === 'undo' ? EDIT.nothingToUndo : EDIT.nothingToRedo);
      return false;
    }
    this.apply(step, direction === 'undo' ? 'from' : 'to', direction);
    this.announce(direction === 'undo' ? EDIT.undone(step.length) : EDIT.redone(step.length));
    return true;
  }

  /** What a cell holds after this text: its value, blank, or (not a value) the text, with the report's value kept. */
  private slotFor(path: string, text: string): Slot {
    const typed = text.trim();
    const entry = readEntry(typed, cellInfo(path)?.amount ?? false);
    if (entry.kind === 'blank') return { value: null };
    if (entry.kind === 'value') return { value: entry.value };
    return { value: this.state ? slotOf(this.state, path).value : null, text: typed };
  }

  private textOf(path: string): string {
    if (!this.state) return '';
    return this.state.entries.get(path) ?? entryText(readValue(this.state.report, path) as number | null);
  }

  private announce(text: Bilingual | string): void {
    this.status = typeof text === 'string' ? text : pick(text, this.lang);
    this.notes = [];
    if (this.bar) {
      this.bar.status.textContent = this.status;
      this.bar.notes.replaceChildren();
    }
  }

  // ---- drafts

  private offerDraft(): void {
    const key = this.host.draftKey;
    this.offer = undefined;
    if (!key || !this.state) return;
    const draft = readDraft(key);
    if (draft === null) {
      removeDraft(key);
      this.announce(EDIT.draftUnreadable);
    } else if (draft) {
      const differs = draft.state.entries.size > 0 || itemsToState(this.state, draft.state, this.options.tables).length > 0;
      // A draft equal to the report given was saved (submitted): nothing to offer.
      if (differs) this.offer = draft;
      else removeDraft(key);
    }
  }

  private restoreDraft(): void {
    const draft = this.offer;
    this.offer = undefined;
    if (!draft || !this.state || !this.writable) return;
    this.commit(itemsToState(this.state, draft.state, this.options.tables), 'draft');
    this.announce(EDIT.draftRestored);
  }

  private discardDraft(): void {
    this.offer = undefined;
    if (this.host.draftKey) removeDraft(this.host.draftKey);
    this.host.requestUpdate();
  }

  private readonly onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (!this.writable || !this.dirty) return;
    event.preventDefault();
    // Older browsers ask only when returnValue is set.
    event.returnValue = '';
  };

  // ---- the form

  private syncMirror(): void {
    const name = this.host.name;
    const report = this.state?.report;
    if (!name || !report || !this.host.editable) {
      this.mirror?.remove();
      this.mirror = this.mirrored = undefined;
      return;
    }
    if (!this.mirror) {
      this.mirror = this.host.ownerDocument.createElement('input');
      this.mirror.type = 'hidden';
    }
    const mirror = this.mirror;
    if (mirror.parentNode !== this.host) this.host.append(mirror);
    if (mirror.name !== name) mirror.name = name;
    setAttribute(mirror, 'form', this.host.getAttribute('form'));
    mirror.disabled = this.host.disabled;
    if (this.mirrored !== report) {
      mirror.value = JSON.stringify(report);
      this.mirrored = report;
    }
  }

  /** What makes the report not ready to submit, first first: texts that are not values, a missing agency, error findings. */
  private collectProblems(): Problem[] {
    const state = this.state;
    if (!state) return [];
    const lang = this.lang;
    const problems: Problem[] = [];
    for (const table of this.options.tables) {
      for (const cell of cellsOf(table, state.report).cells) {
        const text = state.entries.get(cell.path);
        if (text === undefined) continue;
        const entry = readEntry(text, cell.amount);
        if (entry.kind === 'invalid') problems.push({ message: EDIT.invalidEntry(cell.path, text, entry.reason, lang), path: cell.path });
      }
    }
    if (this.options.whole && !state.report.agency.trim()) problems.push({ message: pick(EDIT.noAgency, lang), path: 'agency' });
    for (const [path, message] of this.fieldErrors) problems.push({ message, path });
    for (const finding of this.host.findings) {
      if (finding.severity !== 'error') continue;
      const message = finding.table === 'report' ? finding.message : EDIT.finding(finding.table, finding.message, lang);
      problems.push({ message, ...(finding.cells[0] ? { path: finding.cells[0] } : {}) });
    }
    return problems;
  }

  private updateValidity(): void {
    this.problems = this.validating ? this.collectProblems() : [];
    const first = this.problems[0];
    if (!this.internals) return;
    if (first) this.internals.setValidity({ customError: true }, first.message, this.target(first.path) ?? undefined);
    else this.internals.setValidity({});
  }

  /** The cell or field control of a path, in the element's shadow root. */
  private target(path: string | undefined): HTMLElement | null {
    if (!path) return null;
    const root = this.host.renderRoot;
    const control = this.bar?.controls.get(path as FieldPath)?.control;
    return control ?? root.querySelector<HTMLElement>(`td[data-path="${CSS.escape(path)}"]`);
  }

  private formOf(event: Event): boolean {
    const form = event.target as HTMLFormElement;
    return this.internals ? this.internals.form === form : form.contains(this.host);
  }

  private readonly onSubmit = (event: Event): void => {
    if (!this.live || !this.formOf(event)) return;
    // Without ElementInternals nothing else stops a form whose report has errors.
    if (!this.internals && this.validating && this.problems.length) {
      event.preventDefault();
      this.reportValidity();
      return;
    }
    this.saved = this.state;
  };

  private readonly onReset = (event: Event): void => {
    // With ElementInternals the element's formResetCallback does it.
    if (!this.internals && this.live && this.formOf(event)) this.formReset();
  };

  // ---- the cells

  /**
   * Grid semantics, the roving tabindex, selection and texts that are not values, on every rendered
   * table. A table seen for the first time (or a change of disabled) gets every cell done; after that
   * an update touches only the cells whose marks can have changed: those of error findings and typed
   * texts, now or before (the element patches only the cells whose values or findings changed).
   */
  private decorate(): void {
    const root = this.host.renderRoot;
    const disabled = this.disabledNow;
    const everything = disabled !== this.decoratedDisabled;
    this.decoratedDisabled = disabled;
    const grids = new Map<TableId, TableGrid>();
    for (const element of Array.from(root.querySelectorAll('table'))) {
      const grid = tableGrid(element);
      if (!grid) continue;
      grids.set(grid.table, grid);
      setAttribute(element, 'role', 'grid');
      setAttribute(element, 'aria-multiselectable', 'true');
      setAttribute(element, 'aria-readonly', this.host.readonly ? 'true' : null);
      setAttribute(element, 'aria-disabled', disabled ? 'true' : null);
      if (everything || this.grids.get(grid.table) !== grid) this.decorateCells(grid);
    }
    this.grids = grids;
    const state = this.state!;
    const marked = new Set(state.entries.keys());
    if (this.host.checks === 'show')
      for (const finding of this.host.findings) if (finding.severity === 'error') for (const path of finding.cells) marked.add(path);
    for (const path of new Set([...marked, ...this.invalidMarks])) {
      const cell = grids.get(path.slice(0, path.indexOf('.')) as TableId)?.byPath.get(path);
      if (!cell) continue;
      const text = state.entries.get(path);
      showEntry(cell.td, text);
      describe(cell.td, text === undefined ? undefined : entryId(path));
      setAttribute(cell.td, 'aria-invalid', marked.has(path) ? 'true' : null);
    }
    this.invalidMarks = marked;
  }

  private decorateCells(grid: TableGrid): void {
    const state = this.state;
    if (!state) return;
    const active = this.activeCell(grid);
    const selected = this.selectedCells(grid);
    const marked = selected.length > 1 ? new Set(selected.map((cell) => cell.td)) : undefined;
    const disabled = this.disabledNow;
    for (const cell of grid.cells) {
      const { td, path } = cell;
      setAttribute(td, 'tabindex', disabled ? null : cell === active ? '0' : '-1');
      const isMarked = marked?.has(td) ?? false;
      if (isMarked || td.hasAttribute('aria-selected')) setAttribute(td, 'aria-selected', isMarked ? 'true' : null);
      const text = state.entries.get(path);
      // Most cells hold no text that is not a value, and never did: nothing to do for them.
      if (text !== undefined || td.classList.contains('has-entry')) {
        showEntry(td, text);
        describe(td, text === undefined ? undefined : entryId(path));
      }
      setAttribute(td, 'aria-invalid', text !== undefined || td.part.contains('invalid') ? 'true' : null);
    }
    if (active) this.tabStops.set(grid.table, active.td);
    for (const td of this.marked) if (grid.byTd.has(td) && !marked?.has(td)) this.marked.delete(td);
    for (const td of marked ?? []) this.marked.add(td);
  }

  /** After a move or a new selection: only the cells whose tab stop or selection changed. */
  private markSelection(grid: TableGrid): void {
    const active = this.activeCell(grid);
    const stop = this.tabStops.get(grid.table);
    if (active && stop !== active.td && !this.disabledNow) {
      if (stop && grid.byTd.has(stop)) stop.setAttribute('tabindex', '-1');
      active.td.setAttribute('tabindex', '0');
      this.tabStops.set(grid.table, active.td);
    }
    const selected = this.selectedCells(grid);
    const next = new Set(selected.length > 1 ? selected.map((cell) => cell.td) : []);
    for (const td of this.marked) {
      if (next.has(td)) continue;
      td.removeAttribute('aria-selected');
      this.marked.delete(td);
    }
    for (const td of next) {
      if (this.marked.has(td)) continue;
      td.setAttribute('aria-selected', 'true');
      this.marked.add(td);
    }
  }

  /** Leaves the editing mode: the tables read as before (the report stays as edited). */
  private leave(): void {
    if (!this.decorated) return;
    this.decorated = false;
    this.closeEntry(true);
    this.bar?.root.remove();
    for (const element of Array.from(this.host.renderRoot.querySelectorAll('table'))) {
      for (const name of ['role', 'aria-multiselectable', 'aria-readonly', 'aria-disabled']) element.removeAttribute(name);
      for (const cell of tableGrid(element)?.cells ?? []) {
        for (const name of ['tabindex', 'aria-selected', 'aria-invalid']) cell.td.removeAttribute(name);
        showEntry(cell.td, undefined);
        describe(cell.td, undefined);
      }
    }
    this.tabStops.clear();
    this.marked.clear();
    this.grids.clear();
    this.invalidMarks.clear();
    this.syncMirror();
    this.internals?.setValidity({});
  }

  private activeCell(grid: TableGrid): GridCell | undefined {
    return grid.byPath.get(this.active.get(grid.table) ?? '') ?? grid.navigation.first;
  }

  /** The selected cells of a grid in reading order (the active cell alone when nothing is selected). */
  private selectedCells(grid: TableGrid): GridCell[] {
    const selection = this.selection;
    const anchor = selection?.table === grid.table ? grid.byPath.get(selection.anchor) : undefined;
    const focus = selection && anchor ? grid.byPath.get(selection.focus) : undefined;
    if (anchor && focus) return grid.navigation.rectangle(anchor, focus);
    const active = this.activeCell(grid);
    return active ? [active] : [];
  }

  private cellAt(target: EventTarget | null): { grid: TableGrid; cell: GridCell } | undefined {
    const td = (target as Element | null)?.closest?.('td[data-path]');
    const table = td?.closest('table');
    const grid = table ? tableGrid(table) : undefined;
    const cell = td && grid?.byTd.get(td);
    return grid && cell ? { grid, cell } : undefined;
  }

  /**
   * The cell an event comes from becomes the active one if it is not (focus events are not sent to
   * a page that does not have the system focus, so a cell can be focused without the editor hearing).
   */
  private activate(grid: TableGrid, cell: GridCell): void {
    const selection = this.selection;
    if (this.active.get(grid.table) === cell.path && selection?.table === grid.table && selection.anchor === cell.path) return;
    this.active.set(grid.table, cell.path);
    this.selection = { table: grid.table, anchor: cell.path, focus: cell.path };
    this.column = undefined;
    this.markSelection(grid);
  }

  /** Makes a cell the active one and focuses it; `column`: the column a vertical move keeps. */
  private go(grid: TableGrid, cell: GridCell, column?: number): void {
    this.column = column;
    this.active.set(grid.table, cell.path);
    this.selection = { table: grid.table, anchor: cell.path, focus: cell.path };
    this.markSelection(grid);
    // Scrolling needs the layout, which the next frame computes anyway: it waits for it.
    cell.td.focus({ preventScroll: true });
    const view = cell.td.ownerDocument.defaultView;
    if (view) view.requestAnimationFrame(() => cell.td.scrollIntoView?.({ block: 'nearest', inline: 'nearest' }));
  }

  /** Shift+arrow: the selection's moving corner goes to a cell; the active cell stays. */
  private extend(grid: TableGrid, cell: GridCell): void {
    const anchor = this.activeCell(grid);
    if (!anchor) return;
    this.selection = { table: grid.table, anchor: anchor.path, focus: cell.path };
    this.markSelection(grid);
    cell.td.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    this.announce(EDIT.selected(this.selectedCells(grid).length));
  }

  private step(grid: TableGrid, cell: GridCell, direction: Direction): void {
    const column = this.column ?? cell.col;
    const next = grid.navigation.move(cell, direction, column);
    if (next) this.go(grid, next, column);
  }

  // ---- the input in the active cell

  private openEntry(grid: TableGrid, cell: GridCell, text: string, mode: OpenEntry['mode']): void {
    if (!this.writable) return;
    this.closeEntry(true);
    const input = cell.td.ownerDocument.createElement('input');
    input.type = 'text';
    input.className = 'entry';
    input.setAttribute('part', 'entry');
    input.inputMode = 'decimal';
    input.autocomplete = 'off';
    input.spellcheck = false;
    input.value = text;
    // The cell's full header path names it, and its messages describe it.
    setAttribute(input, 'aria-labelledby', cell.td.getAttribute('headers'));
    setAttribute(input, 'aria-describedby', cell.td.getAttribute('aria-describedby'));
    const shown = cell.td.querySelector('.value')?.textContent ?? '';
    if (cellInfo(cell.path)?.total && readValue(this.state!.report, cell.path) === null && cell.td.part.contains('computed'))
      input.placeholder = pick(EDIT.computedPlaceholder(shown), this.lang);
    cell.td.append(input);
    this.entry = { grid, cell, input, mode };
    input.focus();
    input.setSelectionRange(text.length, text.length);
  }

  /**
   * Closes the input; `commit`: what it holds is written (else the cell keeps what it had: Esc).
   * `leaving`: focus is leaving the input (its focusout); it is removed once that is over, as removing
   * an element in the middle of a focus change costs the browser a great deal.
   */
  private closeEntry(commit: boolean, leaving = false): void {
    const entry = this.entry;
    if (!entry) return;
    this.entry = undefined;
    const { cell, input } = entry;
    if (leaving) queueMicrotask(() => input.remove());
    else {
      if ((this.host.renderRoot as ShadowRoot).activeElement === input) cell.td.focus({ preventScroll: true });
      input.remove();
    }
    if (commit && this.state) this.commit(itemsTo(this.state, [[cell.path, this.slotFor(cell.path, input.value)]]), 'edit');
  }

  /** Writes the open input and moves to a cell (Enter, Tab, an arrow): focus goes first, then the input. */
  private commitAndGo(grid: TableGrid, next: GridCell | undefined, column?: number): void {
    const entry = this.entry;
    if (!entry || !next) {
      this.closeEntry(true);
      return;
    }
    // Detached first: the focusout of the move is not a commit of its own.
    this.entry = undefined;
    this.go(grid, next, column);
    entry.input.remove();
    if (this.state) this.commit(itemsTo(this.state, [[entry.cell.path, this.slotFor(entry.cell.path, entry.input.value)]]), 'edit');
  }

  // ---- events

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (!this.live || event.defaultPrevented) return;
    // A Chinese input method is composing: its Enter, arrows and Esc are its own (WebKit sends 229 without isComposing).
    if (event.isComposing || event.keyCode === 229 || this.composing) return;
    const entry = this.entry;
    if (entry && event.target === entry.input) {
      this.entryKey(event, entry);
      return;
    }
    const found = this.cellAt(event.target);
    if (found) this.cellKey(event, found.grid, found.cell);
  };

  private entryKey(event: KeyboardEvent, entry: OpenEntry): void {
    const { grid, cell } = entry;
    const navigation = grid.navigation;
    const key = event.key;
    if (key === 'Enter') {
      event.preventDefault();
      const column = this.column ?? cell.col;
      this.commitAndGo(grid, navigation.move(cell, event.shiftKey ? 'up' : 'down', column), column);
    } else if (key === 'Tab') {
      const next = event.shiftKey ? navigation.previous(cell) : navigation.next(cell);
      // Tab after the last cell leaves the grid as it would anywhere else.
      if (next) event.preventDefault();
      this.commitAndGo(grid, next);
    } else if (key === 'Escape') {
      event.preventDefault();
      this.closeEntry(false);
    } else if (key === 'F2') {
      event.preventDefault();
      entry.mode = entry.mode === 'enter' ? 'edit' : 'enter';
    } else {
      const direction = ARROWS[key];
      if (!direction || entry.mode === 'edit' || event.shiftKey || event.ctrlKey || event.metaKey || event.altKey) return;
      event.preventDefault();
      const vertical = direction === 'up' || direction === 'down';
      const column = vertical ? (this.column ?? cell.col) : undefined;
      this.commitAndGo(grid, navigation.move(cell, direction, column ?? cell.col), column);
    }
  }

  private cellKey(event: KeyboardEvent, grid: TableGrid, cell: GridCell): void {
    this.activate(grid, cell);
    const navigation = grid.navigation;
    const key = event.key;
    const modifier = event.ctrlKey || event.metaKey;
    const handled = () => event.preventDefault();
    if (modifier && !event.altKey) {
      const letter = key.toLowerCase();
      if (letter === 'z') {
        handled();
        if (event.shiftKey) this.redo();
        else this.undo();
        return;
      }
      if (letter === 'y') {
        handled();
        this.redo();
        return;
      }
      if (letter === 'a' && navigation.first && navigation.last) {
        handled();
        this.go(grid, navigation.first);
        this.extend(grid, navigation.last);
        return;
      }
    }
    const direction = ARROWS[key];
    if (direction && !event.altKey) {
      handled();
      const vertical = direction === 'up' || direction === 'down';
      if (event.shiftKey) {
        const corner = grid.byPath.get(this.selection?.table === grid.table ? this.selection.focus : '') ?? cell;
        const next = navigation.move(corner, direction, corner.col, modifier);
        if (next) this.extend(grid, next);
        return;
      }
      const column = vertical ? (this.column ?? cell.col) : undefined;
      const next = navigation.move(cell, direction, column ?? cell.col, modifier);
      if (next) this.go(grid, next, column);
      return;
    }
    if (key === 'Home' || key === 'End') {
      handled();
      const next = modifier
        ? key === 'Home'
          ? navigation.first
          : navigation.last
        : navigation.rowEdge(cell, key === 'Home' ? 'first' : 'last');
      if (next) this.go(grid, next);
      return;
    }
    if (modifier || event.altKey) return;
    switch (key) {
      case 'Enter':
        handled();
        this.step(grid, cell, event.shiftKey ? 'up' : 'down');
        return;
      case 'Tab': {
        const next = event.shiftKey ? navigation.previous(cell) : navigation.next(cell);
        if (next) {
          handled();
          this.go(grid, next);
        }
        return;
      }
      case 'F2':
        handled();
        this.openEntry(grid, cell, this.textOf(cell.path), 'edit');
        return;
      case 'Escape':
        if (this.selectedCells(grid).length > 1) {
          handled();
          this.go(grid, cell);
        }
        return;
      case 'Delete':
      case 'Backspace':
        handled();
        this.clear(grid);
        return;
    }
    // Typing replaces the cell.
    if (key.length === 1 && this.writable) {
      handled();
      this.openEntry(grid, cell, key, 'enter');
    }
  }

  /** Delete / Backspace: every selected cell becomes blank (null, never 0), as one step. */
  private clear(grid: TableGrid): void {
    if (!this.writable || !this.state) return;
    const cells = this.selectedCells(grid);
    const items = itemsTo(
      this.state,
      cells.map((cell) => [cell.path, { value: null }] as const),
    );
    if (this.commit(items, 'clear')) this.announce(EDIT.cleared(items.length));
  }

  private readonly onFocusIn = (event: Event): void => {
    const found = this.live ? this.cellAt(event.target) : undefined;
    if (!found) return;
    // Focus from elsewhere (a click, a finding's link, Tab into the grid) makes the cell active.
    this.activate(found.grid, found.cell);
  };

  private readonly onFocusOut = (event: Event): void => {
    // Leaving the input (a click elsewhere) writes what it holds, as a spreadsheet does.
    if (this.entry && event.target === this.entry.input) this.closeEntry(true, true);
  };

  private readonly onPointerDown = (event: PointerEvent): void => {
    const found = this.live ? this.cellAt(event.target) : undefined;
    if (!found || (this.entry && event.target === this.entry.input)) return;
    if (event.shiftKey) {
      event.preventDefault();
      this.extend(found.grid, found.cell);
    } else if (
      this.selection?.table !== found.grid.table ||
      this.selection.anchor !== found.cell.path ||
      this.selection.focus !== found.cell.path
    ) {
      // A click selects that cell alone, also the active one (which gets no focus event then).
      this.active.set(found.grid.table, found.cell.path);
      this.selection = { table: found.grid.table, anchor: found.cell.path, focus: found.cell.path };
      this.column = undefined;
      this.markSelection(found.grid);
    }
  };

  private readonly onDoubleClick = (event: Event): void => {
    const found = this.live && !this.entry ? this.cellAt(event.target) : undefined;
    if (found) this.openEntry(found.grid, found.cell, this.textOf(found.cell.path), 'edit');
  };

  private readonly onCopy = (event: ClipboardEvent): boolean => {
    // In the input the browser copies its text.
    if (!this.live || !this.state || this.entry) return false;
    const found = this.cellAt(event.target);
    if (!found || !event.clipboardData) return false;
    this.activate(found.grid, found.cell);
    const cells = this.selectedCells(found.grid);
    const { text, html } = copySelection(this.state, cells);
    event.clipboardData.setData('text/plain', text);
    event.clipboardData.setData('text/html', html);
    event.preventDefault();
    this.announce(EDIT.copied(cells.length));
    return true;
  };

  private readonly onCut = (event: ClipboardEvent): void => {
    const found = this.cellAt(event.target);
    // Read-only: a cut only copies.
    if (found && this.onCopy(event) && this.writable) this.clear(found.grid);
  };

  private readonly onPaste = (event: ClipboardEvent): void => {
    // In the input the browser pastes the text into it.
    if (!this.live || this.entry) return;
    const found = this.cellAt(event.target);
    if (!found) return;
    event.preventDefault();
    if (!this.writable) return;
    this.activate(found.grid, found.cell);
    const html = event.clipboardData?.getData('text/html') ?? '';
    const text = event.clipboardData?.getData('text/plain') ?? '';
    const start = this.selectedCells(found.grid)[0] ?? found.cell;
    if (/<table[\s>]/i.test(html)) {
      const pasting = this.pasteHtml(start.path, html, text);
      const done = (this.busy = pasting.finally(() => {
        if (this.busy === done) this.busy = undefined;
      }));
    } else this.pasteText(found.grid, start, text);
  };

  /** A tab-separated block: the rectangle from the cell, in the table's data order. */
  private pasteText(grid: TableGrid, start: GridCell, text: string): void {
    if (!this.state) return;
    const block = parseTsv(text);
    if (!block.length) {
      this.announce(EDIT.pasteNothing);
      return;
    }
    const plan = planPaste(grid.navigation, start, block, grid.labels);
    this.commit(
      itemsTo(
        this.state,
        plan.targets.map(({ cell, text: field }) => [cell.path, this.slotFor(cell.path, field)] as const),
      ),
      'paste',
    );
    const lang = this.lang;
    const stopped = plan.stopped;
    let message = pick(EDIT.pasted(plan.targets.length), lang);
    if (stopped?.reason === 'outside') message += pick(EDIT.pasteOutside(stopped.row, stopped.column), lang);
    if (stopped?.reason === 'label') {
      const cell = grid.navigation.targets(start, stopped.row - 1)?.[0];
      message += pick(EDIT.pasteLabel(stopped.row, stopped.label ?? '', cell ? cellInWords(cell.path, lang) : ''), lang);
    }
    this.announce(message);
  }

  /** An HTML table: through the importer, so its labels place the values; a table without labels pastes as text. */
  private async pasteHtml(startPath: string, html: string, text: string): Promise<void> {
    let imported: Awaited<ReturnType<typeof import('../import/index.js').importReport>> | undefined;
    try {
      const { importReport } = await import('../import/index.js');
      const report = this.state?.report;
      imported = importReport(html, { partial: true, sourceKind: 'html', agency: report?.agency.trim() || '-', year: report?.year ?? 0 });
    } catch (error) {
      console.warn('disclosure-tables: the importer could not be loaded; the paste is read as text.', error);
    }
    const state = this.state;
    if (!state || !this.writable) return;
    const lang = this.lang;
    if (imported?.ok) {
      const pasted = importedSlots(imported, state, this.options.tables);
      if (pasted.slots.length) {
        this.commit(itemsTo(state, pasted.slots), 'paste');
        this.announce(pick(EDIT.pasted(pasted.slots.length), lang) + pick(EDIT.pastedByLabels, lang));
        this.notes = pasted.notes.map((note) => pick(note.message, lang));
        if (this.bar) this.syncNotes(this.bar);
        return;
      }
      const foreign = pasted.found.filter((table) => !this.options.tables.includes(table));
      if (foreign.length) {
        this.announce(EDIT.pasteOtherTable(foreign, lang));
        return;
      }
    }
    const found = this.cellAt(this.target(startPath));
    if (found) this.pasteText(found.grid, found.cell, text);
  }

  // ---- the bar

  private syncBar(): void {
    const root = this.host.renderRoot as ShadowRoot;
    let bar = this.bar;
    if (!bar) {
      bar = this.bar = buildBar(root.ownerDocument, this.options.whole);
      addEditStyles(root, bar.root);
      bar.root.addEventListener('click', this.onBarClick);
      bar.root.addEventListener('change', this.onFieldChange);
    }
    // Before the element's own content, which lit renders after its marker: lit never touches it.
    if (bar.root.parentNode !== root) root.prepend(bar.root);
    const lang = this.lang;
    labelBar(bar, lang);
    const writable = this.writable;
    const disabled = this.disabledNow;
    for (const action of ACTIONS) {
      const off =
        disabled ||
        (CHANGING.has(action) && !writable) ||
        (action === 'undo' && !this.history.canUndo) ||
        (action === 'redo' && !this.history.canRedo);
      if (bar.buttons[action].disabled !== off) bar.buttons[action].disabled = off;
    }
    const offer = this.offer;
    bar.draft.root.hidden = !offer || !writable;
    if (offer) bar.draft.text.textContent = pick(EDIT.draftFound(timeText(offer.savedAt)), lang);
    this.syncFields(bar);
    if (bar.status.textContent !== this.status) bar.status.textContent = this.status;
    this.syncNotes(bar);
    const state = this.state!;
    if (this.barEntries !== state.entries || this.barLang !== lang) {
      this.barEntries = state.entries;
      this.barLang = lang;
      const doc = root.ownerDocument;
      bar.messages.replaceChildren(
        ...[...state.entries].map(([path, text]) => {
          const item = doc.createElement('li');
          item.id = entryId(path);
          const entry = readEntry(text, cellInfo(path)?.amount ?? false);
          item.textContent = EDIT.invalidEntry(path, text, entry.kind === 'invalid' ? entry.reason : 'text', lang);
          return item;
        }),
      );
    }
  }

  private syncNotes(bar: Bar): void {
    if (bar.notes.childElementCount === this.notes.length) return;
    const doc = bar.root.ownerDocument;
    bar.notes.replaceChildren(
      ...this.notes.map((note) => {
        const item = doc.createElement('li');
        item.textContent = note;
        return item;
      }),
    );
  }

  private syncFields(bar: Bar): void {
    const report = this.state!.report;
    const focused = (this.host.renderRoot as ShadowRoot).activeElement;
    const disabled = this.disabledNow;
    const readonly = this.host.readonly;
    for (const [path, { control }] of bar.controls) {
      if (control.disabled !== disabled) control.disabled = disabled;
      if (control.readOnly !== readonly) control.readOnly = readonly;
      const error = this.fieldErrors.get(path);
      setAttribute(
        control,
        'aria-invalid',
        error !== undefined || (path === 'agency' && this.host.validate && !report.agency.trim()) ? 'true' : null,
      );
      // What the editor is typing stays; a text that is not a value stays too.
      if (control === focused || error !== undefined) continue;
      const value = readValue(report, path);
      const text = value === null ? '' : String(value);
      if (control.value !== text) control.value = text;
    }
  }

  private readonly onBarClick = (event: Event): void => {
    const button = (event.target as Element).closest?.('button');
    const action = button?.dataset.action;
    if (!action || !this.state) return;
    if (action === 'restore-draft') this.restoreDraft();
    else if (action === 'discard-draft') this.discardDraft();
    else if (action === 'undo') this.undo();
    else if (action === 'redo') this.redo();
    else if (action === 'fill') this.fillBlanks(0);
    else void this.output(action as OutputAction);
  };

  private async output(action: OutputAction): Promise<void> {
    const state = this.state;
    if (!state || !this.bar) return;
    let message = await runOutput(action, state.report, { lang: this.lang, tables: this.options.tables, anchorParent: this.bar.root });
    if (state.entries.size) message += pick(EDIT.entriesLeftOut(state.entries.size), this.lang);
    this.announce(message);
  }

  private readonly onFieldChange = (event: Event): void => {
    const control = event.target as HTMLInputElement | HTMLTextAreaElement;
    const path = control.dataset.field as FieldPath | undefined;
    if (!path || !this.writable || !this.state) return;
    const text = control.value;
    let value: EditValue = text;
    let error: Bilingual | undefined;
    if (path === 'year') {
      const folded = text.normalize('NFKC').trim();
      if (/^\d{4}$/.test(folded)) value = Number(folded);
      else error = EDIT.badYear(text);
    } else if (path === 'publishedOn') {
      const folded = text.normalize('NFKC').trim();
      if (folded && !/^\d{4}-\d{2}-\d{2}$/.test(folded)) error = EDIT.badDate(text);
      value = folded || null;
    } else if (path === 'agency' || path === 'title') value = text.trim();
    if (error) {
      this.fieldErrors.set(path, pick(error, this.lang));
      this.announce(error);
      this.host.requestUpdate();
      return;
    }
    const hadError = this.fieldErrors.delete(path);
    if (!this.commit(itemsTo(this.state, [[path, { value }]]), 'edit') && hadError) this.host.requestUpdate();
  };
}

/** Attaches the editing mode to an element (the element does this the first time `editable` is set). */
export const attachEditor = (host: EditHost, options: EditOptions): Editor => new Editor(host, options);
