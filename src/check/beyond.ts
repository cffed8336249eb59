/**
 * The rules beyond one table (contract §6) as one module: the prose against its tables (prose/) and
 * this report against last year's (previous.ts). The elements load it only for a report with prose or
 * a previous report (in the drop-in build, a file of its own); `checkReport` brings it with it. The
 * marks of the prose its findings quote come with it.
 */
import { markProse } from '../report/prose-marks.js';
import { checkPrevious } from './previous.js';
import { checkFeeNotice, checkText } from './prose/check.js';

export interface BeyondRules {
  checkText: typeof checkText;
  checkFeeNotice: typeof checkFeeNotice;
  checkPrevious: typeof checkPrevious;
  /** The prose with the clauses the text findings quote marked (for `<disclosure-report>`; only they quote). */
  markProse: typeof markProse;
}

export const BEYOND_RULES: BeyondRules = { checkText, checkFeeNotice, checkPrevious, markProse };
