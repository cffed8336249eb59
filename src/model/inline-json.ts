/**
 * Report JSON to put inside `<script type="application/json">` in a page: `<`, `>` and `&` written
 * as `\u003c`, `\u003e`, `\u0026` (still the same JSON), so that a `</script>` or `<!--` in the prose
 * cannot end the script element early and turn the rest into markup; U+2028/U+2029 too.
 */
const ESCAPES: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

export function inlineJson(report: unknown, space?: number): string {
  return JSON.stringify(report, null, space).replace(/[<>&\u2028\u2029]/g, (char) => ESCAPES[char]!);
}
