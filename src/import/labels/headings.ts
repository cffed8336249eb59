/**
 * The six section headings of a report (format.md §2.1), with the variants met in real reports:
 * any numbering ("一、", "1、", "4、", "第一部分"), half-width punctuation, 整改措施 for 改进情况,
 * "因政府信息公开工作被申请行政复议、提起行政诉讼情况" and the like.
 */
import { foldLabel } from './normalize.js';

export type SectionId = 'overview' | 'active' | 'applications' | 'reviews' | 'problems' | 'other';

// A parenthesised numeral "（一）" marks a sub-heading, never a section.
const SECTION_NUMBERING =
  /^(?:第[一二三四五六七八九十]{1,2}部分[、.:]?|[一二三四五六七八九十]{1,2}[、.:]|\d{1,2}[、.:](?!\d)|\d{1,2}(?=\D))/;

const HEADINGS: readonly [SectionId, RegExp][] = [
  ['overview', /^总体情况$/],
  ['active', /^主动公开政府信息的?情况$/],
  ['applications', /^收到和处理政府信息公开申请的?情况$/],
  ['reviews', /^因?政府信息公开(?:工作)?(?:被申请)?行政复议[、和及与]?(?:提起)?行政诉讼的?情况$/],
  ['problems', /^(?:政府信息公开工作)?存在的主要问题(?:及|和|与)其?(?:改进|整改)(?:情况|措施)$/],
  ['other', /^其他需要报告的事项$/],
];

/**
 * Every heading ends in 况, 项 or 施: a text without one (and without a character that NFKC folds
 * into a CJK ideograph: a Kangxi radical, a compatibility ideograph) is no heading, and is not folded.
 */
const MAYBE_HEADING = /[况项施\u2e80-\u2fdf\uf900-\ufaff\ud87e]/;

/** The section a paragraph is the heading of, if it is one. */
export function headingOf(text: string): SectionId | undefined {
  if (text.length > 80 || !MAYBE_HEADING.test(text)) return undefined;
  let folded = foldLabel(text).replace(/[。:;.,]+$/, '');
  const numbering = SECTION_NUMBERING.exec(folded);
  if (numbering) folded = folded.slice(numbering[0].length);
  return HEADINGS.find(([, pattern]) => pattern.test(folded))?.[0];
}
