/**
 * The machinery every element shares: it takes a report from the `report` property, a `src` URL
 * or inline JSON; checks its structure; computes the values the cells show; runs the checker;
 * fires `disclosure-check` / `disclosure-error`; and renders the status or error panel.
 * Subclasses only say which tables they show and render them.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ProseRules } from '../check/prose/index.js';
import { checkWith } from '../check/rules.js';
import type { Finding } from '../check/findings.js';
import { reportValues, type ReportValues } from '../check/values.js';
import type { TableId } from '../model/tables.js';
import { pick, type Lang } from '../model/text.js';
import { UI } from '../model/ui-text.js';
import type { Report } from '../model/schema.js';
import { emit, type DisclosureCheckDetail, type DisclosureErrorDetail, type ReportProblem } from './events.js';
import type { ChecksMode } from './render-table.js';
import type { ImportWarning } from '../import/types.js';
import { ReportSourceController, unexpected, type SourceState } from './report-source-controller.js';
import { PreviousReportController, previousNotes } from './previous-report-controller.js';
import type { Loaded } from '../load/load.js';
import { ensurePrintPage, tableStyles } from './table.styles.js';
import { linkedStyleRoot } from './style-root.js';

/** The prose rules, loaded on the first report that has prose (in the drop-in, a file of its own). */
let proseRules: ProseRules | undefined;
/** The prose rules could not be loaded (the file is missing from the site): the tables are checked without them. */
let proseUnavailable = false;
let proseLoading: Promise<void> | undefined;
const loadProse = () =>
  (proseLoading ??= import('../check/prose/index.js').then(
    (module) => void (proseRules = module.PROSE_RULES),
    (error: unknown) => {
      proseUnavailable = true;
      console.warn('disclosure-tables: the prose rules could not be loaded; the tables are checked without them.', error);
    },
  ));
const hasProse = (report: Report) => Object.values(report.sections ?? {}).some((text) => Boolean(text?.trim()));

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
 *
 * @prop {unknown} report - The report object (report JSON). Takes precedence over `src` and inline JSON.
 * @prop {unknown} previous - The same body's report of the year before (report JSON), for the `previous.*` checks. Takes precedence over `previous-src`.
 * @prop {readonly Finding[]} findings - The findings of the element's tables (read-only; empty when `checks="off"`).
 *
 * @event {CustomEvent<{ findings: readonly Finding[] }>} disclosure-check - After every check of a new report, language or checks mode. Bubbles, composed.
 * @event {CustomEvent<{ errors: readonly ReportProblem[] }>} disclosure-error - When the report cannot be shown: a structural error, a failed load, or text that is not JSON. Bubbles, composed.
 *
 * @slot - An inline `<script type="application/json">` holding the report, for pages that run no script of their own; or the report's published `<table>`, which the element imports, shows in the official layout and keeps as the fallback.
 *
 * @csspart scroll - The focusable region around each table that scrolls on narrow screens.
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

  /** The report: an object in the report JSON shape. Takes precedence over `src` and inline JSON. */
  @property({ attribute: false }) report?: unknown;

  /** URL of report JSON, used when `report` is not set. The newest `src` always wins. */
  @property({ reflect: true }) src?: string;

  /** The same body's report of the year before, for the `previous.*` checks; takes precedence over `previous-src`. */
  @property({ attribute: false }) previous?: unknown;

  /** URL of the same body's report of the year before, used when `previous` is not set. */
  @property({ attribute: 'previous-src', reflect: true }) previousSrc?: string;

  /** `show` marks and lists findings; `silent` only computes and fires them; `off` does neither. */
  @property({ reflect: true }) checks: ChecksMode = 'show';

  /** The language of labels and messages: `en` for English, Chinese otherwise; inherited from ancestors when not set. */
  @property({ reflect: true }) override lang!: string;

  @state() protected status: Status = { kind: 'empty' };

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
  private derivedWithProse: ProseRules | boolean = false;
  /** While the prose rules load for the current report: its findings and event wait for them. */
  private proseWait: Promise<unknown> | undefined;
  /** The previous report the findings were derived from. */
  private derivedFromPrevious: Loaded | undefined;
  /** The source state the values and findings were derived from. */
  private derivedFrom: SourceState | undefined;
  private currentFindings: readonly Finding[] = [];
  private pendingEvent:
    undefined | { name: 'disclosure-check'; detail: DisclosureCheckDetail } | { name: 'disclosure-error'; detail: DisclosureErrorDetail };

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
  }

  /** Without constructable style sheets, the drop-in links its style sheet file (no inline <style>, for a strict CSP). */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const linked = linkedStyleRoot(this, (this.constructor as typeof LitElement).shadowRootOptions);
    if (!linked) return super.createRenderRoot();
    this.renderOptions.renderBefore ??= linked.firstChild;
    return linked;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('report') || changed.has('src')) this.source.reload();
    if (!this.hasUpdated || changed.has('previous') || changed.has('previousSrc')) this.previousSource.reload();
    if (this.source.state !== this.derivedFrom) this.show(this.source.state);
    else if (
      changed.has('lang') ||
      changed.has('checks') ||
      this.previousSource.loaded !== this.derivedFromPrevious ||
      this.derivedWithProse !== (proseRules ?? proseUnavailable)
    )
      this.refresh();
  }

  /** Also waits for the prose rules when the report has prose, so that `findings` is complete after it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    // A report given at once but not well-formed waits for its explanation; then the prose rules.
    for (const wait of [() => this.source.pending, () => this.proseWait]) {
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
        const waiting = !proseRules && !proseUnavailable && hasProse(status.report);
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
        if (!waiting) this.pendingEvent = { name: 'disclosure-check', detail: { findings: this.currentFindings } };
      }
    } catch (error) {
      const loaded = unexpected(error);
      const problems = loaded.ok ? [] : loaded.problems;
      this.status = { kind: 'problems', problems };
      this.pendingEvent = { name: 'disclosure-error', detail: { errors: problems } };
    }
  }

  protected override render(): TemplateResult {
    const lang = this.language;
    const status = this.status;
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
