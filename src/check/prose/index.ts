/**
 * The rules that read the report's prose (contract §6: `text.mismatch`, `text.fee-notice`), as one
 * module: its word lists are most of its weight, so the elements load it only for a report with prose
 * (in the drop-in build, as a file of its own).
 */
import { checkFeeNotice, checkText } from './check.js';

export interface ProseRules {
  checkText: typeof checkText;
  checkFeeNotice: typeof checkFeeNotice;
}

export const PROSE_RULES: ProseRules = { checkText, checkFeeNotice };
