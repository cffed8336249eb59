/**
 * Splits label text into the labels of a vocabulary. Labels arrive split over lines, cells or
 * HTML elements ("商业" / "企业"), or run together (a row's group and its own label), so the
 * text of neighbouring cells is joined and then cut at the longest known label at each point.
 */
import { remembered } from './memo.js';
import { NUMBERING, numeralOf, type Term, type Vocabulary } from './vocabulary.js';

export type MatchKind = 'exact' | 'legacy' | 'typo' | 'fuzzy';

export interface Piece {
  /** The terms this text names; several when labels share a text (其他, 总计). Empty: not recognised. */
  terms: readonly Term[];
  numbering?: string;
  match: MatchKind | 'unknown';
  /** Offsets in the folded text. */
  start: number;
  end: number;
}

interface Entry {
  text: string;
  term: Term;
  match: MatchKind;
}

/**
 * Entries by the two code units they start with (a single code unit for a one-character entry), each
 * list longest first: at a position only the labels sharing its first two characters are tried (so
 * many labels start with "(" or "第"), and no string is made per position.
 */
type Index = Map<number, Entry[]>;

const pairKey = (first: number, second: number) => (first + 1) * 65536 + second;

const indexes = new WeakMap<Vocabulary, Index>();

function indexOf(vocabulary: Vocabulary): Index {
  let index = indexes.get(vocabulary);
  if (index) return index;
  index = new Map();
  for (const term of vocabulary.terms) {
    const entries: Entry[] = [
      ...term.texts.map((text) => ({ text, term, match: 'exact' as const })),
      ...(term.legacy ?? []).map((text) => ({ text, term, match: 'legacy' as const })),
      ...(term.typos ?? []).map((text) => ({ text, term, match: 'typo' as const })),
    ];
    for (const entry of entries) {
      const first = entry.text.charCodeAt(0);
      const key = entry.text.length > 1 ? pairKey(first, entry.text.charCodeAt(1)) : first;
      const list = index.get(key) ?? [];
      list.push(entry);
      index.set(key, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.text.length - a.text.length);
  indexes.set(vocabulary, index);
  return index;
}

/**
 * Where a label of the vocabulary's terms that `wanted` picks can start: the index's keys of their
 * texts, legacy forms and typos. A text with none of them at any position (see `mayHold`) has no
 * exact, legacy or typo match of those terms.
 */
export function startKeys(vocabulary: Vocabulary, wanted: (term: Term) => boolean): ReadonlySet<number> {
  const keys = new Set<number>();
  for (const [key, entries] of indexOf(vocabulary)) if (entries.some((entry) => wanted(entry.term))) keys.add(key);
  return keys;
}

/** Whether a label behind `keys` (see `startKeys`) can start anywhere in `folded`: the index's lookups, without matching. */
export function mayHold(folded: string, keys: ReadonlySet<number>): boolean {
  for (let at = 0; at < folded.length; at += 1) {
    const first = folded.charCodeAt(at);
    if (keys.has(first) || keys.has(pairKey(first, folded.charCodeAt(at + 1)))) return true;
  }
  return false;
}

const MATCH_RANK: Record<MatchKind, number> = { exact: 0, legacy: 1, typo: 2, fuzzy: 3 };

/** The longest entries of `list` that the text has at `at` (all of that length), or none. */
function longestOf(list: readonly Entry[] | undefined, folded: string, at: number): Entry[] | undefined {
  if (!list) return undefined;
  let found: Entry[] | undefined;
  for (const entry of list) {
    if (found && entry.text.length < found[0]!.text.length) break;
    if (folded.startsWith(entry.text, at)) (found ??= []).push(entry);
  }
  return found;
}

function longestAt(folded: string, at: number, index: Index): { end: number; terms: Term[]; match: MatchKind } | undefined {
  const first = folded.charCodeAt(at);
  // Any entry of two characters or more is longer than one of one.
  const found = longestOf(index.get(pairKey(first, folded.charCodeAt(at + 1))), folded, at) ?? longestOf(index.get(first), folded, at);
  if (!found) return undefined;
  // Most positions match one entry: no sorting, no set.
  if (found.length > 1) found.sort((a, b) => MATCH_RANK[a.match] - MATCH_RANK[b.match]);
  const terms = found.length > 1 ? [...new Set(found.map((entry) => entry.term))] : [found[0]!.term];
  return { end: at + found[0]!.text.length, terms, match: found[0]!.match };
}

/** The characters a numbering can start with (see NUMBERING): elsewhere it is not looked for. */
const NUMBERING_START = new Set('(一二三四五六七八九十0123456789');

function matchAt(folded: string, at: number, index: Index): Piece | undefined {
  const direct = longestAt(folded, at, index);
  const numbering = NUMBERING_START.has(folded[at]!) ? NUMBERING.exec(folded.slice(at, at + 6)) : null;
  const numbered = numbering ? longestAt(folded, at + numbering[0].length, index) : undefined;
  if (numbered && numbering && (!direct || numbered.end >= direct.end)) {
    return { terms: numbered.terms, numbering: numeralOf(numbering), match: numbered.match, start: at, end: numbered.end };
  }
  return direct && { terms: direct.terms, match: direct.match, start: at, end: direct.end };
}

/** A bracketed remark right after a label, e.g. 行政事业性收费（万元）: part of the label. */
function remarkEnd(folded: string, at: number, index: Index): number {
  if (folded[at] !== '(' || NUMBERING.test(folded.slice(at, at + 6)) || longestAt(folded, at, index)) return at;
  // Looked for within the remark's 40 characters only: a run of "(" costs no more than its length.
  const close = folded.slice(at, at + 41).indexOf(')');
  return close > 0 ? at + close + 1 : at;
}

const ONLY_PUNCTUATION = /^[\p{P}\p{S}]*$/u;
const MAX_FUZZY_LENGTH = 40;

/**
 * Splits folded label text (see `foldLabel`) into known labels and unrecognised rests. `near`:
 * whether an unrecognised rest is compared with every label for a near miss (`fuzzy`); a caller
 * that counts exact matches only (which table a source table is) asks for none.
 */
export function segmentLabels(folded: string, vocabulary: Vocabulary, near = true): readonly Piece[] {
  // Segmented once per import and vocabulary (the stages read the same labels); never changed. The
  // near misses differ only in the unrecognised rests: they are looked for in the exact segmentation's.
  const exact = remembered(vocabulary.terms, folded, (text) => segment(text, vocabulary));
  if (!near || !exact.some((piece) => piece.match === 'unknown')) return exact;
  return remembered(vocabulary, folded, () =>
    exact.map((piece) => (piece.match === 'unknown' ? fuzzyPiece(folded.slice(piece.start, piece.end), piece.start, vocabulary) : piece)),
  );
}

/** Known labels and unrecognised rests (match `unknown`). */
function segment(folded: string, vocabulary: Vocabulary): Piece[] {
  const index = indexOf(vocabulary);
  const pieces: Piece[] = [];
  let unknownStart = -1;
  const flushUnknown = (end: number) => {
    if (unknownStart < 0) return;
    const text = folded.slice(unknownStart, end);
    if (!ONLY_PUNCTUATION.test(text)) pieces.push({ terms: [], match: 'unknown', start: unknownStart, end });
    unknownStart = -1;
  };
  let at = 0;
  while (at < folded.length) {
    const piece = matchAt(folded, at, index);
    if (piece) {
      flushUnknown(at);
      piece.end = remarkEnd(folded, piece.end, index);
      pieces.push(piece);
      at = piece.end;
    } else {
      if (unknownStart < 0) unknownStart = at;
      at++;
    }
  }
  flushUnknown(folded.length);
  return pieces;
}

/** An unrecognised text: the one label it is a near-miss of (a typo not yet listed), if any. */
function fuzzyPiece(text: string, start: number, vocabulary: Vocabulary): Piece {
  const unknown: Piece = { terms: [], match: 'unknown', start, end: start + text.length };
  const numbering = NUMBERING.exec(text);
  const rest = numbering ? text.slice(numbering[0].length) : text;
  if (rest.length < 4 || rest.length > MAX_FUZZY_LENGTH) return unknown;
  const limit = Math.floor(rest.length / 4);
  let best: { term: Term; distance: number } | undefined;
  let tie = false;
  for (const term of vocabulary.terms) {
    for (const candidate of [...term.texts, ...(term.typos ?? []), ...(term.legacy ?? [])]) {
      const distance = editDistance(rest, candidate, limit);
      if (distance > limit) continue;
      if (!best || distance < best.distance) {
        best = { term, distance };
        tie = false;
      } else if (distance === best.distance && best.term !== term) {
        tie = true;
      }
    }
  }
  if (!best || tie) return unknown;
  return { terms: [best.term], match: 'fuzzy', start, end: start + text.length, ...(numbering ? { numbering: numeralOf(numbering) } : {}) };
}

/** Levenshtein distance, giving up (returning limit + 1) once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}
