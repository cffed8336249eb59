/**
 * Agency, year, title and publication date: from the report's title where there is one
 * (「一平垣乡人民政府2023年政府信息公开工作年度报告」), the statistical period, the signature, the
 * page's metadata, or the caller's options. Every guess becomes a warning.
 */
import type { SourceDocument, SourceParagraph } from '../source/intermediate.js';
import { cleanProse, foldLabel, quoteSource } from '../labels/normalize.js';
import { isoDate, type ProseReading } from './prose.js';
import type { ImportOptions, ImportWarning } from '../types.js';
import { warn } from './warnings.js';

const TITLE = /^(?!关于)([^，。,:：;；《》“”"\s]{2,60}?)((?:19|20)\d{2})年度?(?:政府信息公开|政务公开)(?:工作)?年度报告$/;

/** A title ends in 报告 (spaces between them go; NFKC may fold a radical or compatibility ideograph into one). */
const MAYBE_TITLE = /报[\s\u200b-\u200d\u2060]*告|[\u2e80-\u2fdf\uf900-\ufaff\ud87e]/;

/** Agency and year of a report title, if the text is one. */
export function titleParts(text: string): { agency: string; year: number; title: string } | undefined {
  if (!MAYBE_TITLE.test(text)) return undefined;
  const title = cleanProse(text);
  const match = TITLE.exec(title.normalize('NFKC'));
  return match ? { agency: match[1]!, year: Number(match[2]), title } : undefined;
}

interface Found<T> {
  value: T;
  from: SourceParagraph;
}

/** The first title among the page title (split at its site-name separators), headings and preamble. */
function findTitle(doc: SourceDocument, prose: ProseReading): Found<{ agency: string; year: number; title: string }> | undefined {
  const candidates: SourceParagraph[] = [];
  if (doc.pageTitle) {
    for (const part of doc.pageTitle.text.split(/\s*[_|｜]\s*|\s+[-—–]+\s+/)) candidates.push({ ...doc.pageTitle, text: part });
  }
  candidates.push(...prose.intro.slice(0, 12));
  for (const candidate of candidates) {
    const parts = titleParts(candidate.text);
    if (parts) return { value: parts, from: candidate };
  }
  // A title set over two lines (a PDF, text copied from one): 「淮安市人民政府」「2024 年政府信息公开工作年度报告」.
  for (const [index, first] of prose.intro.slice(0, 12).entries()) {
    const second = prose.intro[index + 1];
    const parts = second && titleParts(`${first.text}${second.text}`);
    if (parts) return { value: parts, from: first };
  }
  return undefined;
}

const PERIOD = /((?:19|20)\d{2})年1月1日起?(?:至|到|-|—|~|～)((?:19|20)\d{2})年12月31日/;

function statisticalYear(paragraphs: readonly SourceParagraph[]): Found<number> | undefined {
  for (const paragraph of paragraphs) {
    const match = PERIOD.exec(foldLabel(paragraph.text));
    if (match && match[1] === match[2]) return { value: Number(match[1]), from: paragraph };
  }
  return undefined;
}

const YEAR_IN_PROSE = /((?:19|20)\d{2})年度?(?:政府信息公开|政务公开)(?:工作)?年度报告/;
const YEAR_AT_START = /^((?:19|20)\d{2})年度?[,，]/;

function guessedYear(prose: ProseReading): Found<number> | undefined {
  for (const paragraph of prose.intro) {
    const match = YEAR_IN_PROSE.exec(foldLabel(paragraph.text));
    if (match) return { value: Number(match[1]), from: paragraph };
  }
  const start = prose.overviewStart;
  const match = start && YEAR_AT_START.exec(start.text.normalize('NFKC'));
  return match && start ? { value: Number(match[1]), from: start } : undefined;
}

const PUBLISHED_META = /^(?:pubdate|publishdate|firstpublishedtime|publishedtime|article:published_time)$/i;

function metaDate(doc: SourceDocument): { value: string; source: string; line?: number } | undefined {
  for (const meta of doc.meta) {
    const date = PUBLISHED_META.test(meta.name) ? isoDate(meta.content.trim().slice(0, 10)) : undefined;
    if (date) return { value: date, source: meta.content, ...(meta.line ? { line: meta.line } : {}) };
  }
  return undefined;
}

export interface Metadata {
  agency?: string;
  year?: number;
  title?: string;
  publishedOn?: string;
}

const at = (paragraph: SourceParagraph) => ({ source: quoteSource(paragraph.text), ...(paragraph.line ? { line: paragraph.line } : {}) });

/** Reads the metadata, letting options override what the source says (with a warning where they differ). */
export function readMetadata(doc: SourceDocument, prose: ProseReading, options: ImportOptions, warnings: ImportWarning[]): Metadata {
  const title = findTitle(doc, prose);
  const period = statisticalYear([...prose.intro, ...(prose.overviewStart ? [prose.overviewStart] : [])]);
  const result: Metadata = {};

  // Agency: title, then signature.
  const agency: (Found<string> & { guessed: boolean }) | undefined = title
    ? { value: title.value.agency, from: title.from, guessed: false }
    : prose.signature.agency
      ? { value: cleanProse(prose.signature.agency.text), from: prose.signature.agency, guessed: true }
      : undefined;
  if (options.agency !== undefined) {
    result.agency = options.agency;
    if (agency && agency.value !== options.agency)
      warnings.push(warn('optionDiffers', { ...at(agency.from), path: 'agency' }, '发布机关', 'agency', options.agency));
  } else if (agency) {
    result.agency = agency.value;
    if (agency.guessed) warnings.push(warn('agencyFromSignature', { ...at(agency.from), path: 'agency' }));
  }

  // Year: title, statistical period, then a guess from the prose.
  const stated = title ? { value: title.value.year, from: title.from } : period;
  if (options.year !== undefined) {
    result.year = options.year;
    if (stated && stated.value !== options.year)
      warnings.push(warn('optionDiffers', { ...at(stated.from), path: 'year' }, '年度', 'year', String(options.year)));
  } else if (stated) {
    result.year = stated.value;
  } else {
    const guess = guessedYear(prose);
    if (guess) {
      result.year = guess.value;
      warnings.push(warn('yearGuessed', { ...at(guess.from), path: 'year' }, String(guess.value)));
    }
  }

  if (options.title !== undefined) result.title = options.title;
  else if (title) result.title = title.value.title;

  // Publication date: the page's metadata, then the signature's date.
  const fromMeta = metaDate(doc);
  const signed = prose.signature.date;
  if (options.publishedOn !== undefined) {
    result.publishedOn = options.publishedOn;
  } else if (fromMeta) {
    result.publishedOn = fromMeta.value;
  } else if (signed) {
    result.publishedOn = isoDate(signed.text)!;
    warnings.push(warn('dateFromSignature', { ...at(signed), path: 'publishedOn' }));
  }
  return result;
}
