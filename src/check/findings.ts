/** The finding shape of contract §5, and the fields the rules of §6 add. */
import type { SectionKey } from '../model/sections.js';
import type { TableId } from '../model/tables.js';

export const RULES = [
  'cell.invalid',
  'cell.blank',
  'total.computed',
  'applications.row-total',
  'applications.results-total',
  'applications.balance',
  'reviews.total',
  'text.mismatch',
  'text.fee-notice',
  'previous.carried-over',
  'previous.in-force',
] as const;
export type RuleId = (typeof RULES)[number];
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  rule: RuleId;
  severity: Severity;
  table: TableId | 'report';
  /** Contract paths of every cell involved. */
  cells: string[];
  /** The value the rule computes from the parts, where it computes one. */
  expected?: number;
  /** What the report states (`null` when blank). */
  actual?: number | null;
  /** One sentence in the requested language, naming labels, not keys. */
  message: string;
  /** `text.mismatch`: the clause, verbatim from the prose. */
  quote?: string;
  /** `text.*`: which `sections` key the prose is in. */
  section?: SectionKey;
  /** `previous.*`: the report compared with. */
  previous?: { agency: string; year: number };
  /** `previous.*`: the cells of the previous report that were compared (contract paths). */
  previousCells?: string[];
}
