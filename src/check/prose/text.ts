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

const BLANK = /[\s\u3000\u00a0\u200b]/;
/** Ends a sentence: the full stop, ! and ?, a line (the importer gives one paragraph a line). */
const SENTENCE_END = /[。!?\n]/;
/** Ends a clause inside a sentence (after half-width folding, so ， is , and （ is (). */
const CLAUSE_END = /[,、;:()[\]【】]/;
const NUMBER = /(?<![\d.\-~—第])(\d+(?:,\d{3})*(?:\.\d+)?)(万元|件|条|项|起|个)(?!次)/g;

/** One character folded to its half-width form when that keeps it one character. */
function fold(char: string): string {
  // ASCII and the common ideographs are their own forms; only the rest needs normalising.
  const code = char.charCodeAt(0);
  if (code < 0x80 || (code >= 0x4e00 && code <= 0x9fff)) return char;
  const folded = char.normalize('NFKC');
  return folded.length === 1 ? folded : char;
}

/** The sentences of a prose text, each a list of clauses. */
export function sentencesOf(prose: string): Clause[][] {
  const sentences: Clause[][] = [];
  let clauses: Clause[] = [];
  let text = '';
  let origin: number[] = [];
  let after = '';
  const endClause = (delimiter: string) => {
    if (text) {
      clauses.push({ text, from: origin[0]!, to: origin[origin.length - 1]! + 1, after, numbers: numbersOf(text) });
    }
    text = '';
    origin = [];
    after = delimiter;
  };
  const endSentence = () => {
    endClause('');
    if (clauses.length) sentences.push(clauses);
    clauses = [];
  };
  for (let index = 0; index < prose.length; index++) {
    const raw = prose[index]!;
    if (raw === '\n') {
      endSentence();
      continue;
    }
    if (BLANK.test(raw)) {
      // Digits split by a blank stay apart ("13 14"): a blank between them is kept.
      if (/\d/.test(text.slice(-1)) && /\d/.test(fold(prose[index + 1] ?? ''))) {
        text += ' ';
        origin.push(index);
      }
      continue;
    }
    const char = fold(raw);
    // A comma between digits groups thousands only as ASCII "3,985,758"; a full-width ， separates.
    const thousands = raw === ',' && /\d$/.test(text) && /^\d{3}(?!\d)/.test(prose.slice(index + 1, index + 5));
    if (SENTENCE_END.test(char)) endSentence();
    else if (CLAUSE_END.test(char) && !thousands) endClause(char);
    else {
      text += char;
      origin.push(index);
    }
  }
  endSentence();
  return sentences;
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
