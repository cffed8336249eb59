/**
 * Trusted Types: on a page with `require-trusted-types-for 'script'`, DOMParser takes only
 * TrustedHTML. The library's own policy, `disclosure-tables`, passes markup through unchanged, and
 * only to DOMParser, whose document is inert: no script in it runs, nothing loads, and none of it
 * enters the page (only its text is read). The policy is made once per page, on first use, and
 * shared with any other copy of the library through a global symbol (a policy name can be used once).
 */
export const POLICY_NAME = 'disclosure-tables';

type Factory = { createPolicy(name: string, rules: { createHTML(text: string): string }): { createHTML(text: string): unknown } };
type Slot = { policy?: { createHTML(text: string): unknown }; error?: string };

const KEY = Symbol.for('disclosure-tables.trusted-types');

/** `source` as DOMParser takes it on this page. Throws, naming the policy to allow, where the page forbids it. */
export function inertHtml(source: string): string {
  const page = globalThis as unknown as { trustedTypes?: Factory } & Record<symbol, Slot | undefined>;
  const factory = page.trustedTypes;
  if (!factory || typeof factory.createPolicy !== 'function') return source;
  let slot = page[KEY];
  if (!slot) {
    slot = {};
    try {
      slot.policy = factory.createPolicy(POLICY_NAME, { createHTML: (text) => text });
    } catch (error) {
      // Not allowed: plain strings still work where the page does not require Trusted Types.
      slot.error = error instanceof Error ? error.message : String(error);
    }
    page[KEY] = slot;
  }
  return slot.policy ? (slot.policy.createHTML(source) as string) : source;
}

/** A failure the page's Trusted Types policy caused, as an error that says what to allow; other errors as they are. */
export function explainTrustedTypes(error: unknown): unknown {
  const text = error instanceof Error ? error.message : String(error);
  if (!/TrustedHTML|Trusted ?Type/i.test(text)) return error;
  const advice = `this page's Content-Security-Policy requires Trusted Types and does not allow the policy "${POLICY_NAME}": add ${POLICY_NAME} (and lit-html) to its trusted-types directive`;
  console.error(`disclosure-tables: ${advice}`);
  return Object.assign(new Error(advice), {
    bilingual: {
      zh: `页面的内容安全策略要求 Trusted Types，但不允许策略 ${POLICY_NAME}：请在其 trusted-types 指令中加入 ${POLICY_NAME}（及 lit-html）`,
      en: advice,
    },
  });
}
