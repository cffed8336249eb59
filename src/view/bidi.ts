/**
 * Bidirectional isolation of the report's own text. An agency named "\u202E某某局" (a right-to-left
 * override) would otherwise reverse the year after it in every caption ("4202"). Where a text puts
 * the agency beside other words (a caption's subtitle, the default title), it stands between FIRST
 * STRONG ISOLATE and POP DIRECTIONAL ISOLATE — what `<bdi>` does, as text, so that it holds in the
 * elements, the static export and a copy alike. A given title is a heading of its own: it needs none.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
