/**
 * The prose of sections 一、五、六 (plain text, one paragraph a line), and the signature that
 * closes many reports: the publishing body and a date under section 六.
 */
import { headingOf, type SectionId } from '../labels/headings.js';
import type { SourceBlock, SourceParagraph } from '../source/intermediate.js';
import { furnitureBefore } from './furniture.js';

export type ProseKey = 'overview' | 'problems' | 'other';

export interface ProseReading {
  sections: Partial<Record<ProseKey, string>>;
  /** Paragraphs before the first heading: title, preamble. */
  intro: SourceParagraph[];
  /** First paragraph of 一、总体情况. */
  overviewStart?: SourceParagraph;
  /** Which sections have a heading in the source. */
  headings: ReadonlySet<SectionId>;
  signature: { agency?: SourceParagraph | undefined; date?: SourceParagraph | undefined };
}

const PROSE: Partial<Record<SectionId, ProseKey>> = { overview: 'overview', problems: 'problems', other: 'other' };
const DATE = /^(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*日?$/;
const BODY_SUFFIX = /(?:政府|办公室|办公厅|局|委员会|委|厅|院|署|中心|管委会|办事处|乡|镇|街道|所|站|队|处|部|会|馆)$/;

/** An ISO date from "2024年1月17日" or "2024-01-17", if it is a real date. */
export function isoDate(text: string): string | undefined {
  const match = DATE.exec(text.normalize('NFKC').trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const looksLikeBody = (text: string) => text.length <= 30 && !/[。，,；;：:！？!?]/.test(text) && BODY_SUFFIX.test(text);

/** A body's name over a date, the date line just before `end`, and section text above them. */
const signedAt = (lines: readonly SourceParagraph[], end: number) =>
  end >= 3 && isoDate(lines[end - 1]!.text) !== undefined && looksLikeBody(lines[end - 2]!.text);

/**
 * The signature that closes the last section: a date, and the body's name above it; taken out of
 * the section. Page furniture at the section's end (a footer in the article's container) is page
 * text, not the report's: left out of the section, and passed over only to reach a whole
 * signature, the body's name over the date.
 */
function takeSignature(tail: SourceParagraph[]): ProseReading['signature'] {
  const end = tail.length - furnitureBefore(tail, tail.length);
  if (end < tail.length) {
    tail.splice(end);
    if (!signedAt(tail, end)) return {};
    const [agency, date] = tail.splice(end - 2);
    return { agency, date };
  }
  const signature: ProseReading['signature'] = {};
  if (tail.length && isoDate(tail[tail.length - 1]!.text)) signature.date = tail.pop();
  const candidate = tail[tail.length - 1];
  if (!candidate || tail.length < 2 || !looksLikeBody(candidate.text)) return signature;
  // An undated name below a whole signature is page text or another's name: two, none proven.
  const above = tail.length - 1;
  if (signature.date || !signedAt(tail, above - furnitureBefore(tail, above))) signature.agency = tail.pop();
  return signature;
}

const parentScope = (scope: string) => scope.replace(/[^/]+\/$/, '');

/** The innermost HTML block holding every heading and table: the report's own container. */
function reportScope(blocks: readonly SourceBlock[]): string | undefined {
  const scopes = blocks.flatMap((block) =>
    block.kind === 'table' ? (block.scope ? [block.scope] : []) : block.scope && headingOf(block.text) ? [parentScope(block.scope)] : [],
  );
  if (!scopes.length) return undefined;
  return scopes.reduce((common, scope) => {
    let end = 0;
    for (let index = 0; index < Math.min(common.length, scope.length) && common[index] === scope[index]; index++) {
      if (common[index] === '/') end = index + 1;
    }
    return common.slice(0, end);
  });
}

export function readProse(blocks: readonly SourceBlock[]): ProseReading {
  const container = reportScope(blocks);
  const collected: Record<ProseKey, SourceParagraph[]> = { overview: [], problems: [], other: [] };
  const intro: SourceParagraph[] = [];
  const headings = new Set<SectionId>();
  let section: SectionId | undefined;
  let last: SourceParagraph[] = intro;
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    const heading = headingOf(block.text);
    if (heading) {
      section = heading;
      headings.add(heading);
      const key = PROSE[heading];
      last = key ? collected[key] : [];
      continue;
    }
    if (!section) intro.push(block);
    else if (!container || !block.scope || block.scope.startsWith(container)) last.push(block);
  }

  const signature = last === intro ? {} : takeSignature(last);

  const sections: ProseReading['sections'] = {};
  for (const key of ['overview', 'problems', 'other'] as const) {
    const text = collected[key].map((paragraph) => paragraph.text).join('\n');
    if (text) sections[key] = text;
  }
  return { sections, intro, headings, signature, ...(collected.overview[0] ? { overviewStart: collected.overview[0] } : {}) };
}
