/**
 * The numbers a report's prose states for table figures, each with its clause. A number is
 * attributed only when its clause is made of known words (vocabulary.ts) and names exactly one
 * figure: by its own topic (行政复议 351 件), or — when the clause only adds a facet, as in
 * "…申请 3119 件，答复 3050 件" or "行政复议 351 件，其中结果维持 72 件" — by the topic the
 * sentence named before it. Anything else is left alone.
 */
import type { Report } from '../../model/schema.js';
import { SECTION_KEYS, type SectionKey } from '../../model/sections.js';
import type { Figure, Part } from './figures.js';
import { sentencesWithNumbers, type Clause, type StatedNumber } from './text.js';
import { vocabularyFor, type Token, type Topic, type Vocabulary } from './vocabulary.js';

export interface ProseStatement {
  section: SectionKey;
  /** The clause, verbatim from the prose. */
  quote: string;
  value: number;
  decimals: number;
  figure: Figure;
}

/** Somebody other than the reporting body as a whole: its office, its departments, one level of it. */
const OTHER_BODY = /政府办|办公室|办公厅|(?<![本我])部门|(?<![本我])单位|本级|代表|乡镇|街道|县区|区县|各地|各县|各区|下属|直属|所属/;

interface Reading {
  tokens: Token[];
  /** Characters no word accounts for. */
  unknown: boolean;
}

/** The tokens of a clause's text: at each place a phrase, else the longest word; any other character is unknown. */
function read(vocabulary: Vocabulary, text: string): Reading {
  const tokens: Token[] = [];
  let unknown = false;
  let at = 0;
  // The next phrase at or after `at`: the phrase a sticky match at any place up to it would find.
  let phrase: RegExpExecArray | null | undefined;
  next: while (at < text.length) {
    if (phrase === undefined || (phrase && phrase.index < at)) {
      vocabulary.phrases.lastIndex = at;
      phrase = vocabulary.phrases.exec(text);
    }
    if (phrase?.index === at) {
      tokens.push(vocabulary.phraseTokens[phrase.findIndex((value, index) => index > 0 && value !== undefined) - 1]!);
      at += phrase[0].length;
      continue;
    }
    for (const length of vocabulary.lengthsFrom.get(text[at]!) ?? []) {
      const token = at + length <= text.length ? vocabulary.words.get(text.slice(at, at + length)) : undefined;
      if (token) {
        tokens.push(token);
        at += length;
        continue next;
      }
    }
    // The separator of a number taken out, or the blank kept between digits.
    if (text[at] !== ' ' && text[at] !== '\0') unknown = true;
    at++;
  }
  return { tokens, unknown };
}

interface Subject {
  topic: Topic;
  litigation?: 'direct' | 'afterReview';
}

/** The one subject the tokens name; `null` when they name several, `undefined` when none. */
function subjectOf(tokens: readonly Token[]): Subject | null | undefined {
  const topics = new Set<Topic>();
  const litigation = new Set<'direct' | 'afterReview'>();
  for (const token of tokens) {
    if (token.kind !== 'topic') continue;
    topics.add(token.topic);
    if (token.litigation) litigation.add(token.litigation);
  }
  // 行政复议申请, 依申请公开领域行政复议: the review is what is counted.
  if (topics.has('review') || topics.has('litigation')) topics.delete('applications');
  if (!topics.size) return undefined;
  if (topics.size > 1 || litigation.size > 1) return null;
  const [topic] = topics;
  const [kind] = litigation;
  return kind ? { topic: topic!, litigation: kind } : { topic: topic! };
}

const cells = (row: string, column: string | undefined): Part => (column === undefined ? { row } : { row, column });

/** The figure a subject and facet name, as readings of parts (figures.ts). */
function figureOf(subject: Subject, facet: string | undefined, applicant: string | undefined): Figure | undefined {
  const { topic } = subject;
  if (topic === 'applications') {
    const column = applicant ?? 'total';
    const part = (row: string) => cells(row, column);
    const readings: Record<string, Part[][]> = {
      received: [[part('received')], [part('received'), part('carriedOver')]],
      handledOrReceived: [[part('results.total')], [part('received')], [part('received'), part('carriedOver')]],
      handled: [[part('results.total')]],
      carriedOver: [[part('carriedOver')]],
      carriedForward: [[part('carriedForward')]],
      grantedAndPartly: [[part('results.granted'), part('results.partlyGranted')]],
      // 予以公开 in prose often counts （一） and （二） together.
      'results.granted': [[part('results.granted')], [part('results.granted'), part('results.partlyGranted')]],
    };
    const found = facet === undefined ? undefined : (readings[facet] ?? (facet.startsWith('results.') ? [[part(facet)]] : undefined));
    return found && { table: 'applications', unit: 'count', readings: found };
  }
  if (topic === 'review' || topic === 'litigation') {
    const columns = facet === 'concluded' ? ['upheld', 'corrected', 'other'] : [facet ?? 'total'];
    const groups = (rows: readonly string[]) => rows.flatMap((row) => columns.map((column) => cells(row, column)));
    if (topic === 'review') return { table: 'reviews', unit: 'count', readings: [groups(['review'])] };
    const direct = groups(['litigationDirect']);
    const afterReview = groups(['litigationAfterReview']);
    const readings = subject.litigation
      ? [subject.litigation === 'direct' ? direct : afterReview]
      : // 行政诉讼 counts both kinds; a report may also mean one of them.
        [[...direct, ...afterReview], direct, afterReview];
    return { table: 'reviews', unit: 'count', readings };
  }
  if (topic === 'regulations' || topic === 'normativeDocuments') {
    return facet ? { table: 'active', unit: 'count', readings: [[cells(topic, facet)]] } : undefined;
  }
  if (facet) return undefined;
  return { table: 'active', unit: topic === 'fees' ? 'amount' : 'count', readings: [[{ row: topic }]] };
}

/**
 * The units each topic's figures are counted in: 申请、复议、决定 in 件 (or 起), documents in 件 or 个;
 * 条 and 项 count entries of information and kinds of matters (13561 条, 200 项行政许可事项), not these.
 */
const UNITS: Record<Topic, readonly string[]> = {
  applications: ['件'],
  review: ['件', '起'],
  litigation: ['件', '起'],
  regulations: ['件', '个'],
  normativeDocuments: ['件', '个'],
  licensing: ['件', '起'],
  punishment: ['件', '起'],
  compulsion: ['件', '起'],
  fees: ['万元'],
};

/** Topics that name a figure by themselves; the others need a facet (申请 alone counts nothing). */
const PLAIN: ReadonlySet<Topic> = new Set(['review', 'litigation', 'licensing', 'punishment', 'compulsion', 'fees']);

/** Facets that are rows of 表三 only (上年结转, 结转下年度, 予以公开, 重复申请 …) name their topic by themselves. */
const APPLICATION_ROWS = /^(?:carriedOver|carriedForward|grantedAndPartly|results\..+)$/;

function impliedSubject(tokens: readonly Token[]): Subject | undefined {
  const facets = tokens.filter((token) => token.kind === 'facet');
  const rows = facets.filter((token) => APPLICATION_ROWS.test(token.meaning.applications ?? ''));
  return rows.length && rows.length === facets.length ? { topic: 'applications' } : undefined;
}

/** The figure one number states, or undefined when it cannot be attributed with confidence. */
function attribute(tokens: readonly Token[], inherited: Subject | undefined, number: StatedNumber): Figure | undefined {
  const own = subjectOf(tokens);
  if (own === null) return undefined;
  const subject = own ?? inherited ?? impliedSubject(tokens);
  if (!subject || !UNITS[subject.topic].includes(number.word)) return undefined;
  const facets = new Set<string>();
  let applicant: string | undefined;
  for (const token of tokens) {
    if (token.kind === 'guard') return undefined;
    if (token.kind === 'applicant') {
      if (subject.topic !== 'applications' || (applicant && applicant !== token.column)) return undefined;
      applicant = token.column;
    }
    if (token.kind !== 'facet') continue;
    if (!(subject.topic in token.meaning)) return undefined;
    const id = token.meaning[subject.topic];
    if (id) facets.add(id);
  }
  if (facets.size > 1) return undefined;
  const [facet] = facets;
  // A clause without a topic of its own says only a facet of the sentence's topic.
  if (!own && facet === undefined) return undefined;
  if (facet === undefined && !PLAIN.has(subject.topic)) return undefined;
  const figure = figureOf(subject, facet, applicant);
  if (!figure || figure.unit !== number.unit || (figure.unit === 'count' && number.decimals)) return undefined;
  return figure;
}

/** The statements of one section's prose. */
function statementsOf(section: SectionKey, prose: string, vocabulary: Vocabulary): ProseStatement[] {
  const found: ProseStatement[] = [];
  for (const sentence of sentencesWithNumbers(prose)) {
    // Most sentences state no number with a unit: nothing to read there.
    if (!sentence.some((clause) => clause.numbers.length)) continue;
    let subject: Subject | undefined;
    let before = '';
    sentence.forEach((clause: Clause, index) => {
      const numbers = clause.numbers;
      // Numbers removed, the clause's words: a guard anywhere in it concerns all its numbers.
      let words = '';
      let from = 0;
      for (const number of numbers) {
        words += `${clause.text.slice(from, number.start)}\0`;
        from = number.end;
      }
      words += clause.text.slice(from);
      const whole = read(vocabulary, words);
      // "行政复议、行政诉讼 5 件": one number for a list of names.
      const listed = clause.after === '、' && !sentence[index - 1]?.numbers.length;
      numbers.forEach((number, position) => {
        if (listed || OTHER_BODY.test(before + clause.text.slice(0, number.start))) return;
        const lead = clause.text.slice(position ? numbers[position - 1]!.end : 0, number.start);
        const trail = position === numbers.length - 1 ? clause.text.slice(number.end) : '';
        const reading = read(vocabulary, `${lead}\0${trail}`);
        if (reading.unknown || whole.tokens.some((token) => token.kind === 'guard')) return;
        const figure = attribute(reading.tokens, subject, number);
        if (figure) {
          found.push({ section, quote: prose.slice(clause.from, clause.to), value: number.value, decimals: number.decimals, figure });
        }
      });
      const own = subjectOf(whole.tokens);
      if (own) subject = own;
      else if (own === null || whole.unknown) subject = undefined;
      before += `${clause.text}|`;
    });
  }
  return found;
}

/** The last prose read, so an element's update that leaves the prose alone does not read it again. */
let last: { agency: string; texts: (string | undefined)[]; statements: ProseStatement[] } | undefined;

/** Every number the prose of `sections` states for a table figure, in reading order. */
export function proseStatements(report: Report): ProseStatement[] {
  const sections = report.sections;
  if (!sections) return [];
  const texts = SECTION_KEYS.map((key) => sections[key]);
  if (last?.agency === report.agency && last.texts.every((text, index) => text === texts[index])) return last.statements;
  const vocabulary = vocabularyFor(report.agency);
  const statements = SECTION_KEYS.flatMap((key, index) => {
    const prose = texts[index];
    return prose ? statementsOf(key, prose, vocabulary) : [];
  });
  last = { agency: report.agency, texts, statements };
  return statements;
}
