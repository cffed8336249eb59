// Pages of the attack tests: served by scripts/hostile-pages.mjs with the Content-Security-Policy
// asked for, in an iframe; they load the built drop-in file and record violations, errors and console output.
export type HostileWindow = Window &
  typeof globalThis & {
    __violations: string[];
    __errors: string[];
    __console: string[];
    __importer?: typeof import('../../src/import/index.js');
  };

export const TAGS = ['disclosure-application-table', 'disclosure-active-table', 'disclosure-review-table', 'disclosure-report'] as const;

export interface PageOptions {
  csp?: string;
  body: string;
  /** Remove constructable style sheets before the drop-in loads (as Safari before 16.4 lacks them). */
  noConstructable?: boolean;
  /** Give the policy in a <meta> instead of a header. */
  meta?: boolean;
  /** More of the head (a style sheet link). */
  head?: string;
  /** Also load the importer's file, as `window.__importer`. */
  importer?: boolean;
}

/** Opens the page in an iframe; resolves once it has loaded (the drop-in module has run or failed). */
export async function openPage(options: PageOptions): Promise<HostileWindow> {
  const registered = await fetch('/__hostile/register', { method: 'POST', body: JSON.stringify(options) });
  const id = await registered.text();
  const iframe = document.createElement('iframe');
  iframe.style.width = '1200px';
  iframe.style.height = '900px';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = `/__hostile/page?id=${id}`;
  document.body.append(iframe);
  await loaded;
  return iframe.contentWindow as HostileWindow;
}

/** Waits until every element of the page has rendered (or `ms` passed). */
export async function settled(win: HostileWindow, ms = 4000): Promise<void> {
  const started = performance.now();
  for (;;) {
    const elements = TAGS.flatMap((tag) => Array.from(win.document.querySelectorAll(tag)));
    const defined = TAGS.every((tag) => win.customElements.get(tag));
    if (defined) {
      await Promise.all(elements.map((element) => (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
      const busy = elements.some((element) => element.shadowRoot?.querySelector('[part="status"][role="status"]'));
      if (!busy) return;
    }
    if (performance.now() - started > ms) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function removeFrames(): void {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
}
