/**
 * What an editor typed or pasted into a cell, read as the importer reads a published cell (full-width
 * digits, thousands separators, the missing-value tokens / — 无 …), then held to the contract: a count
 * is a whole number, zero or more; an amount (万元) is a number, zero or more. Anything else is kept as
 * typed and never written into the report.
 */
import { readCellValue } from '../import/labels/normalize.js';

export type Entry =
  /** Empty or a missing-value token: the cell is blank (null, never 0). */
  | { kind: 'blank' }
  | { kind: 'value'; value: number }
  /** Not a value: `text` — not a number at all; `count` — a number that is not a count; `amount` — not an amount. */
  | { kind: 'invalid'; reason: 'text' | 'count' | 'amount' };

/** Reads a cell's text. `amount`: the cell holds 万元 (decimals allowed). */
export function readEntry(text: string, amount: boolean): Entry {
  const read = readCellValue(text);
  if (read.kind === 'blank') return { kind: 'blank' };
  // A number with a note or unit after it ("12件", "3（其中修订1件）") is not what a cell holds.
  if (read.kind === 'text' || read.note !== undefined) return { kind: 'invalid', reason: 'text' };
  const { value } = read;
  if (amount) return value >= 0 && Number.isFinite(value) ? { kind: 'value', value } : { kind: 'invalid', reason: 'amount' };
  return Number.isSafeInteger(value) && value >= 0 ? { kind: 'value', value } : { kind: 'invalid', reason: 'count' };
}

/** A value as an editor types it again: digits only, no grouping ('' for blank). */
export const entryText = (value: number | null): string => (value === null ? '' : String(value));
