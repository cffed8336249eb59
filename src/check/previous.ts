/**
 * The rules of contract §6 that compare a report with the same body's report of the year before:
 * `previous.carried-over` (二、上年结转 against last year's 四、结转下年度, per column of 表三) and
 * `previous.in-force` (现行有效件数 against last year's plus 本年制发 minus 本年废止, per 表二 row).
 * Warnings: a reorganised body or a cleanup of its documents breaks them for good reasons.
 */
import { cellInfo, cellPath } from '../model/cells.js';
import type { Report } from '../model/schema.js';
import { ACTIVE_DOCUMENT_ROWS, APPLICATION_COLUMN_KEYS, type TableId } from '../model/tables.js';
import type { Lang } from '../model/text.js';
import type { Finding } from './findings.js';
import { cellName, nameOf } from './messages.js';
import { beyondMessages } from './beyond-messages.js';
import type { ReportValues, TableValues } from './values.js';

const shownAt = (values: TableValues | undefined, path: string): number | null => {
  const index = values?.cells.byPath.get(path);
  return index === undefined ? null : (values!.shown[index] ?? null);
};

/** The `previous.*` findings; none unless `previous` is the report of the year before. */
export function checkPrevious(
  report: Report,
  values: ReportValues,
  previous: Report,
  previousValues: ReportValues,
  tables: readonly TableId[],
  lang: Lang,
): Finding[] {
  if (previous.year !== report.year - 1) return [];
  const about = { agency: previous.agency, year: previous.year };
  const name = beyondMessages.reportName(previous.agency, previous.year, lang);
  const findings: Finding[] = [];
  if (tables.includes('applications')) {
    for (const column of APPLICATION_COLUMN_KEYS) {
      const here = cellPath('applications', 'carriedOver', column);
      const there = cellPath('applications', 'carriedForward', column);
      const actual = shownAt(values.applications, here);
      const expected = shownAt(previousValues.applications, there);
      if (actual === null || expected === null || actual === expected) continue;
      findings.push({
        rule: 'previous.carried-over',
        severity: 'warning',
        table: 'applications',
        cells: [here],
        previousCells: [there],
        previous: about,
        expected,
        actual,
        message: beyondMessages.carriedOver(cellName(here, lang), actual, name, cellName(there, lang), expected, lang),
      });
    }
  }
  if (tables.includes('active')) {
    for (const row of ACTIVE_DOCUMENT_ROWS) {
      const [issued, repealed, inForce] = (['issued', 'repealed', 'inForce'] as const).map((column) => cellPath('active', row, column)) as [
        string,
        string,
        string,
      ];
      const counts = [issued, repealed, inForce].map((path) => shownAt(values.active, path));
      const before = shownAt(previousValues.active, inForce);
      if (before === null || counts.some((count) => count === null)) continue;
      const [added, removed, actual] = counts as [number, number, number];
      const expected = before + added - removed;
      if (Math.abs(expected - actual) < 1e-9) continue;
      findings.push({
        rule: 'previous.in-force',
        severity: 'warning',
        table: 'active',
        cells: [issued, repealed, inForce],
        previousCells: [inForce],
        previous: about,
        expected,
        actual,
        message: beyondMessages.inForce(nameOf(cellInfo(inForce)!.rowNode, lang), actual, before, added, removed, name, lang),
      });
    }
  }
  return findings;
}
