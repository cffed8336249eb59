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
import { cellInfo } from '../model/cells.js';
import type { Report } from '../model/schema.js';
import type { TableId } from '../model/tables.js';
import { pick, type Bilingual, type Lang } from '../model/text.js';
import { buildBar, syncBar, type Bar } from './bar.js';
import { CellMarks, setAttribute } from './cell-marks.js';
import { copySelection, importHtml, importedSlots, pasteMessage } from './clipboard.js';
import { readField } from './fields.js';
import { FormLink, problemsOf, type Problem } from './form-link.js';
import { checkEdited, readDraft, removeDraft, saveDraft, timeText, type Draft } from './drafts.js';
import { addEditStyles } from './edit-css.js';
import { EDIT } from './edit-text.js';
import { entryText, readEntry } from './entry.js';
import { History } from './history.js';
import { cellCommand, entryCommand } from './keys.js';
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
  type FieldPath,
  type Slot,
  type StepItem,
} from './state.js';
import type { GridCell, TableGrid } from './table-grid.js';
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

export class Editor implements ReactiveController {
  /** While an HTML paste waits for the importer: the element's `updateComplete` waits for it too. */
  busy: Promise<void> | undefined;
  private state: EditState | undefined;
  /** What a form reset goes back to: the report the element was given. */
  private initial: EditState | undefined;
  /** The state last saved (given, or submitted): `dirty` compares with it. */
  private saved: EditState | undefined;
  private readonly history = new History<StepItem[]>();
  private readonly marks = new CellMarks();
  private readonly form: FormLink;
  /** The column a run of vertical moves keeps. */
  private column: number | undefined;
  private entry: OpenEntry | undefined;
  private composing = false;
  private bar: Bar | undefined;
  private status = '';
  private notes: string[] = [];
  private readonly events: DisclosureEditDetail[] = [];
  private offer: Draft | undefined;
  /** Text typed into a report field that is not a value (a year that is not one), by field. */
  private readonly fieldErrors = new Map<FieldPath, string>();
  private problems: Problem[] = [];
  private decorated = false;
  /** The object given as `report` that the state was made from. */
  private given: unknown;

  constructor(
    private readonly host: EditHost,
    private readonly options: EditOptions,
  ) {
    this.form = new FormLink(host);
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
    if (this.form.internals) return this.form.internals.checkValidity();
    return !this.validating || !this.problems.length;
  }

  reportValidity(): boolean {
    const valid = this.form.internals ? this.form.internals.reportValidity() : this.checkValidity();
    const first = this.validating ? this.problems[0] : undefined;
    if (!valid && first) {
      this.announce(first.message);
      this.target(first.path)?.focus();
    }
    return valid;
  }

  get validationMessage(): string {
    return this.form.internals?.validationMessage ?? (this.validating ? (this.problems[0]?.message ?? '') : '');
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
    this.form.mirrorValue(this.host.editable ? this.state?.report : undefined);
  }

  private updateValidity(): void {
    const state = this.state;
    this.problems =
      this.validating && state
        ? problemsOf({
            state,
            tables: this.options.tables,
            whole: this.options.whole,
            findings: this.host.findings,
            fieldErrors: this.fieldErrors,
            lang: this.lang,
          })
        : [];
    const first = this.problems[0];
    this.form.setValidity(first, this.target(first?.path));
  }

  /** The cell or field control of a path, in the element's shadow root. */
  private target(path: string | undefined): HTMLElement | null {
    if (!path) return null;
    const control = this.bar?.controls.get(path as FieldPath)?.control;
    return control ?? this.host.renderRoot.querySelector<HTMLElement>(`td[data-path="${CSS.escape(path)}"]`);
  }

  private readonly onSubmit = (event: Event): void => {
    if (!this.live || !this.form.isOwnForm(event)) return;
    // Without ElementInternals nothing else stops a form whose report has errors.
    if (!this.form.internals && this.validating && this.problems.length) {
      event.preventDefault();
      this.reportValidity();
      return;
    }
    this.saved = this.state;
  };

  private readonly onReset = (event: Event): void => {
    // With ElementInternals the element's formResetCallback does it.
    if (!this.form.internals && this.live && this.form.isOwnForm(event)) this.formReset();
  };

  // ---- the cells

  /** Grid semantics, tab stops, selection and marks of invalid cells on the rendered tables. */
  private decorate(): void {
    const state = this.state!;
    const errors: string[] = [];
    if (this.host.checks === 'show')
      for (const finding of this.host.findings) if (finding.severity === 'error') errors.push(...finding.cells);
    this.marks.decorate(this.host.renderRoot, { entries: state.entries, errors, disabled: this.disabledNow, readonly: this.host.readonly });
  }

  /** Leaves the editing mode: the tables read as before (the report stays as edited). */
  private leave(): void {
    if (!this.decorated) return;
    this.decorated = false;
    this.closeEntry(true);
    this.bar?.root.remove();
    this.marks.clear(this.host.renderRoot);
    this.syncMirror();
    this.form.setValidity(undefined, null);
  }

  /**
   * The cell an event comes from becomes the active one if it is not (focus events are not sent to
   * a page that does not have the system focus, so a cell can be focused without the editor hearing).
   */
  private activate(grid: TableGrid, cell: GridCell): void {
    if (this.marks.isActive(grid, cell)) return;
    this.column = undefined;
    this.marks.select(grid, cell, cell, this.disabledNow);
  }

  /** Makes a cell the active one and focuses it; `column`: the column a vertical move keeps. */
  private go(grid: TableGrid, cell: GridCell, column?: number): void {
    // Focus first, while the style is clean (focusing makes the browser bring it up to date); then
    // the tab stop and selection. Scrolling needs the layout, which the next frame computes anyway.
    cell.td.focus({ preventScroll: true });
    this.column = column;
    this.marks.select(grid, cell, cell, this.disabledNow);
    const view = cell.td.ownerDocument.defaultView;
    if (view) view.requestAnimationFrame(() => cell.td.scrollIntoView?.({ block: 'nearest', inline: 'nearest' }));
  }

  /** Shift+arrow: the selection's moving corner goes to a cell; the active cell stays. */
  private extend(grid: TableGrid, cell: GridCell): void {
    const anchor = this.marks.activeCell(grid);
    if (!anchor) return;
    this.marks.select(grid, anchor, cell, this.disabledNow);
    cell.td.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    this.announce(EDIT.selected(this.marks.selectedCells(grid).length));
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
    const found = this.marks.cellAt(event.target);
    if (found) this.cellKey(event, found.grid, found.cell);
  };

  private entryKey(event: KeyboardEvent, entry: OpenEntry): void {
    const { grid, cell } = entry;
    const command = entryCommand(event, grid.navigation, cell, { mode: entry.mode, column: this.column });
    if (!command) return;
    // Tab after the last cell leaves the grid as it would anywhere else.
    if (command.kind !== 'commit' || !command.leave) event.preventDefault();
    if (command.kind === 'cancel') this.closeEntry(false);
    else if (command.kind === 'toggle') entry.mode = entry.mode === 'enter' ? 'edit' : 'enter';
    else this.commitAndGo(grid, command.to, command.column);
  }

  private cellKey(event: KeyboardEvent, grid: TableGrid, cell: GridCell): void {
    this.activate(grid, cell);
    const selection = this.marks.selection;
    const corner = grid.byPath.get(selection?.table === grid.table ? selection.focus : '') ?? cell;
    const command = cellCommand(event, grid.navigation, cell, { corner, column: this.column });
    if (!command || (command.kind === 'type' && !this.writable)) return;
    if (command.kind === 'collapse' && this.marks.selectedCells(grid).length < 2) return;
    event.preventDefault();
    switch (command.kind) {
      case 'go':
        this.go(grid, command.to, command.column);
        break;
      case 'extend':
        this.extend(grid, command.to);
        break;
      case 'select-all':
        if (grid.navigation.first && grid.navigation.last) {
          this.go(grid, grid.navigation.first);
          this.extend(grid, grid.navigation.last);
        }
        break;
      case 'undo':
        this.undo();
        break;
      case 'redo':
        this.redo();
        break;
      case 'edit':
        this.openEntry(grid, cell, this.textOf(cell.path), 'edit');
        break;
      case 'type':
        this.openEntry(grid, cell, command.text, 'enter');
        break;
      case 'clear':
        this.clear(grid);
        break;
      case 'collapse':
        this.go(grid, cell);
        break;
    }
  }

  /** Delete / Backspace: every selected cell becomes blank (null, never 0), as one step. */
  private clear(grid: TableGrid): void {
    if (!this.writable || !this.state) return;
    const cells = this.marks.selectedCells(grid);
    const items = itemsTo(
      this.state,
      cells.map((cell) => [cell.path, { value: null }] as const),
    );
    if (this.commit(items, 'clear')) this.announce(EDIT.cleared(items.length));
  }

  private readonly onFocusIn = (event: Event): void => {
    const found = this.live ? this.marks.cellAt(event.target) : undefined;
    if (!found) return;
    // Focus from elsewhere (a click, a finding's link, Tab into the grid) makes the cell active.
    this.activate(found.grid, found.cell);
  };

  private readonly onFocusOut = (event: Event): void => {
    // Leaving the input (a click elsewhere) writes what it holds, as a spreadsheet does.
    if (this.entry && event.target === this.entry.input) this.closeEntry(true, true);
  };

  private readonly onPointerDown = (event: PointerEvent): void => {
    const found = this.live ? this.marks.cellAt(event.target) : undefined;
    if (!found || (this.entry && event.target === this.entry.input)) return;
    if (event.shiftKey) {
      event.preventDefault();
      this.extend(found.grid, found.cell);
    } else if (!this.marks.isActive(found.grid, found.cell, true)) {
      // A click selects that cell alone, also the active one (which gets no focus event then).
      this.column = undefined;
      this.marks.select(found.grid, found.cell, found.cell, this.disabledNow);
    }
  };

  private readonly onDoubleClick = (event: Event): void => {
    const found = this.live && !this.entry ? this.marks.cellAt(event.target) : undefined;
    if (found) this.openEntry(found.grid, found.cell, this.textOf(found.cell.path), 'edit');
  };

  private readonly onCopy = (event: ClipboardEvent): boolean => {
    // In the input the browser copies its text.
    if (!this.live || !this.state || this.entry) return false;
    const found = this.marks.cellAt(event.target);
    if (!found || !event.clipboardData) return false;
    this.activate(found.grid, found.cell);
    const cells = this.marks.selectedCells(found.grid);
    const { text, html } = copySelection(this.state, cells);
    event.clipboardData.setData('text/plain', text);
    event.clipboardData.setData('text/html', html);
    event.preventDefault();
    this.announce(EDIT.copied(cells.length));
    return true;
  };

  private readonly onCut = (event: ClipboardEvent): void => {
    const found = this.marks.cellAt(event.target);
    // Read-only: a cut only copies.
    if (found && this.onCopy(event) && this.writable) this.clear(found.grid);
  };

  private readonly onPaste = (event: ClipboardEvent): void => {
    // In the input the browser pastes the text into it.
    if (!this.live || this.entry) return;
    const found = this.marks.cellAt(event.target);
    if (!found) return;
    event.preventDefault();
    if (!this.writable) return;
    this.activate(found.grid, found.cell);
    const html = event.clipboardData?.getData('text/html') ?? '';
    const text = event.clipboardData?.getData('text/plain') ?? '';
    const start = this.marks.selectedCells(found.grid)[0] ?? found.cell;
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
    const slots = plan.targets.map(({ cell, text: field }) => [cell.path, this.slotFor(cell.path, field)] as const);
    this.commit(itemsTo(this.state, slots), 'paste');
    this.announce(pasteMessage(plan, grid, start, this.lang));
  }

  /** An HTML table: through the importer, so its labels place the values; a table without labels pastes as text. */
  private async pasteHtml(startPath: string, html: string, text: string): Promise<void> {
    const imported = await importHtml(html, this.state?.report);
    const state = this.state;
    if (!state || !this.writable) return;
    const lang = this.lang;
    if (imported?.ok) {
      const pasted = importedSlots(imported, state, this.options.tables);
      if (pasted.slots.length) {
        this.commit(itemsTo(state, pasted.slots), 'paste');
        this.announce(pick(EDIT.pasted(pasted.slots.length), lang) + pick(EDIT.pastedByLabels, lang));
        this.notes = pasted.notes.map((note) => pick(note.message, lang));
        this.host.requestUpdate();
        return;
      }
      const foreign = pasted.found.filter((table) => !this.options.tables.includes(table));
      if (foreign.length) {
        this.announce(EDIT.pasteOtherTable(foreign, lang));
        return;
      }
    }
    const found = this.marks.cellAt(this.target(startPath));
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
    const state = this.state!;
    const lang = this.lang;
    syncBar(bar, {
      lang,
      disabled: this.disabledNow,
      writable: this.writable,
      readonly: this.host.readonly,
      validate: this.host.validate,
      canUndo: this.history.canUndo,
      canRedo: this.history.canRedo,
      offer: this.offer && pick(EDIT.draftFound(timeText(this.offer.savedAt)), lang),
      report: state.report,
      entries: state.entries,
      fieldErrors: this.fieldErrors,
      focused: root.activeElement,
      status: this.status,
      notes: this.notes,
    });
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
    const read = readField(path, control.value);
    if ('error' in read) {
      this.fieldErrors.set(path, pick(read.error, this.lang));
      this.announce(read.error);
      this.host.requestUpdate();
      return;
    }
    const hadError = this.fieldErrors.delete(path);
    if (!this.commit(itemsTo(this.state, [[path, { value: read.value }]]), 'edit') && hadError) this.host.requestUpdate();
  };
}

/** Attaches the editing mode to an element (the element does this the first time `editable` is set). */
export const attachEditor = (host: EditHost, options: EditOptions): Editor => new Editor(host, options);
