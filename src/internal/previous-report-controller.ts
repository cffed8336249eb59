/**
 * Last year's report of an element (`previous` property, then `previous-src` URL), loaded as the
 * report itself is (src/load), for the checker's `previous.*` rules. The newest `previous-src`
 * wins: older requests are aborted and their answers ignored.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { explainInBrowser, fromUrl } from '../load/browser.js';
import type { ImportWarning } from '../import/types.js';
import { fromObject, type Loaded } from '../load/load.js';
import { UI } from '../model/ui-text.js';
import { unexpected } from './report-source-controller.js';

interface PreviousHost extends ReactiveControllerHost {
  previous?: unknown;
  previousSrc?: string | undefined;
}

export class PreviousReportController implements ReactiveController {
  /** What was loaded (`undefined` while there is none, or while it loads); a new object whenever it changes. */
  loaded: Loaded | undefined;
  private request = 0;
  private abortController: AbortController | undefined;
  /** A request is under way (a move in the document aborts it: it starts again on reconnection). */
  private pending = false;

  constructor(private readonly host: PreviousHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.pending) this.reload();
  }

  hostDisconnected(): void {
    this.abortController?.abort();
  }

  reload(): void {
    this.abortController?.abort();
    const request = ++this.request;
    const { previous, previousSrc } = this.host;
    this.pending = false;
    if (previous !== undefined) {
      const loaded = guard(() => fromObject(previous, explainInBrowser));
      if (loaded instanceof Promise) {
        this.set(undefined);
        this.pending = true;
        void loaded.then((result) => {
          if (request !== this.request) return;
          this.pending = false;
          this.set(result);
        });
      } else this.set(loaded);
    } else if (previousSrc) {
      const controller = (this.abortController = new AbortController());
      this.set(undefined);
      this.pending = true;
      fromUrl(previousSrc, controller.signal)
        .catch((error: unknown) => (controller.signal.aborted ? undefined : unexpected(error)))
        .then((loaded) => {
          if (!loaded || request !== this.request) return;
          this.pending = false;
          this.set(loaded);
        });
    } else this.set(undefined);
  }

  private set(loaded: Loaded | undefined): void {
    this.loaded = loaded;
    this.host.requestUpdate();
  }
}

function guard(read: () => Loaded | Promise<Loaded>): Loaded | Promise<Loaded> {
  try {
    return read();
  } catch (error) {
    return unexpected(error);
  }
}

/** Why last year's report was not compared, as notes shown with how the report was read. */
export function previousNotes(loaded: Loaded | undefined): ImportWarning[] {
  if (!loaded || loaded.ok) return [];
  return loaded.problems.map((problem) => ({
    kind: 'previousUnreadable',
    message: UI.previousUnreadable(problem.message),
    source: '',
    ...(problem.path ? { path: problem.path } : {}),
  }));
}
