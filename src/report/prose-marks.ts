/**
 * The prose of a section with the clauses findings quote marked (`text.mismatch`): each quoted
 * clause is a `<mark>` holding a link to the first cell of its finding, whose message (describing
 * that cell) quotes the clause back. Prose is plain text: lit escapes it, so markup stays text.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Finding } from '../check/findings.js';
import type { SectionKey } from '../model/sections.js';
import { pick, type Lang } from '../model/text.js';
import { UI } from '../model/ui-text.js';

export interface ProseMarksOptions {
  section: SectionKey;
  /** The findings shown; those quoting this section are marked. */
  findings: readonly Finding[];
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

/** The prose as paragraphs (one a line), its quoted clauses marked and linked to their cells. */
export function renderProseMarks(text: string, options: ProseMarksOptions): TemplateResult {
  const paragraphs = text.split(/\r?\n/).filter((line) => line.trim());
  const quoting = options.findings.filter((finding) => finding.section === options.section && finding.quote);
  const marks = marksOf(paragraphs, quoting);
  return html`<div class="prose">
    ${paragraphs.map((paragraph, index) => {
      const parts: (TemplateResult | string)[] = [];
      let at = 0;
      for (const mark of marks[index]!) {
        parts.push(paragraph.slice(at, mark.start), renderMark(paragraph.slice(mark.start, mark.end), mark.finding, options));
        at = mark.end;
      }
      parts.push(paragraph.slice(at));
      return html`<p>${parts}</p>`;
    })}
  </div>`;
}

function renderMark(quote: string, finding: Finding, options: ProseMarksOptions): TemplateResult {
  return html`<mark class=${`prose-mark ${finding.severity}`} part="prose-mark" data-rule=${finding.rule} data-path=${finding.cells[0] ?? nothing}
    ><a href=${options.cellHref(finding)} @click=${(event: Event) => options.follow(event, finding)}
      >${quote}<span class="sr-only">${pick(UI.proseMarkNote, options.lang)}</span></a
    ></mark
  >`;
}

export const proseMarkStyles = css`
  .prose-mark {
    background: var(--_warning-bg);
    color: inherit;
  }
  /* Underlined, as links in running text must be told apart by more than colour. */
  .prose-mark a {
    color: inherit;
    text-decoration: underline 2px var(--_warning);
    text-underline-offset: 0.2em;
  }
  .prose-mark a:hover {
    text-decoration-thickness: 3px;
  }
  .prose-mark a:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
`;
