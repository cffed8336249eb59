/**
 * `checkReport`: every rule of the contract, the prose rules included, in the order of `RULES`
 * (rules.ts holds them; the elements call `checkWith` and load the prose rules only when a report has prose).
 */
import '../model/english.js';
import type { Report } from '../model/schema.js';
import type { Finding } from './findings.js';
import { BEYOND_RULES } from './beyond.js';
import { checkWith, type CheckOptions } from './rules.js';

export type { CheckOptions } from './rules.js';

/** Checks a parsed report and returns its findings. */
export function checkReport(report: Report, options: CheckOptions = {}): Finding[] {
  return checkWith(report, options, BEYOND_RULES);
}
