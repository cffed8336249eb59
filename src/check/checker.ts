/**
 * `checkReport`: every rule of contract §5 (docs/spec/report-json.md), one finding per
 * row/column/group/table as the contract says, in a stable order (table, then rule, then row, then
 * column). The rules run over the cells of each table by index (model/cells.ts): the totals and
 * what they sum come from the table definitions, not from lists written here. Then the rules of §6
 * that look beyond one table: the prose (prose/check.ts) and last year's report (previous.ts).
 */
import { cellPath, type TableCells } from '../model/cells.js';
import type { Report } from '../model/schema.js';
import { APPLICATION_COLUMN_KEYS, TABLE_IDS, type TableId } from '../model/tables.js';
import type { Lang } from '../model/text.js';
import type { Finding, RuleId } from './findings.js';
import { messages, nameOf, nameOfCell } from './messages.js';
import { checkPrevious } from './previous.js';
import { checkFeeNotice, checkText } from './prose/check.js';
import { reportValues, type ReportValues, type TableValues } from './values.js';

export interface CheckOptions {
  /** Language of the messages; Chinese by default. */
  lang?: Lang;
  /** Only these tables (all by default). */
  tables?: readonly TableId[];
  /** Reuse values already computed with `reportValues(report)`. */
  values?: ReportValues;
  /**
   * The same body's report of the year before, for the `previous.*` rules (they run only when its
   * `year` is this report's year − 1). A report given here is trusted to be the same body.
   */
  previous?: Report;
}

const differs = (a: number, b: number) => Math.abs(a - b) > 1e-9;

/** Checks a parsed report and returns its findings. */
export function checkReport(report: Report, options: CheckOptions = {}): Finding[] {
  const lang = options.lang ?? 'zh';
  const tables = options.tables ?? TABLE_IDS;
  const values = options.values ?? reportValues(report, tables);
  const findings: Finding[] = [];
  for (const table of TABLE_IDS) {
    const table_ = tables.includes(table) ? values[table] : undefined;
    if (table_) checkTable(table_, lang, findings);
  }
  // Beyond one table, after the table rules, in the order of RULES.
  const included = (finding: Finding) => finding.table === 'report' || tables.includes(finding.table);
  findings.push(...checkText(report, values, lang).filter(included), ...checkFeeNotice(report, values, lang));
  if (options.previous)
    findings.push(...checkPrevious(report, values, options.previous, reportValues(options.previous, tables), tables, lang));
  return findings;
}

/** The rule a total is judged by: a 总计 column, （七）总计, a 表四 总计. */
const TOTAL_RULES: Record<TableId, Partial<Record<'across' | 'down', RuleId>>> = {
  active: {},
  applications: { across: 'applications.row-total', down: 'applications.results-total' },
  reviews: { across: 'reviews.total' },
};

function checkTable(values: TableValues, lang: Lang, findings: Finding[]): void {
  const { cells: table, given, shown } = values;
  const { cells } = table;
  const id = table.table;

  // cell.invalid, in reading order.
  for (const cell of cells) {
    const value = given[cell.index]!;
    if (value === null) continue;
    if (cell.amount ? Number.isFinite(value) && value >= 0 : Number.isInteger(value) && value >= 0) continue;
    const name = nameOfCell(cell, lang);
    findings.push({
      rule: 'cell.invalid',
      severity: 'error',
      table: id,
      cells: [cell.path],
      actual: value,
      message: cell.amount ? messages.invalidAmount(name, value, lang) : messages.invalidCount(name, value, lang),
    });
  }

  // cell.blank, one per row listing its blank cells; "counted as 0" where a total sums them.
  const summed = new Set<number>();
  for (const total of table.computeOrder) for (const part of total.parts) summed.add(part);
  for (const row of table.rows) {
    const blank = row.cells.filter((index) => given[index] === null && !cells[index]!.total).map((index) => cells[index]!);
    if (!blank.length) continue;
    const columns = blank.flatMap((cell) => (cell.columnNode ? [nameOf(cell.columnNode, lang)] : []));
    findings.push({
      rule: 'cell.blank',
      severity: 'warning',
      table: id,
      cells: blank.map((cell) => cell.path),
      actual: null,
      message: messages.blank(
        nameOf(row.node, lang),
        columns,
        blank.some((cell) => summed.has(cell.index)),
        lang,
      ),
    });
  }

  // total.computed, one per table.
  if (values.anyComputed) {
    const computed = cells.filter((cell) => values.computed[cell.index]).map((cell) => cell.path);
    findings.push({
      rule: 'total.computed',
      severity: 'info',
      table: id,
      cells: computed,
      actual: null,
      message: messages.computed(computed.length, lang),
    });
  }

  // Stated totals against the sum of their parts: across each row, then down each column.
  for (const direction of ['across', 'down'] as const) {
    const rule = TOTAL_RULES[id][direction];
    if (!rule) continue;
    for (const total of direction === 'across' ? table.across : table.down) {
      const stated = given[total.cell]!;
      if (stated === null) continue;
      let expected = 0;
      for (const part of total.parts) expected += shown[part] ?? 0;
      if (!differs(expected, stated)) continue;
      const cell = cells[total.cell]!;
      findings.push({
        rule,
        severity: 'error',
        table: id,
        cells: [...total.parts.map((part) => cells[part]!.path), cell.path],
        expected,
        actual: stated,
        message: totalMessage(rule, nameOfCell(cell, lang), expected, stated, lang),
      });
    }
  }

  if (id === 'applications') checkBalance(values, lang, findings);
}

function totalMessage(rule: RuleId, cell: string, expected: number, actual: number, lang: Lang): string {
  if (rule === 'applications.results-total') return messages.resultsTotal(cell, expected, actual, lang);
  if (rule === 'reviews.total') return messages.reviewTotal(cell, expected, actual, lang);
  return messages.rowTotal(cell, expected, actual, lang);
}

/** The four rows of the identity printed in 表三's corner: 一 + 二 = （七）总计 + 四. */
const BALANCE_ROWS = ['received', 'carriedOver', 'results.total', 'carriedForward'] as const;

const balanceColumns = new WeakMap<TableCells, number[][]>();

/** The cells of the identity, per column. */
function balanceCells(table: TableCells): number[][] {
  let columns = balanceColumns.get(table);
  if (!columns) {
    columns = APPLICATION_COLUMN_KEYS.map((column) => BALANCE_ROWS.map((row) => table.byPath.get(cellPath('applications', row, column))!));
    balanceColumns.set(table, columns);
  }
  return columns;
}

/** `applications.balance`, per column, from the values shown (computed totals included). */
function checkBalance(values: TableValues, lang: Lang, findings: Finding[]): void {
  const { cells: table, shown } = values;
  for (const indexes of balanceCells(table)) {
    const [received, carriedOver, resultsTotal, carriedForward] = indexes.map((index) => shown[index] ?? 0) as [
      number,
      number,
      number,
      number,
    ];
    const expected = received + carriedOver;
    const actual = resultsTotal + carriedForward;
    if (!differs(expected, actual)) continue;
    const first = table.cells[indexes[0]!]!;
    findings.push({
      rule: 'applications.balance',
      severity: 'error',
      table: 'applications',
      cells: indexes.map((index) => table.cells[index]!.path),
      expected,
      actual,
      message: messages.balance(nameOf(first.columnNode!, lang), expected, actual, lang),
    });
  }
}
