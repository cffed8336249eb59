/**
 * Prose cut into what the reader attributes: sentences, the clauses inside them, and the numbers
 * with a counting unit inside the clauses. The reader works on a compact copy of the text (blanks
 * dropped, full-width digits and punctuation made half-width) and keeps, for every character of
 * it, where it came from, so a quote is always the prose's own characters, line breaks included.
 */

/** A number followed by a counting unit (件, 条, 项, 起, 个) or by 万元. */
export interface StatedNumber {
  value: number;
  /** Decimals as written: a prose amount may round the table's. */
  decimals: number;
  unit: 'count' | 'amount';
  /** The unit as written: 件, 条, 项, 起, 个 or 万元. */
  word: string;
  /** Where the number and its unit sit in the clause's compact text. */
  start: number;
  end: number;
}

export interface Clause {
  /** Compact text: no blanks, half-width digits and punctuation. */
  text: string;
  /** Verbatim span in the section's prose. */
  from: number;
  to: number;
  /** The delimiter before the clause ('' at the start of a sentence). */
  after: string;
  numbers: StatedNumber[];
}

/** Blanks: ASCII white space, the ideographic space, no-break and zero-width spaces. */
const isBlank = (code: number) => code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x3000 || code === 0xa0 || code === 0x200b;
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
/** Ends a sentence (after folding): the full stop, ! and ?. A line ends one too: the importer gives one paragraph a line. */
const isSentenceEnd = (code: number) => code === 0x3002 || code === 0x21 || code === 0x3f;
/** Ends a clause inside a sentence (after half-width folding, so ， is , and （ is (): , 、 ; : ( ) [ ] 【 】. */
const CLAUSE_ENDS = new Set([0x2c, 0x3001, 0x3b, 0x3a, 0x28, 0x29, 0x5b, 0x5d, 0x3010, 0x3011]);
const NUMBER = /(?<![\d.\-~—第])(\d+(?:,\d{3})*(?:\.\d+)?)(万元|件|条|项|起|个)(?!次)/g;

const folds = new Map<number, string>();

/** A character folded to its half-width form when that keeps it one character; undefined when it is its own form. */
function folded(prose: string, index: number, code: number): string | undefined {
  // ASCII and the common ideographs are their own forms; full-width ASCII folds by offset.
  if (code < 0x80 || (code >= 0x4e00 && code <= 0x9fff)) return undefined;
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  let form = folds.get(code);
  if (form === undefined) {
    const normal = prose[index]!.normalize('NFKC');
    form = normal.length === 1 ? normal : prose[index]!;
    folds.set(code, form);
  }
  return form;
}

const digitAt = (prose: string, index: number) => {
  const code = prose.charCodeAt(index);
  return isDigit(code) || (code >= 0xff10 && code <= 0xff19);
};

/** Exactly three ASCII digits at `index`. */
const threeDigitsAt = (prose: string, index: number) =>
  isDigit(prose.charCodeAt(index)) &&
  isDigit(prose.charCodeAt(index + 1)) &&
  isDigit(prose.charCodeAt(index + 2)) &&
  !isDigit(prose.charCodeAt(index + 3));

/** The code of a character's folded form. */
function foldedCode(prose: string, index: number, code: number): number {
  if (code < 0x80 || (code >= 0x4e00 && code <= 0x9fff)) return code;
  return folded(prose, index, code)?.charCodeAt(0) ?? code;
}

/** The first character of a counting unit: 件 条 项 起 个, 万(元). */
const isUnit = (code: number) =>
  code === 0x4ef6 || code === 0x6761 || code === 0x9879 || code === 0x8d77 || code === 0x4e2a || code === 0x4e07;

/**
 * The sentences of a prose text that may state a number with a counting unit, each a list of
 * clauses; the others (most of a report's prose) are passed over without being cut into clauses.
 */
export function sentencesWithNumbers(prose: string): Clause[][] {
  const sentences: Clause[][] = [];
  let start = 0;
  let digit = false;
  let unit = false;
  for (let index = 0; index <= prose.length; index++) {
    const code = index < prose.length ? prose.charCodeAt(index) : 0x0a;
    const form = foldedCode(prose, index, code);
    if (code === 0x0a || isSentenceEnd(form)) {
      const clauses = digit && unit ? clausesOf(prose, start, index) : [];
      if (clauses.length) sentences.push(clauses);
      start = index + 1;
      digit = unit = false;
    } else if (isDigit(form)) digit = true;
    else if (isUnit(form)) unit = true;
  }
  return sentences;
}

/** The clauses of the sentence at prose[start, end) (no sentence ends inside it). */
function clausesOf(prose: string, start: number, end: number): Clause[] {
  const clauses: Clause[] = [];
  // The clause's compact text so far, plus a run of verbatim characters from `run` not yet added.
  let text = '';
  let run = -1;
  let from = -1;
  let to = -1;
  let digitLast = false;
  let digits = false;
  let after = '';
  const flush = (index: number) => {
    if (run >= 0) text += prose.slice(run, index);
    run = -1;
  };
  const endClause = (index: number, delimiter: string) => {
    flush(index);
    if (text) clauses.push({ text, from, to: to + 1, after, numbers: digits ? numbersOf(text) : [] });
    text = '';
    from = -1;
    digitLast = false;
    digits = false;
    after = delimiter;
  };
  for (let index = start; index < end; index++) {
    const code = prose.charCodeAt(index);
    if (isBlank(code)) {
      flush(index);
      // Digits split by a blank stay apart ("13 14"): a blank between them is kept.
      if (digitLast && digitAt(prose, index + 1)) {
        text += ' ';
        to = index;
        digitLast = false;
      }
      continue;
    }
    const form = folded(prose, index, code);
    const formCode = form === undefined ? code : form.charCodeAt(0);
    // A comma between digits groups thousands only as ASCII "3,985,758"; a full-width ， separates.
    const thousands = code === 0x2c && digitLast && threeDigitsAt(prose, index + 1);
    if (!thousands && CLAUSE_ENDS.has(formCode)) endClause(index, form ?? prose[index]!);
    else {
      if (form === undefined) {
        if (run < 0) run = index;
      } else {
        flush(index);
        text += form;
      }
      if (from < 0) from = index;
      to = index;
      digitLast = isDigit(formCode);
      digits ||= digitLast;
    }
  }
  endClause(end, '');
  return clauses;
}

function numbersOf(text: string): StatedNumber[] {
  const found: StatedNumber[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const digits = match[1]!.replaceAll(',', '');
    const point = digits.indexOf('.');
    found.push({
      value: Number(digits),
      decimals: point < 0 ? 0 : digits.length - point - 1,
      unit: match[2] === '万元' ? 'amount' : 'count',
      word: match[2]!,
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return found;
}
