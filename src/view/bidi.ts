/**
 * Bidirectional isolation of the report's own text. An agency named "\u202E某某局" (a right-to-left
 * override) would otherwise reverse the year after it in every caption ("4202"). Each emitter wraps
 * the parts this gives as isolated (`<bdi>`), so that no report text reorders what is around it.
 */

/** `text` cut around each occurrence of `isolate`: odd indexes are the isolated parts. */
export function isolatedParts(text: string, isolate: string): string[] {
  return isolate ? text.split(isolate).flatMap((part, index) => (index ? [isolate, part] : [part])) : [text];
}
