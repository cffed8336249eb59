/**
 * The rules of contract §6 that read the prose: `text.mismatch` (a number the prose states for a
 * table figure that the table does not show) and `text.fee-notice` (fees left unpaid in 表三 that
 * section 六 does not mention). Both are warnings.
 */
import { cellPath } from '../../model/cells.js';
import type { Report } from '../../model/schema.js';
import { SECTION_TITLES } from '../../model/sections.js';
import { pick, type Lang } from '../../model/text.js';
import type { Finding } from '../findings.js';
import { cellName } from '../messages.js';
import { beyondMessages } from '../beyond-messages.js';
import type { ReportValues } from '../values.js';
import { partCells, readingName, type Part } from './figures.js';
import { proseStatements, type ProseStatement } from './statements.js';

interface Shown {
  paths: string[];
  value: number;
}

/** The cells of a reading and the sum of their shown values; undefined when one is blank or absent. */
function shownSum(report: Report, values: ReportValues, statement: ProseStatement, reading: readonly Part[]): Shown | undefined {
  const { table } = statement.figure;
  const table_ = values[table];
  if (!table_) return undefined;
  const cells = reading.flatMap((part) => partCells(table, report, part));
  if (!cells.length) return undefined;
  let value = 0;
  for (const cell of cells) {
    const shown = table_.shown[cell.index];
    if (shown === null || shown === undefined) return undefined;
    value += shown;
  }
  return { paths: cells.map((cell) => cell.path), value };
}

/** Whether the prose's number is the table's: an amount may be rounded to the decimals the prose gives. */
function agrees(statement: ProseStatement, shown: number): boolean {
  const tolerance = statement.figure.unit === 'amount' ? 0.5 * 10 ** -statement.decimals : 0;
  return Math.abs(statement.value - shown) <= tolerance + 1e-9;
}

/** `text.mismatch`: one finding per stated number that no reading of its figure agrees with. */
export function checkText(report: Report, values: ReportValues, lang: Lang): Finding[] {
  const findings: Finding[] = [];
  for (const statement of proseStatements(report)) {
    const [first, ...others] = statement.figure.readings;
    const shown = first && shownSum(report, values, statement, first);
    if (!shown || agrees(statement, shown.value)) continue;
    if (
      others.some((reading) => {
        const other = shownSum(report, values, statement, reading);
        return other !== undefined && agrees(statement, other.value);
      })
    )
      continue;
    const section = pick(SECTION_TITLES[statement.section], lang);
    findings.push({
      rule: 'text.mismatch',
      severity: 'warning',
      table: statement.figure.table,
      cells: shown.paths,
      expected: shown.value,
      actual: statement.value,
      quote: statement.quote,
      section: statement.section,
      message: beyondMessages.textMismatch(
        section,
        statement.quote,
        readingName(statement.figure.table, report, first, lang),
        statement.value,
        shown.value,
        lang,
      ),
    });
  }
  return findings;
}

const FEE_UNPAID = cellPath('applications', 'results.otherHandling.feeUnpaid', 'total');

/** `text.fee-notice`: 表三 （六）2 above 0 while section 六, given, says nothing of 信息处理费 / 收费. */
export function checkFeeNotice(report: Report, values: ReportValues, lang: Lang): Finding[] {
  const other = report.sections?.other;
  const table = values.applications;
  const index = table?.cells.byPath.get(FEE_UNPAID);
  if (other === undefined || !table || index === undefined) return [];
  const count = table.shown[index];
  if (count === null || count === undefined || count <= 0 || /信息处理费|收费/.test(other.replace(/\s/g, ''))) return [];
  return [
    {
      rule: 'text.fee-notice',
      severity: 'warning',
      table: 'applications',
      cells: [FEE_UNPAID],
      actual: count,
      section: 'other',
      message: beyondMessages.feeNotice(cellName(FEE_UNPAID, lang), count, pick(SECTION_TITLES.other, lang), lang),
    },
  ];
}
