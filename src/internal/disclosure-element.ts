/**
 * The machinery every element shares: it takes a report from the `report` property, a `src` URL
 * or inline JSON; checks its structure; computes the values the cells show; runs the checker;
 * fires `disclosure-check` / `disclosure-error`; and renders the status or error panel.
 * Subclasses only say which tables they show and render them.
 */
import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { BeyondRules } from '../check/beyond.js';
import { checkWith } from '../check/rules.js';
import type { Finding } from '../check/findings.js';
import { reportValues, type ReportValues } from '../check/values.js';
import { tableOf } from '../model/cells.js';
import type { TableId } from '../model/tables.js';
import { gridFor } from '../layout/tables.js';
import { NARROW_BELOW, choiceOf, layoutView } from '../view/table-view.js';
import { hasEnglish, lacksEnglish, pick, useEnglish, type Lang } from '../model/text.js';
import { UI } from '../model/ui-text.js';
import type { Report } from '../model/schema.js';
import { emit, type DisclosureCheckDetail, type DisclosureErrorDetail, type ReportProblem } from './events.js';
import type { ChecksMode } from './render-table.js';
import type { ImportWarning } from '../import/types.js';
import { ReportSourceController, unexpected, type SourceState } from './report-source-controller.js';
import { PreviousReportController, previousNotes } from './previous-report-controller.js';
import type { Loaded } from '../load/load.js';
import type { Editor } from '../edit/editor.js';
import { ensurePrintPage, tableStyles } from './table.styles.js';
import { linkedStyleRoot } from './style-root.js';
import { focusInView } from './focus.js';

/** Says on the console that one of the drop-in's files loaded on demand could not be loaded, and what follows. */
const notLoaded = (what: string, error: unknown) => console.warn(`disclosure-tables: ${what} could not be loaded`, error);

/**
 * The rules beyond one table (the prose, last year's report), loaded for the first report that has prose
 * or a previous report (in the drop-in, a file of its own).
 */
let proseRules: BeyondRules | undefined;
/** They could not be loaded (the file is missing from the site): the tables are checked without them. */
let proseUnavailable = false;
let proseLoading: Promise<void> | undefined;
const loadProse = () =>
  (proseLoading ??= import('../check/beyond.js').then(
    (module) => void (proseRules = module.BEYOND_RULES),
    (error: unknown) => {
      proseUnavailable = true;
      notLoaded('the rules beyond one table', error);
    },
  ));
const hasProse = (report: Report) => Object.values(report.sections ?? {}).some((text) => Boolean(text?.trim()));

/** The English catalogue, loaded for the first English element (in the drop-in, a file of its own). */
let englishLoading: Promise<void> | undefined;
const loadEnglish = () =>
  (englishLoading ??= import('../model/text-en.js').then(
    (module) => useEnglish(module.EN),
    (error: unknown) => {
      englishFailed = true;
      notLoaded('the English texts', error);
    },
  ));
let englishFailed = false;

/** What the element currently shows. */
type Status =
  { kind: 'empty' } | { kind: 'loading' } | { kind: 'problems'; problems: readonly ReportProblem[] } | { kind: 'ready'; report: Report };

/**
 * The base class of the four elements. Everything documented here applies to each of them:
 * `custom-elements.json` lists it under every element (as inherited from `DisclosureElement`).
 *
 * @attr src - URL of report JSON, used when the `report` property is not set. The newest `src` always wins.
 * @attr previous-src - URL of the same body's report of the year before (loaded like `src`), for the `previous.*` checks.
 * @attr checks - `show` (default) marks and lists findings; `silent` computes and fires them only; `off` does neither.
 * @attr lang - `en` for English labels and messages; Chinese (the official text) otherwise. Inherited from ancestors.
 * @attr outputs - Buttons above the tables for the report shown: `download-excel` `copy-excel` `copy-html` `download-json` `copy-json` (space-separated; no value: the two Excel ones).
 *
 * @prop {unknown} report - The report object (report JSON). Takes precedence over `src` and inline JSON.
 * @prop {unknown} previous - The same body's report of the year before (report JSON), for the `previous.*` checks. Takes precedence over `previous-src`.
 * @prop {readonly Finding[]} findings - The findings of the element's tables (read-only; empty when `checks="off"`).
 *
 * @event {CustomEvent<{ findings: readonly Finding[] }>} disclosure-check - After every check of a new report, language or checks mode. Bubbles, composed.
 * @event {CustomEvent<{ errors: readonly ReportProblem[] }>} disclosure-error - When the report cannot be shown: a structural error, a failed load, or text that is not JSON. Bubbles, composed.
 * @event {CustomEvent<DisclosureEditDetail>} disclosure-edit - Editing mode: after each committed edit, paste, 空白填 0, undo, redo, restored draft or form reset, with `{ changes: [{ path, from, to }], source, invalid }`; `report` is already the new report. Bubbles, composed.
 *
 * @slot - An inline `<script type="application/json">` holding the report, for pages that run no script of their own; or the report's published `<table>`, which the element imports, shows in the official layout and keeps as the fallback.
 *
 * @csspart scroll - The focusable region around each table that scrolls on narrow screens.
 * @csspart column-choice - On a screen too narrow for 表三 or 表四: the control that chooses the column (or group) shown, or the whole table.
 * @csspart table - The `<table>`.
 * @csspart caption - The caption: title, agency and year.
 * @csspart header - Every header cell.
 * @csspart column-header - Column header cells.
 * @csspart row-header - Row header cells.
 * @csspart band-header - Header cells that span a whole band of a table (表二).
 * @csspart corner-header - The top-left header cell.
 * @csspart cell - Every data cell.
 * @csspart note - Cells that hold a printed note instead of a value.
 * @csspart total - Data cells that are totals.
 * @csspart computed - Blank totals showing a computed value.
 * @csspart blank - Cells the report left blank.
 * @csspart invalid - Cells of an error finding.
 * @csspart warning - Cells of a warning finding.
 * @csspart legend - The note under a table that explains the mark of computed values.
 * @csspart findings - The list of findings under the table.
 * @csspart finding - One finding in that list.
 * @csspart finding-error - A finding of severity error in that list.
 * @csspart finding-warning - A finding of severity warning in that list.
 * @csspart finding-info - A finding of severity info (computed totals) in that list.
 * @csspart import-notes - How the report was read where that was a guess (the import of a table pasted inside the element, or a `src` file that is not UTF-8), or that last year's report could not be read, listed with the findings.
 * @csspart error - The error panel shown instead of the table for an invalid report.
 * @csspart status - Loading and empty states.
 * @csspart output-bar - With `outputs`: the bar of output buttons above the tables (and its status line).
 * @csspart output-button - With `outputs`: each button of that bar.
 * @csspart edit-bar - Editing mode: the bar above the tables (commands, outputs, draft offer, status, messages).
 * @csspart edit-button - Editing mode: each button of the bar.
 * @csspart edit-fields - Editing mode of `<disclosure-report>`: the report's agency, year, title, date and prose.
 * @csspart edit-status - Editing mode: the live status line (what a paste, 空白填 0 or undo did).
 * @csspart edit-messages - Editing mode: the messages of cells whose text is not a value.
 * @csspart draft-prompt - Editing mode: the offer to restore an unsaved draft.
 * @csspart entry - Editing mode: the input in the cell being edited.
 * @csspart entry-text - Editing mode: text typed into a cell that is not a value, shown in its cell.
 *
 * @cssprop --disclosure-border-color - Cell borders.
 * @cssprop --disclosure-header-background - Header cells.
 * @cssprop --disclosure-background - The table's background.
 * @cssprop --disclosure-color - Text colour.
 * @cssprop --disclosure-font-family - Font (inherits by default).
 * @cssprop --disclosure-font-size - Font size (inherits by default).
 * @cssprop --disclosure-cell-padding - Cell padding.
 * @cssprop --disclosure-invalid-color - Marks of errors.
 * @cssprop --disclosure-invalid-background - Background of cells with errors.
 * @cssprop --disclosure-warning-color - Marks of warnings.
 * @cssprop --disclosure-warning-background - Background of cells with warnings.
 * @cssprop --disclosure-computed-color - Computed values.
 * @cssprop --disclosure-focus-color - Focus ring.
 */
export abstract class DisclosureElement extends LitElement {
  static override styles = [tableStyles];
  /** A form control in editing mode (ElementInternals: validity, reset, disabled). */
  static formAssociated = true;

  // Declared without decorators: the same reactive properties, without the decorators' code in the drop-in.
  static override properties: PropertyDeclarations = {
    report: { attribute: false },
    src: { reflect: true },
    previous: { attribute: false },
    previousSrc: { attribute: 'previous-src', reflect: true },
    checks: { reflect: true },
    lang: { reflect: true },
    editable: { type: Boolean, reflect: true },
    name: { reflect: true },
    validate: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    readonly: { type: Boolean, reflect: true },
    draftKey: { attribute: 'draft-key', reflect: true },
    outputs: { reflect: true },
  };

  /** The report: an object in the report JSON shape. Takes precedence over `src` and inline JSON. */
  declare report?: unknown;

  /** URL of report JSON, used when `report` is not set. The newest `src` always wins. */
  declare src?: string;

  /** The same body's report of the year before, for the `previous.*` checks; takes precedence over `previous-src`. */
  declare previous?: unknown;

  /** URL of the same body's report of the year before, used when `previous` is not set. */
  declare previousSrc?: string;

  /** `show` marks and lists findings; `silent` only computes and fires them; `off` does neither. */
  checks: ChecksMode = 'show';

  /** The language of labels and messages: `en` for English, Chinese otherwise; inherited from ancestors when not set. */
  declare lang: string;

  /**
   * Editing mode: the data cells (totals included) take Excel's keys, paste and undo; every edit is
   * checked at once. Loaded the first time it is set (the drop-in's `disclosure-tables-edit.js`). An
   * element with no data starts a blank report.
   */
  editable = false;

  /** Editing mode: the form field name; the form value is the report JSON. */
  declare name?: string;

  /** Editing mode: error findings and text that is not a value make the element invalid, so its form does not submit. */
  validate = false;

  /** Editing mode: no editing, no focus, not submitted (as a disabled form control). */
  disabled = false;

  /** Editing mode: cells can be selected and copied, not changed; the value is still submitted. */
  readonly = false;

  /** Editing mode: saves every change in the browser under this key and offers an unsaved draft back on load. */
  declare draftKey?: string;

  /**
   * Buttons above the tables for the report shown: `download-excel`, `copy-excel`, `copy-html`,
   * `download-json`, `copy-json` (space-separated; no value: the two Excel ones). Loaded with the
   * editing mode's file; in editing mode its own bar has them.
   */
  declare outputs?: string;

  /** What the element shows: derived in `willUpdate` from the source's state. */
  protected status: Status = { kind: 'empty' };

  /**
   * Prefixes every id in the shadow root. Ids need no per-instance part inside a shadow root (each
   * is its own id scope), which lets every instance of a table layout share one cloned DOM.
   */
  protected readonly idPrefix = 'dt-';

  /** The tables this element shows and checks. */
  protected abstract readonly tables: readonly TableId[];

  protected values: ReportValues = {};
  /** How the report was read where that was a guess (see `importWarnings`). */
  protected importNotes: readonly ImportWarning[] = [];
  private sourceNotes: readonly ImportWarning[] = [];
  /** The report comes from the light DOM's own table, which stays the fallback. */
  protected upgradingTable = false;
  private readonly source = new ReportSourceController(this);
  private readonly previousSource = new PreviousReportController(this);
  /** The prose rules the findings were derived with (none until they are loaded). */
  private derivedWithProse: BeyondRules | boolean = false;
  /** While the prose rules load for the current report: its findings and event wait for them. */
  private proseWait: Promise<unknown> | undefined;
  /** While the English texts load for an English page. */
  private englishWait: Promise<unknown> | undefined;
  private derivedWithEnglish = false;
  /** The previous report the findings were derived from. */
  private derivedFromPrevious: Loaded | undefined;
  /** The source state the values and findings were derived from. */
  private derivedFrom: SourceState | undefined;
  private currentFindings: readonly Finding[] = [];
  /** The editing mode (src/edit), loaded the first time `editable` is set. */
  private editor: Editor | undefined;
  private editorLoad: Promise<void> | undefined;
  private outputsLoad: Promise<void> | undefined;
  private pendingEvent:
    undefined | { name: 'disclosure-check'; detail: DisclosureCheckDetail } | { name: 'disclosure-error'; detail: DisclosureErrorDetail };

  /** The rules beyond one table, once loaded (for what only their findings need, like the prose's marks). */
  protected get rulesBeyond(): BeyondRules | undefined {
    return proseRules;
  }

  /** The findings of this element's tables (empty when `checks="off"`). */
  get findings(): readonly Finding[] {
    return this.currentFindings;
  }

  /**
   * How the report was read where that involved a guess: what the importer guessed from a table
   * already on the page (quoting the source), or the encoding of a `src` file that was not UTF-8;
   * and why last year's report (`previous`, `previous-src`) could not be read, if it could not.
   */
  get importWarnings(): readonly ImportWarning[] {
    return this.importNotes;
  }

  /** The language in use: `en` when the element's (or an ancestor's) `lang` starts with "en", else Chinese. */
  get language(): Lang {
    // The property first: it is reflected to the attribute only after this update has started.
    const tagged = this.lang ?? this.closest('[lang]')?.getAttribute('lang') ?? '';
    return tagged.trim().toLowerCase().startsWith('en') ? 'en' : 'zh';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    ensurePrintPage(this.ownerDocument);
    this.observeWidth();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  /** Editing mode: sets every blank cell that is not a total to `value` ("空白填 0"), as one undo step; returns how many cells changed. */
  fillBlanks(value: number): number {
    return this.editor?.fillBlanks(value) ?? 0;
  }

  /** Editing mode: undoes the last edit, paste or fill; false when there is nothing to undo. */
  undo(): boolean {
    return this.editor?.undo() ?? false;
  }

  /** Editing mode: redoes what was undone last; false when there is nothing to redo. */
  redo(): boolean {
    return this.editor?.redo() ?? false;
  }

  /** Editing mode with `validate`: whether the report is ready to submit (no error finding, no text that is not a value). */
  checkValidity(): boolean {
    return this.editor?.checkValidity() ?? true;
  }

  /** As `checkValidity()`, and when invalid says why and moves focus to the first problem. */
  reportValidity(): boolean {
    return this.editor?.reportValidity() ?? true;
  }

  /** Editing mode with `validate`: why the element is invalid (names the table, row and column), or ''. */
  get validationMessage(): string {
    return this.editor?.validationMessage ?? '';
  }

  /** Editing mode: whether the report differs from the one given (or last submitted). */
  get dirty(): boolean {
    return this.editor?.dirty ?? false;
  }

  /** @internal */
  formResetCallback(): void {
    this.editor?.formReset();
  }

  /** @internal */
  formDisabledCallback(): void {
    this.requestUpdate();
  }

  /** Without constructable style sheets, the drop-in links its style sheet file (no inline <style>, for a strict CSP). */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const linked = linkedStyleRoot(this, (this.constructor as typeof LitElement).shadowRootOptions);
    if (!linked) return super.createRenderRoot();
    this.renderOptions.renderBefore ??= linked.firstChild;
    return linked;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // An English page waits for the English texts; a Chinese page never fetches them.
    if (lacksEnglish(this.language) && !this.englishWait) this.englishWait = loadEnglish().then(() => this.requestUpdate());
    if (this.editable)
      this.editorLoad ??= import('../edit/index.js').then(
        ({ attachEditor }) => {
          this.editor = attachEditor(this, { tables: this.tables, whole: this.tables.length > 1 });
          this.derivedFrom = undefined;
          this.requestUpdate();
        },
        (error: unknown) => notLoaded('the editing mode', error),
      );
    if (this.outputs !== undefined)
      this.outputsLoad ??= import('../edit/index.js').then(
        ({ attachOutputs }) =>
          attachOutputs(this, { tables: this.tables, report: () => (this.status.kind === 'ready' ? this.status.report : undefined) }),
        (error: unknown) => notLoaded('the outputs', error),
      );
    // Turning editing on or off: the editor takes (or leaves) the report shown.
    if (changed.has('editable')) this.derivedFrom = undefined;
    // The editor's own report is well-formed: shown without reading it again (and stays `report`).
    if (!this.hasUpdated || changed.has('report') || changed.has('src')) {
      const owned = this.editor?.owns(this.report);
      if (owned) this.report = owned;
      this.source.reload(owned);
    }
    if (!this.hasUpdated || changed.has('previous') || changed.has('previousSrc')) this.previousSource.reload();
    if (this.source.state !== this.derivedFrom) this.show(this.source.state);
    else if (
      changed.has('lang') ||
      changed.has('checks') ||
      this.previousSource.loaded !== this.derivedFromPrevious ||
      this.derivedWithEnglish !== hasEnglish() ||
      this.derivedWithProse !== (proseRules ?? proseUnavailable)
    )
      this.refresh();
  }

  /** On a narrow screen, the column (表三) or group (表四) each table shows, or `all`; kept when the report changes. */
  protected columnChoice: Partial<Record<TableId, string>> = {};
  /** The tables this element is too narrow for, by its own width (not the viewport's). */
  protected narrowTables: ReadonlySet<TableId> = new Set();
  private resizeObserver: ResizeObserver | undefined;

  /** Whether the element is too narrow for a table's official layout. */
  protected isNarrow(table: TableId): boolean {
    return this.narrowTables.has(table);
  }

  private observeWidth(): void {
    if (typeof ResizeObserver === 'undefined' || this.resizeObserver) return;
    this.resizeObserver = new ResizeObserver(([entry]) => {
      const width = entry?.contentBoxSize?.[0]?.inlineSize ?? this.clientWidth;
      // In the next frame: changing the layout inside the observer's callback would loop it.
      requestAnimationFrame(() => {
        const em = width / (parseFloat(getComputedStyle(this).fontSize) || 16);
        const narrow = new Set(this.tables.filter((table) => em > 0 && em < (NARROW_BELOW[table] ?? 0)));
        const changed = narrow.size !== this.narrowTables.size || [...narrow].some((table) => !this.narrowTables.has(table));
        if (!changed) return;
        this.narrowTables = narrow;
        this.requestUpdate();
      });
    });
    this.resizeObserver.observe(this);
  }

  /** Shows `choice` of a table on a narrow screen (a column of 表三, a group of 表四, or `all`). */
  protected chooseColumn(table: TableId, choice: string): void {
    this.columnChoice = { ...this.columnChoice, [table]: choice };
    this.requestUpdate();
  }

  /**
   * Moves focus to the cell of a contract path, scrolling it into view; on a narrow screen, shows its
   * column first if another one is shown. Returns whether the cell exists.
   */
  focusCell(path: string): boolean {
    const cell = this.renderRoot.querySelector<HTMLElement>(`td[data-path="${CSS.escape(path)}"]`);
    if (!cell) return false;
    const table = tableOf(path);
    const report = this.status.kind === 'ready' ? this.status.report : undefined;
    const choice = report ? choiceOf(gridFor(table, report), path) : undefined;
    const shown = this.columnChoice[table];
    if (choice && shown !== 'all' && (shown ?? this.firstChoice(table)) !== choice) {
      this.chooseColumn(table, choice);
      // Render now (lit's synchronous update), so the column is shown and focus can move there at once.
      this.performUpdate();
    }
    focusInView(cell, { block: 'center', inline: 'center' });
    return true;
  }

  private firstChoice(table: TableId): string | undefined {
    const report = this.status.kind === 'ready' ? this.status.report : undefined;
    return report ? layoutView(gridFor(table, report), this.language).choices[0]?.key : undefined;
  }

  /** Also waits for the prose rules when the report has prose, so that `findings` is complete after it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    // A report given at once but not well-formed waits for its explanation; then the prose rules.
    for (const wait of [
      () => this.englishWait,
      () => this.editable && this.editorLoad,
      () => this.outputsLoad,
      () => this.editor?.busy,
      () => this.source.pending,
      () => this.proseWait,
    ]) {
      const pending = wait();
      if (!pending) continue;
      await pending;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override updated(): void {
    const event = this.pendingEvent;
    this.pendingEvent = undefined;
    if (event) emit(this, event.name, event.detail);
  }

  /** Takes a new source state and derives everything shown from it. */
  private show(state: SourceState): void {
    // Editing: a loaded report becomes the one edited, and no data at all a blank report.
    const edited = this.editor?.adopt(state);
    if (edited) {
      this.report = edited;
      this.source.reload(edited);
      state = this.source.state;
    }
    this.derivedFrom = state;
    const loaded = state.kind === 'loaded' ? state.loaded : undefined;
    this.upgradingTable = state.kind !== 'empty' && state.origin === 'page-table';
    this.sourceNotes = loaded?.notes ?? [];
    this.status =
      state.kind === 'empty'
        ? { kind: 'empty' }
        : state.kind === 'loading'
          ? { kind: 'loading' }
          : state.loaded.ok
            ? { kind: 'ready', report: state.loaded.report }
            : { kind: 'problems', problems: state.loaded.problems };
    this.refresh();
  }

  /** Recomputes values and findings for the current report, language and checks mode. */
  private refresh(): void {
    const status = this.status;
    const previous = (this.derivedFromPrevious = this.previousSource.loaded);
    this.importNotes = [...this.sourceNotes, ...previousNotes(previous)];
    this.values = {};
    this.currentFindings = [];
    this.pendingEvent = undefined;
    this.derivedWithProse = proseRules ?? proseUnavailable;
    this.derivedWithEnglish = hasEnglish();
    this.proseWait = undefined;
    if (status.kind === 'problems') {
      this.pendingEvent = { name: 'disclosure-error', detail: { errors: status.problems } };
      return;
    }
    if (status.kind !== 'ready') return;
    try {
      this.values = reportValues(status.report, this.tables);
      if (this.checks !== 'off') {
        // The prose rules load on demand: the tables show at once, the findings and their event follow.
        const waiting = !proseRules && !proseUnavailable && (hasProse(status.report) || Boolean(previous?.ok));
        if (waiting) this.proseWait = loadProse().then(() => this.requestUpdate());
        this.currentFindings = checkWith(
          status.report,
          {
            lang: this.language,
            tables: this.tables,
            values: this.values,
            ...(previous?.ok ? { previous: previous.report } : {}),
          },
          proseRules,
        );
        if (!waiting && !this.waitsForEnglish) this.pendingEvent = { name: 'disclosure-check', detail: { findings: this.currentFindings } };
      }
    } catch (error) {
      const loaded = unexpected(error);
      const problems = loaded.ok ? [] : loaded.problems;
      this.status = { kind: 'problems', problems };
      this.pendingEvent = { name: 'disclosure-error', detail: { errors: problems } };
    }
  }

  /** An English page whose English texts are still on their way. */
  private get waitsForEnglish(): boolean {
    return lacksEnglish(this.language) && this.englishWait !== undefined && englishLoading !== undefined && !englishFailed;
  }

  protected override render(): TemplateResult {
    const lang = this.language;
    const status = this.status;
    if (this.waitsForEnglish) return html`<p class="status" part="status" role="status">…</p>`;
    if (status.kind === 'loading') return html`<p class="status" part="status" role="status">${pick(UI.loading, lang)}</p>`;
    if (status.kind === 'empty') return html`<p class="status" part="status">${pick(UI.noReport, lang)}</p>`;
    // A pasted table that could not be imported stays visible under the explanation.
    if (status.kind === 'problems')
      return html`${renderProblems(status.problems, lang)}${this.upgradingTable ? html`<slot></slot>` : nothing}`;
    return this.renderReport(status.report, lang);
  }

  /** Renders a valid report. */
  protected abstract renderReport(report: Report, lang: Lang): TemplateResult;
}

/** The problems an error panel lists (the event has them all): a panel of 100,000 would take seconds to show. */
const SHOWN_PROBLEMS = 50;

function renderProblems(problems: readonly ReportProblem[], lang: Lang): TemplateResult {
  const loadFailed = problems.some((item) => item.code === 'network' || item.code === 'http');
  const title = pick(loadFailed ? UI.loadFailed : UI.invalidReport, lang);
  return html`<div class="error-panel" part="error" role="alert">
    <p class="error-title">${title}${pick(UI.problemCount(problems.length), lang)}</p>
    <ul>
      ${problems.slice(0, SHOWN_PROBLEMS).map((item) => html`<li data-path=${item.path || nothing}>${pick(item.message, lang)}</li>`)}
      ${problems.length > SHOWN_PROBLEMS ? html`<li class="more">${pick(UI.moreProblems(problems.length - SHOWN_PROBLEMS), lang)}</li>` : nothing}
    </ul>
  </div>`;
}
