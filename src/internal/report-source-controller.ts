/**
 * Where an element's report comes from, as a Lit reactive controller. Precedence: the `report`
 * property, then the `src` URL (the newest `src` always wins: older requests are aborted and their
 * answers ignored), then an inline `<script type="application/json">` child (read again when a CMS
 * preview edits it in place), then a published `<table>` pasted inside (imported; it stays in the
 * light DOM as the fallback). The host reads `state` and derives everything it shows from it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { explainInBrowser, fromPageTable, fromUrl, inlineJson } from '../load/browser.js';
import { fromJsonText, fromObject, type Loaded } from '../load/load.js';
import type { Report } from '../model/schema.js';
import { translated } from '../model/text.js';

/** Which source a report came from. */
export type SourceOrigin = 'property' | 'src' | 'inline' | 'page-table';

export type SourceState =
  { kind: 'empty' } | { kind: 'loading'; origin: SourceOrigin } | { kind: 'loaded'; origin: SourceOrigin; loaded: Loaded };

interface SourceHost extends ReactiveControllerHost, HTMLElement {
  report?: unknown;
  src?: string | undefined;
}

/** Any exception as a problem: the element shows it instead of throwing out of a callback. */
export function unexpected(error: unknown): Loaded {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    ok: false,
    notes: [],
    problems: [{ path: '', code: 'unexpected', message: translated(`意外错误：${detail}`, (en) => en.load.unexpected(detail)) }],
  };
}

function guard(read: () => Loaded | Promise<Loaded>): Loaded | Promise<Loaded> {
  try {
    return read();
  } catch (error) {
    return unexpected(error);
  }
}

export class ReportSourceController implements ReactiveController {
  /** What the host shows; a new object whenever it changes. */
  state: SourceState = { kind: 'empty' };
  /** While a report given at once (property, inline JSON) waits for the explanation of its errors. */
  pending: Promise<void> | undefined;
  private request = 0;
  private abortController: AbortController | undefined;
  private observer: MutationObserver | undefined;

  constructor(private readonly host: SourceHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // A move in the document disconnects first, which cancels a pending request: start it again.
    if (this.state.kind === 'loading') this.reload();
    this.observer = new MutationObserver(() => {
      if (this.host.report === undefined && !this.host.src) this.reload();
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.abortController?.abort();
  }

  /** Reads the report again from the source that takes precedence now; `trusted`: a report already well-formed (the editor's). */
  reload(trusted?: Report): void {
    this.abortController?.abort();
    const request = ++this.request;
    const host = this.host;
    this.pending = undefined;
    if (trusted) this.set({ kind: 'loaded', origin: 'property', loaded: { ok: true, report: trusted, notes: [] } });
    else if (host.report !== undefined) {
      const report = host.report;
      this.take(
        request,
        'property',
        guard(() => fromObject(report, explainInBrowser)),
      );
    } else if (host.src) {
      const controller = (this.abortController = new AbortController());
      this.set({ kind: 'loading', origin: 'src' });
      this.settle(request, 'src', () => fromUrl(host.src!, controller.signal), controller.signal);
    } else {
      const script = inlineJson(host);
      if (script)
        this.take(
          request,
          'inline',
          guard(() => fromJsonText(script.textContent ?? '', 'script', explainInBrowser)),
        );
      else if (host.querySelector('table')) {
        this.set({ kind: 'loading', origin: 'page-table' });
        this.settle(request, 'page-table', () => fromPageTable(host));
      } else this.set({ kind: 'empty' });
    }
  }

  /** A source read at once, or (a report that is not well-formed) once its explanation has loaded. */
  private take(request: number, origin: SourceOrigin, loaded: Loaded | Promise<Loaded>): void {
    if (!(loaded instanceof Promise)) {
      this.set({ kind: 'loaded', origin, loaded });
      return;
    }
    this.set({ kind: 'loading', origin });
    this.pending = this.settle(request, origin, () => loaded);
  }

  private settle(request: number, origin: SourceOrigin, load: () => Promise<Loaded>, signal?: AbortSignal): Promise<void> {
    return load()
      .catch((error: unknown) => (signal?.aborted ? undefined : unexpected(error)))
      .then((loaded) => {
        if (loaded && request === this.request) this.set({ kind: 'loaded', origin, loaded });
      });
  }

  private set(state: SourceState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
