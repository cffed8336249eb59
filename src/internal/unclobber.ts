/**
 * Runs before lit in the drop-in file. An element with `id="litHtmlVersions"` (or another of the
 * globals lit reads at load) is also `window.litHtmlVersions` — named access — and lit's
 * `(globalThis.litHtmlVersions ??= []).push(…)` would throw, so that no element upgrades. Each such
 * global that is not of the type lit expects is shadowed by one of that type (own window
 * properties win over named access); one that another copy of lit set is left as it is.
 */
import { guardPolicies } from './policy-guard.js';

const page = globalThis as unknown as Record<string, unknown>;
for (const name of ['litHtmlVersions', 'litElementVersions', 'reactiveElementVersions']) if (!Array.isArray(page[name])) page[name] = [];
if (!(page.litPropertyMetadata instanceof WeakMap)) page.litPropertyMetadata = new WeakMap();
for (const name of ['litHtmlPolyfillSupport', 'litElementPolyfillSupport', 'reactiveElementPolyfillSupport', 'litElementHydrateSupport'])
  if (page[name] !== undefined && typeof page[name] !== 'function') page[name] = undefined;
// Read as polyfills and as the Trusted Types API where a browser lacks them.
const real = (value: unknown, member: string) => typeof (value as Record<string, unknown> | undefined)?.[member] === 'function';
if (page.trustedTypes !== undefined && !real(page.trustedTypes, 'createPolicy')) page.trustedTypes = undefined;
for (const name of ['ShadyCSS', 'ShadyDOM'])
  if (page[name] !== undefined && (typeof Node === 'undefined' || page[name] instanceof Node || page[name] instanceof HTMLCollection))
    page[name] = undefined;
guardPolicies();
