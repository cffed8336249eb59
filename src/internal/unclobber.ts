/**
 * Runs before lit in the drop-in file. An element with `id="litHtmlVersions"` (or another of the
 * globals lit reads at load) is also `window.litHtmlVersions` — named access — and lit's
 * `(globalThis.litHtmlVersions ??= []).push(…)` would throw, so that no element upgrades. Each such
 * global that is not of the type lit expects is shadowed by one of that type (own window
 * properties win over named access); one that another copy of lit set is left as it is.
 */
import { guardPolicies } from './policy-guard.js';

const page = globalThis as unknown as Record<string, unknown>;
const fresh: [readonly string[], (value: unknown) => boolean, () => unknown][] = [
  [['litHtmlVersions', 'litElementVersions', 'reactiveElementVersions'], Array.isArray, () => []],
  [['litPropertyMetadata'], (value) => value instanceof WeakMap, () => new WeakMap()],
  // Read as functions (polyfills), and as the Trusted Types API where a browser lacks it.
  [
    ['litHtmlPolyfillSupport', 'litElementPolyfillSupport', 'reactiveElementPolyfillSupport', 'litElementHydrateSupport'],
    (value) => value === undefined || typeof value === 'function',
    () => undefined,
  ],
  [
    ['trustedTypes'],
    (value) => value === undefined || typeof (value as { createPolicy?: unknown }).createPolicy === 'function',
    () => undefined,
  ],
];
for (const [names, expected, make] of fresh) for (const name of names) if (!expected(page[name])) page[name] = make();
guardPolicies();
