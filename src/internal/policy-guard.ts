/**
 * Trusted Types on a page whose policy forbids lit's `lit-html` policy: lit's creation of it at
 * load would throw, and every element would stay blank. The drop-in's prelude (unclobber.ts)
 * guards that one call: a policy the page forbids is recorded, and the elements are then not
 * defined at all (define.ts), so the page's own content — a pasted table, the fallback text of
 * inline JSON — stays as it is, and the console names the policy to allow.
 */
export const blockedPolicies: string[] = [];

type Factory = { createPolicy: (name: string, rules: object) => unknown };

export function guardPolicies(): void {
  const factory = (globalThis as { trustedTypes?: Factory }).trustedTypes;
  if (typeof factory?.createPolicy !== 'function') return;
  const create = factory.createPolicy;
  Object.defineProperty(factory, 'createPolicy', {
    configurable: true,
    writable: true,
    value(name: string, rules: object) {
      // lit's one call, at its load: after it the page's own factory answers again.
      if (name === 'lit-html') delete (factory as Partial<Factory>).createPolicy;
      try {
        return create.call(factory, name, rules);
      } catch {
        blockedPolicies.push(name);
        return undefined;
      }
    },
  });
}
