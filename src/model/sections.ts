/**
 * The six sections of the report (2021 format, docs/spec/format.md §2.1): their official titles,
 * their order, and which of them are prose (`sections` in the report JSON).
 */
import type { TableId } from './tables.js';
import { label as l, type Label } from './text.js';

/** Keys of `sections`: the prose of 一、五、六. */
export const SECTION_KEYS = ['overview', 'problems', 'other'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export const SECTION_ORDER = ['overview', 'active', 'applications', 'reviews', 'problems', 'other'] as const;
export type SectionId = (typeof SECTION_ORDER)[number];

export const SECTION_TITLES: Record<SectionKey | TableId, Label> = {
  overview: l('一、总体情况'),
  active: l('二、主动公开政府信息情况'),
  applications: l('三、收到和处理政府信息公开申请情况'),
  reviews: l('四、政府信息公开行政复议、行政诉讼情况'),
  problems: l('五、存在的主要问题及改进情况'),
  other: l('六、其他需要报告的事项'),
};
