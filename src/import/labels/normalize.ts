/**
 * Normalisation of labels, prose and cell values, so that the real variants of the published
 * tables (full/half-width punctuation, spaces and line breaks inside labels, &nbsp;, missing-value
 * tokens, thousands separators, full-width digits, annotated cells) read the same.
 */

import { remembered } from './memo.js';

// \s covers NBSP, the ideographic space and BOM; zero-width characters are not in it.
const SPACE = /[\s\u200b-\u200d\u2060]+/g;
const QUOTES = /[“”"'‘’「」『』]/g;

/** Chinese characters alone: NFKC leaves them as they are, and there is no space, quote or digit among them. */
const IDEOGRAPHS = /^[\u4e00-\u9fff]+$/;

/** A label folded for matching: NFKC (full-width → half-width), without whitespace and quotes. */
export function foldLabel(text: string): string {
  return IDEOGRAPHS.test(text) ? text : remembered(foldLabel, text, foldAny);
}

function foldAny(text: string): string {
  return text.normalize('NFKC').replace(SPACE, '').replace(QUOTES, '');
}

// Chinese characters and full-width punctuation: text where a space is never meant.
const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef\\u2014\\u2018-\\u201d\\u2026';
const SPACE_NEXT_TO_CJK = new RegExp(`(?<=[${CJK}]) +| +(?=[${CJK}])`, 'g');

/**
 * Prose as plain text: whitespace runs become one space, and a space next to a Chinese character
 * or full-width punctuation goes (it comes from line breaks of the HTML source, not the author).
 */
export function cleanProse(text: string): string {
  return text.replace(SPACE, ' ').replace(SPACE_NEXT_TO_CJK, '').trim();
}

/** Source text as quoted in a warning: whitespace runs shown as one space, at most 80 characters. */
export function quoteSource(text: string): string {
  return remembered(quoteSource, text, quoteAny);
}

function quoteAny(text: string): string {
  const flat = text.replace(SPACE, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}

export type CellValue =
  /** Empty, or a missing-value token: / — － 无 &nbsp; … */
  | { kind: 'blank' }
  /** A number; `note` holds text that followed it and was dropped, e.g. "（其中修订16件）" or "件". */
  | { kind: 'number'; value: number; note?: string }
  /** Anything else: a label, or text where a number belongs. */
  | { kind: 'text' };

// 未填报 / "not reported": a blank cell as this library's exports print it (visually hidden).
const MISSING_TOKEN = /^(?:[/\\\-—–―‐−]+|无|空|未填报|未填|notreported)$/;
const NUMBER = '[+-]?(?:\\d{1,3}(?:,\\d{3})+|0|[1-9]\\d*)(?:\\.\\d+)?';
const PLAIN_NUMBER = new RegExp(`^${NUMBER}$`);
// A total this library computed for a blank, as its static HTML shows it: 「12计（计算值）」, "12c (computed)".
const COMPUTED_TOTAL = new RegExp(`^${NUMBER}(?:计\\(计算值\\)|c\\(computed\\))$`);
// A number followed by a note in brackets or a unit of count or money.
const ANNOTATED_NUMBER = new RegExp(`^(${NUMBER})((?:[(\\[【〔]|件|个|项|条|次|人|家|宗|起|份|笔|万元|元).*)$`);

/** A count as most cells print it: ASCII digits, no leading zero (nothing to normalise or strip). */
const PLAIN_COUNT = /^(?:0|[1-9]\d{0,14})$/;

/** Reads a value cell. Never guesses a number from text that is not one. */
export function readCellValue(text: string): CellValue {
  // Read once per import (several stages read each cell); the value is never changed by a reader.
  return remembered(readCellValue, text, valueOf);
}

function valueOf(text: string): CellValue {
  if (PLAIN_COUNT.test(text)) return { kind: 'number', value: Number(text) };
  // The common label: Chinese characters only, none of a missing-value token (无, 空, 未填报).
  if (IDEOGRAPHS.test(text) && !/[无空未]/.test(text)) return { kind: 'text' };
  const folded = text
    .normalize('NFKC')
    .replace(/&nbsp;?/gi, '')
    .replace(SPACE, '');
  // The report left a computed total blank: it reads back as blank, never as a given number.
  if (folded === '' || MISSING_TOKEN.test(folded) || COMPUTED_TOTAL.test(folded)) return { kind: 'blank' };
  if (PLAIN_NUMBER.test(folded)) return { kind: 'number', value: Number(folded.replace(/,/g, '')) };
  const annotated = ANNOTATED_NUMBER.exec(folded);
  if (annotated) return { kind: 'number', value: Number(annotated[1]!.replace(/,/g, '')), note: annotated[2]! };
  return { kind: 'text' };
}

/** Whether a cell reads as a value (a number or blank) rather than as text. */
export function isValueLike(text: string): boolean {
  return readCellValue(text).kind !== 'text';
}
