/**
 * Number formatting for cells and messages: digit grouping, and exactly the decimals the report
 * gave (万元 amounts such as 18651.06), never rounded and never padded. It works on the number's
 * own shortest decimal form (what JSON wrote), so it needs no Intl — whose first use costs a page
 * tens of milliseconds — and it cannot fail for any number, however small or large.
 */
import type { Lang } from '../model/text.js';

/** The plain decimal digits of a non-negative finite number: no exponent (`1.5e-7` → `0.00000015`). */
function plainDigits(value: number): string {
  const text = String(value);
  const exponent = text.indexOf('e');
  if (exponent < 0) return text;
  const mantissa = text.slice(0, exponent).replace('.', '');
  const power = Number(text.slice(exponent + 1));
  const pointAt = (text.indexOf('.') < 0 || text.indexOf('.') > exponent ? exponent : text.indexOf('.')) + power;
  if (pointAt <= 0) return `0.${'0'.repeat(-pointAt)}${mantissa}`;
  if (pointAt >= mantissa.length) return mantissa + '0'.repeat(pointAt - mantissa.length);
  return `${mantissa.slice(0, pointAt)}.${mantissa.slice(pointAt)}`;
}

/** How many decimals a number was written with (`96171.6` → 1, `1e-7` → 7). */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const digits = plainDigits(Math.abs(value));
  const point = digits.indexOf('.');
  return point < 0 ? 0 : digits.length - point - 1;
}

/** Formats a number with grouping (`3,985,758`) and the decimals it has. Never throws. */
export function formatNumber(value: number, _lang: Lang = 'zh'): string {
  // Infinity and NaN are shown as JavaScript writes them (the checker calls them invalid).
  if (!Number.isFinite(value)) return String(value);
  // zh-CN and en-US both group by three with "," and mark decimals with ".".
  const digits = plainDigits(Math.abs(value));
  const point = digits.indexOf('.');
  const whole = point < 0 ? digits : digits.slice(0, point);
  // Most cells are below a thousand: no regular expression for them.
  const grouped = whole.length > 3 ? whole.replace(/\B(?=(\d{3})+$)/g, ',') : whole;
  return `${value < 0 ? '-' : ''}${grouped}${point < 0 ? '' : digits.slice(point)}`;
}
