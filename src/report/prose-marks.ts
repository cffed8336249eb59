/**
 * The prose of a section with the clauses findings quote marked (`text.mismatch`): each quoted
 * clause is a `<mark>` holding a link to the first cell of its finding, whose message (describing
 * that cell) quotes the clause back. Built as DOM, with the text only ever in text nodes (prose is
 * plain text, never markup), and without lit: the marks come only with the prose rules' findings,
 * so they travel in the prose rules' file (check/beyond.ts), not in the reading drop-in.
 */
import type { Finding } from '../check/findings.js';
import { pick, translated, type Lang } from '../model/text.js';

/** Read after a marked clause: what the mark means (a word of the UI catalogue, kept with the marks). */
const MARK_NOTE = translated('（与表格不一致，转到表格单元格）', (en) => en.ui.proseMarkNote);

export interface ProseMarksOptions {
  /** The findings quoting this section. */
  quoting: readonly Finding[];
  lang: Lang;
  /** The `href` of a cell's link (its id in the report). */
  cellHref: (finding: Finding) => string;
  /** Follows a mark's link: moves focus to the cell. */
  follow: (event: Event, finding: Finding) => void;
}

interface Mark {
  start: number;
  end: number;
  finding: Finding;
}

/** The paragraphs of a section's prose: one a line, blank lines left out. */
export const paragraphsOf = (text: string): string[] => text.split(/\r?\n/).filter((line) => line.trim());

/** Where the quotes sit in each paragraph: each finding once, at its first place not taken by another. */
function marksOf(paragraphs: readonly string[], findings: readonly Finding[]): Mark[][] {
  const marks: Mark[][] = paragraphs.map(() => []);
  for (const finding of findings) {
    const quote = finding.quote;
    if (!quote) continue;
    search: for (const [index, paragraph] of paragraphs.entries()) {
      for (let start = paragraph.indexOf(quote); start >= 0; start = paragraph.indexOf(quote, start + 1)) {
        const end = start + quote.length;
        if (marks[index]!.some((mark) => start < mark.end && mark.start < end)) continue;
        marks[index]!.push({ start, end, finding });
        break search;
      }
    }
  }
  for (const list of marks) list.sort((a, b) => a.start - b.start);
  return marks;
}

/** The prose as paragraphs, its quoted clauses marked and linked to their cells: `<div class="prose">`. */
export function markProse(doc: Document, text: string, options: ProseMarksOptions): HTMLElement {
  const paragraphs = paragraphsOf(text);
  const marks = marksOf(paragraphs, options.quoting);
  const prose = doc.createElement('div');
  prose.className = 'prose';
  paragraphs.forEach((paragraph, index) => {
    const line = doc.createElement('p');
    let at = 0;
    for (const mark of marks[index]!) {
      line.append(paragraph.slice(at, mark.start), markOf(doc, paragraph.slice(mark.start, mark.end), mark.finding, options));
      at = mark.end;
    }
    line.append(paragraph.slice(at));
    prose.append(line);
  });
  return prose;
}

function markOf(doc: Document, quote: string, finding: Finding, options: ProseMarksOptions): HTMLElement {
  const mark = doc.createElement('mark');
  mark.className = `prose-mark ${finding.severity}`;
  mark.setAttribute('part', 'prose-mark');
  mark.dataset.rule = finding.rule;
  if (finding.cells[0]) mark.dataset.path = finding.cells[0];
  const link = doc.createElement('a');
  link.href = options.cellHref(finding);
  link.addEventListener('click', (event) => options.follow(event, finding));
  const note = doc.createElement('span');
  note.className = 'sr-only';
  note.textContent = pick(MARK_NOTE, options.lang);
  link.append(quote, note);
  mark.append(link);
  return mark;
}
