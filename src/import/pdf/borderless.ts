/**
 * Tables printed without ruling lines: a table section (二、三、四) whose text holds numbers but no
 * ruled table is rebuilt from the x-positions of its header labels. The lowest header labels give
 * the columns; each number goes to the column whose label stands over it, and a number under no
 * label, or two numbers under one, make the table unprovable (refused, never guessed). Rows are
 * the lines with numbers; label text goes to the row it sits beside. The mapping then reads the
 * table by its labels, as every other source.
 */
import { headingOf, type SectionId } from '../labels/headings.js';
import { readCellValue } from '../labels/normalize.js';
import { columnTermOf, isBlockStart, rowTermOf, segmentCells } from '../labels/pieces.js';
import { VOCABULARIES, type Vocabulary } from '../labels/vocabulary.js';
import type { SourceBlock, SourceCell, SourceTable } from '../source/intermediate.js';
import type { Box } from './grid.js';
import { centreX, centreY, splitWords, type Fragment, type TextLine } from './text.js';

export interface PageLine {
  line: TextLine;
  page: number;
}

const TABLE_SECTIONS: ReadonlySet<SectionId> = new Set(['active', 'applications', 'reviews']);
/** Pages stacked one below the other: y of page n is offset by n × this. */
const PAGE_OFFSET = 100_000;

interface Token extends Box {
  text: string;
  size: number;
  page: number;
  kind: 'number' | 'blank' | 'text';
}

const lift = (fragment: Fragment, page: number): Token => ({
  ...fragment,
  y0: fragment.y0 + page * PAGE_OFFSET,
  y1: fragment.y1 + page * PAGE_OFFSET,
  page,
  kind: readCellValue(fragment.text).kind,
});

/** Text items drawn touching one another (one cell's text split into runs) as one. */
function joinRuns(fragments: readonly Fragment[]): Fragment[] {
  const runs: Fragment[] = [];
  for (const fragment of [...fragments].sort((a, b) => a.x0 - b.x0)) {
    const last = runs[runs.length - 1];
    if (last && fragment.x0 - last.x1 < Math.min(last.size, fragment.size) * 0.15)
      runs[runs.length - 1] = {
        ...last,
        text: last.text + fragment.text,
        x1: Math.max(last.x1, fragment.x1),
        y0: Math.min(last.y0, fragment.y0),
        y1: Math.max(last.y1, fragment.y1),
      };
    else runs.push(fragment);
  }
  return runs;
}

/** A line's tokens: its runs of text, cut at their spaces where they hold numbers ("0 0 0"). */
function tokensOf({ line, page }: PageLine): Token[] {
  return joinRuns(line.fragments).flatMap((fragment) => {
    const words = splitWords(fragment);
    const cut = words.length > 1 && words.some((word) => readCellValue(word.text).kind !== 'text');
    return (cut ? words : [fragment]).map((word) => lift(word, page));
  });
}

const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0));
const known = (text: string, vocabulary: Vocabulary) =>
  segmentCells([{ text, colspan: 1, rowspan: 1 }], vocabulary).some(({ piece }) => piece.match !== 'unknown');

interface HeaderBlock extends Box {
  text: string;
  size: number;
}

/** Header fragments that stand over one another and touch, as the cells they were printed in. */
function headerBlocks(tokens: readonly Token[]): HeaderBlock[] {
  const blocks: (HeaderBlock & { last: Box })[] = [];
  for (const token of [...tokens].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0)) {
    const into = blocks.find(
      (block) =>
        token.y0 - block.last.y1 < token.size * 0.8 &&
        token.y0 > block.last.y0 &&
        overlap(block.last, token) > 0.3 * Math.min(block.last.x1 - block.last.x0, token.x1 - token.x0),
    );
    if (into) {
      into.text += `\n${token.text}`;
      Object.assign(into, {
        x0: Math.min(into.x0, token.x0),
        x1: Math.max(into.x1, token.x1),
        y1: Math.max(into.y1, token.y1),
        last: token,
      });
    } else blocks.push({ text: token.text, size: token.size, x0: token.x0, x1: token.x1, y0: token.y0, y1: token.y1, last: token });
  }
  return blocks.map(({ last: _, ...block }) => block);
}

function leafTerms(nodes: Vocabulary['columns'], into = new Set<string>()): Set<string> {
  for (const node of nodes) {
    if (node.key !== undefined) into.add(node.term);
    if (node.children) leafTerms(node.children, into);
  }
  return into;
}

/** Whether a header text names a leaf of the table's official header tree (a column of numbers). */
function isLeafLabel(text: string, vocabulary: Vocabulary): boolean {
  const leaves = leafTerms(vocabulary.columns);
  const pieces = segmentCells([{ text, colspan: 1, rowspan: 1 }], vocabulary);
  return pieces.length > 0 && pieces.every(({ piece }) => piece.terms.some((term) => leaves.has(term.id)));
}

function countLeaves(node: Vocabulary['columns'][number]): number {
  return node.key !== undefined ? 1 : (node.children ?? []).reduce((sum, child) => sum + countLeaves(child), 0);
}

/** How many leaf columns the official header tree puts under a parent label; undefined if it is none. */
function leavesUnder(text: string, vocabulary: Vocabulary): number | undefined {
  const ids = new Set(
    segmentCells([{ text, colspan: 1, rowspan: 1 }], vocabulary).flatMap(({ piece }) => piece.terms.map((term) => term.id)),
  );
  const find = (nodes: Vocabulary['columns']): number | undefined => {
    for (const node of nodes) {
      if (ids.has(node.term) && node.key === undefined) return countLeaves(node);
      const inner = node.children && find(node.children);
      if (inner) return inner;
    }
    return undefined;
  };
  return find(vocabulary.columns);
}

/** A table, or the page where it cannot be proven and why (for debugging; the message names the page). */
type Built = { ok: true; table: SourceTable } | { ok: false; page: number; why?: string };

/** One table from its header lines and body lines. */
function buildTable(header: readonly Token[], body: readonly Token[][], vocabulary: Vocabulary, placeOf: (page: number) => number): Built {
  const numbers = body.flat().filter((token) => token.kind === 'number');
  const page = numbers[0]?.page ?? header[0]?.page ?? 1;
  if (!numbers.length) return { ok: false, page, why: 'no numbers' };
  const blocks = headerBlocks(header).filter((block) => known(block.text, vocabulary));
  // The columns: the labels the official header tree has as leaves (自然人, 结果维持, 本年制发件数 …).
  const columns = blocks.filter((block) => isLeafLabel(block.text, vocabulary)).sort((a, b) => a.x0 - b.x0);
  if (!columns.length || columns.some((column, index) => index && overlap(column, columns[index - 1]!) > 0))
    return { ok: false, page, why: `columns ${JSON.stringify(columns.map((c) => [c.text, Math.round(c.x0), Math.round(c.x1)]))}` };
  // A number belongs to the label over it: between the midpoints to the neighbouring labels, and at
  // the ends at most three quarters of a column's pitch out (numbers sit right-aligned in wide cells;
  // with one column, 表二's 本年处理决定数量, anything right of its label's start).
  const centres = columns.map(centreX);
  const size = numbers[0]!.size;
  const pitch = centres.length > 1 ? (centres[centres.length - 1]! - centres[0]!) / (centres.length - 1) : Infinity;
  // Row labels stand left of the first column.
  const valueLeft = Math.min(columns[0]!.x0, Number.isFinite(pitch) ? centres[0]! - pitch * 0.75 : columns[0]!.x0) - size * 0.5;
  const columnOf = (token: Token): number | undefined => {
    const x = centreX(token);
    const index = columns.findIndex((_, at) => {
      const left = at ? (centres[at - 1]! + centres[at]!) / 2 : Math.max(valueLeft, centres[at]! - pitch * 0.75);
      const right = at < columns.length - 1 ? (centres[at]! + centres[at + 1]!) / 2 : centres[at]! + pitch * 0.75;
      return x >= left && x <= right;
    });
    return index < 0 ? undefined : index;
  };

  // Rows: the lines with numbers. A label line belongs to the nearest row on its page; lines left
  // at the foot of a page, below its last row, begin the row that goes on on the next page.
  const dataLines = body.filter((tokens) => tokens.some((token) => token.kind === 'number'));
  const rowCentres = dataLines.map((tokens) => centreY(tokens.find((token) => token.kind === 'number')!));
  const pageOf = (tokens: readonly Token[]) => tokens[0]!.page;
  const bandOf = (tokens: readonly Token[]): number => {
    const y = centreY(tokens[0]!);
    const onPage = dataLines.map((_, index) => index).filter((index) => pageOf(dataLines[index]!) === pageOf(tokens));
    const below = onPage.filter((index) => rowCentres[index]! > y - size);
    if (!below.length) {
      const next = dataLines.findIndex((line) => pageOf(line) > pageOf(tokens));
      if (next >= 0) return next;
    }
    const candidates = onPage.length ? onPage : dataLines.map((_, index) => index);
    return candidates.reduce(
      (best, index) => (Math.abs(rowCentres[index]! - y) < Math.abs(rowCentres[best]! - y) ? index : best),
      candidates[0]!,
    );
  };
  const labels: Token[][] = dataLines.map(() => []);
  const values: Token[][][] = dataLines.map(() => columns.map(() => []));
  for (const tokens of body) {
    const isData = dataLines.includes(tokens);
    const lineBand = isData ? dataLines.indexOf(tokens) : bandOf(tokens);
    for (const token of tokens) {
      const band = lineBand;
      if (centreX(token) < valueLeft) labels[band]!.push(token);
      // Text under the columns off the rows of numbers (a mark wrapped below its number): whose row it is cannot be told.
      else if (!isData) return { ok: false, page: token.page, why: `value text off the rows: ${token.text}` };
      else {
        const column = columnOf(token);
        if (column === undefined) return { ok: false, page: token.page, why: `no column for ${token.text} at ${Math.round(token.x0)}` };
        if (isData && values[band]![column]!.some((other) => dataLines[band]!.includes(other as Token)))
          return { ok: false, page: token.page, why: `two in column ${column}: ${token.text}` };
        values[band]![column]!.push(token);
      }
    }
  }

  // Header rows: one per printed level. A leaf stands over its own column; a parent label over as
  // many columns as the official tree gives it (法人或其他组织: five), those nearest to it; any
  // other label (申请人情况, 第二十条第（…）项) over all of them.
  const levels: HeaderBlock[][] = [];
  for (const block of [...blocks].sort((a, b) => a.y0 - b.y0)) {
    const level = levels.find((candidate) => Math.abs(candidate[0]!.y0 - block.y0) < block.size * 0.6);
    if (level) level.push(block);
    else levels.push([block]);
  }
  const spanOf = (block: HeaderBlock): [number, number] => {
    const own = columns.indexOf(block);
    if (own >= 0) return [own, 1];
    const width = leavesUnder(block.text, vocabulary);
    if (!width || width >= columns.length) return [0, columns.length];
    let best = 0;
    for (let start = 0; start + width <= columns.length; start++) {
      const middle = (centres[start]! + centres[start + width - 1]!) / 2;
      const bestMiddle = (centres[best]! + centres[best + width - 1]!) / 2;
      if (Math.abs(middle - centreX(block)) < Math.abs(bestMiddle - centreX(block))) best = start;
    }
    return [best, width];
  };
  const cell = (text: string, line: number, colspan = 1): SourceCell => ({ text, colspan, rowspan: 1, line });
  const line = placeOf(page);
  const rows: SourceCell[][] = [];
  for (const level of levels) {
    const row = [
      cell(
        level
          .filter((block) => centreX(block) <= valueLeft)
          .map((block) => block.text)
          .join('\n'),
        line,
      ),
    ];
    const spans = level
      .filter((block) => centreX(block) > valueLeft)
      .map((block) => ({ block, span: spanOf(block) }))
      .sort((a, b) => a.span[0] - b.span[0]);
    let column = 0;
    for (const { block, span } of spans) {
      if (span[0] < column) return { ok: false, page, why: `header ${block.text} overlaps` };
      for (; column < span[0]; column++) row.push(cell('', line));
      row.push(cell(block.text, line, span[1]));
      column += span[1];
    }
    for (; column < columns.length; column++) row.push(cell('', line));
    rows.push(row);
  }
  const joined = (tokens: readonly Token[]) => {
    const sorted = [...tokens].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
    return sorted
      .map((token, index) =>
        index && /^[\d.,]+$/.test(token.text) && /[\d.,]$/.test(sorted[index - 1]!.text) ? token.text : `${index ? '\n' : ''}${token.text}`,
      )
      .join('');
  };
  for (const [band, tokens] of dataLines.entries()) {
    const rowLine = placeOf(tokens[0]!.page);
    // Labels left to right by the column they start in (a group before its rows), each top to bottom.
    const byColumn = [...labels[band]!].sort((a, b) => Math.round(a.x0 / (a.size * 2)) - Math.round(b.x0 / (b.size * 2)) || a.y0 - b.y0);
    const label = byColumn.map((token) => token.text).join('\n');
    // Every row of numbers must name its row (表四's single row has no label of its own).
    const named = segmentCells([{ text: label, colspan: 1, rowspan: 1 }], vocabulary).some(
      ({ piece }) => piece.match !== 'unknown' && rowTermOf(piece),
    );
    if (vocabulary.table !== 'reviews' && !named) return { ok: false, page: tokens[0]!.page, why: `row without a label: ${label}` };
    rows.push([cell(label, rowLine), ...values[band]!.map((column) => cell(joined(column), rowLine))]);
  }
  return { ok: true, table: { kind: 'table', rows, aligned: true, line } };
}

/** Whether a line starts a new 表二 block (第二十条第（…）项) or prints column headers again. */
function startsBlock(tokens: readonly Token[], vocabulary: Vocabulary): boolean {
  const pieces = segmentCells(
    tokens.filter((token) => token.kind === 'text').map((token) => ({ text: token.text, colspan: 1, rowspan: 1 })),
    vocabulary,
  );
  return pieces.some(
    ({ piece }) =>
      piece.match === 'exact' &&
      !rowTermOf(piece) &&
      (isBlockStart(piece) || columnTermOf(piece) !== undefined || piece.terms.some((term) => term.kind === 'ignore')),
  );
}

const hasNumber = (tokens: readonly Token[]) => tokens.some((token) => token.kind === 'number');

/**
 * Label lines at the foot of a page, below its last row of numbers, begin a row whose numbers are
 * on the next page (a row broken by the page break, headers repeated in between): they are moved
 * after the first row of numbers of the next page, so that they join that row.
 */
function carryPageFeet(lines: Token[][]): Token[][] {
  const result = [...lines];
  const pages = [...new Set(lines.map((tokens) => tokens[0]!.page))];
  for (const page of pages) {
    const onPage = result.filter((tokens) => tokens[0]!.page === page);
    let lastData = onPage.length - 1;
    while (lastData >= 0 && !hasNumber(onPage[lastData]!)) lastData--;
    const next = result.find((tokens) => tokens[0]!.page > page && hasNumber(tokens));
    if (lastData < 0 || !next) continue;
    const feet = onPage.slice(lastData + 1).filter((tokens) => tokens.every((token) => token.kind === 'text'));
    if (!feet.length || feet.length !== onPage.length - lastData - 1) continue;
    for (const foot of feet) result.splice(result.indexOf(foot), 1);
    result.splice(result.indexOf(next) + 1, 0, ...feet);
  }
  return result;
}

/** The tables of one section, read from its lines; undefined when they cannot be proven. */
function sectionTables(
  section: SectionId,
  lines: readonly PageLine[],
  placeOf: (page: number) => number,
): { tables: SourceTable[] } | { page: number } {
  const vocabulary = VOCABULARIES[section as 'active' | 'applications' | 'reviews'];
  const tokenLines = carryPageFeet(lines.map(tokensOf).filter((tokens) => tokens.length));
  // 表二 prints one block of headers and rows after another.
  const segments: Token[][][] = [];
  let current: Token[][] = [];
  let seenData = false;
  for (const tokens of tokenLines) {
    const isData = tokens.some((token) => token.kind === 'number');
    if (!isData && seenData && startsBlock(tokens, vocabulary)) {
      segments.push(current);
      current = [];
      seenData = false;
    }
    current.push(tokens);
    seenData ||= isData;
  }
  segments.push(current);
  const tables: SourceTable[] = [];
  for (const segment of segments) {
    const first = segment.findIndex((tokens) => tokens.some((token) => token.kind === 'number'));
    if (first < 0) continue;
    const built = buildTable(segment.slice(0, first).flat(), segment.slice(first), vocabulary, placeOf);
    if (!built.ok) return { page: built.page };
    tables.push(built.table);
  }
  return { tables };
}

/**
 * Replaces the text of each table section that has numbers but no ruled table by the tables
 * rebuilt from its header labels' positions.
 */
export function borderlessTables(
  blocks: readonly SourceBlock[],
  linesOf: ReadonlyMap<SourceBlock, readonly PageLine[]>,
  placeOf: (page: number) => number,
): { blocks: SourceBlock[]; found: { page: number }[]; unprovable?: { page: number } } {
  const out: SourceBlock[] = [];
  const found: { page: number }[] = [];
  let unprovable: { page: number } | undefined;
  for (let index = 0; index < blocks.length;) {
    const block = blocks[index++]!;
    out.push(block);
    const section = block.kind === 'paragraph' ? headingOf(block.text) : undefined;
    if (!section || !TABLE_SECTIONS.has(section)) continue;
    let end = index;
    while (end < blocks.length && !(blocks[end]!.kind === 'paragraph' && headingOf((blocks[end] as { text: string }).text))) end++;
    const body = blocks.slice(index, end);
    if (body.some((candidate) => candidate.kind === 'table')) continue;
    const lines = body.flatMap((candidate) => [...(linesOf.get(candidate) ?? [])]);
    if (
      !lines.some(({ line }) =>
        line.fragments.some((fragment) => /\d/.test(fragment.text) && readCellValue(fragment.text).kind === 'number'),
      )
    )
      continue;
    const read = sectionTables(section, lines, placeOf);
    if ('page' in read) {
      unprovable ??= read;
      continue;
    }
    out.push(...read.tables);
    found.push({ page: lines[0]!.page });
    index = end;
  }
  return { blocks: out, found, ...(unprovable ? { unprovable } : {}) };
}
