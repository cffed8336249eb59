/**
 * The checker's rules: every rule of contract §5 (docs/spec/report-json.md), one finding per
 * row/column/group/table as the contract says, in a stable order (table, then rule, then row, then
 * column). The rules run over the cells of each table by index (model/cells.ts): the totals and
 * what they sum come from the table definitions, not from lists written here. Then the rules of §6
 * that look beyond one table: the prose (prose/, passed in — the elements load it only for a report
 * with prose) and last year's report (previous.ts).
 */
import { cellPath, type TableCells } from '../model/cells.js';
import type { Report } from '../model/schema.js';
import { APPLICATION_COLUMN_KEYS, TABLE_IDS, type TableId } from '../model/tables.js';
import { hasEnglish, type Lang } from '../model/text.js';
import type { Finding, RuleId } from './findings.js';
import { messages, nameOf, nameOfCell } from './messages.js';
import type { BeyondRules } from './beyond.js';
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

/** Checks a parsed report; the rules beyond one table run when they are given (the elements load them on demand). */
export function checkWith(report: Report, options: CheckOptions, beyond: BeyondRules | undefined): Finding[] {
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
  if (!beyond) return findings;
  findings.push(...beyond.checkText(report, values, lang).filter(included), ...beyond.checkFeeNotice(report, values, lang));
  if (options.previous)
    findings.push(...beyond.checkPrevious(report, values, options.previous, reportValues(options.previous, tables), tables, lang));
  return findings;
}

/** The rule a total is judged by: a 总计 column, （七）总计, a 表四 总计. */
const TOTAL_RULES: Record<TableId, Partial<Record<'across' | 'down', RuleId>>> = {
  active: {},
  applications: { across: 'applications.row-total', down: 'applications.results-total' },
  reviews: { across: 'reviews.total' },
};

/** What the rules need of a table, computed once per table variant. */
interface TablePlan {
  /** Each row's cells that are not totals. */
  rowParts: readonly (readonly number[])[];
  /** Cells a total sums: a blank one is "counted as 0". */
  summed: readonly boolean[];
  /** cell.blank messages made so far, by row and blank cells (see blankMessage). */
  blankMessages: Record<Lang, Map<number, string>>;
}

const tablePlans = new WeakMap<TableCells, TablePlan>();

function planOf(table: TableCells): TablePlan {
  let plan = tablePlans.get(table);
  if (!plan) {
    const summed: boolean[] = table.cells.map(() => false);
    for (const total of table.computeOrder) for (const part of total.parts) summed[part] = true;
    plan = {
      rowParts: table.rows.map((row) => row.cells.filter((index) => !table.cells[index]!.total)),
      summed,
      blankMessages: { zh: new Map(), en: new Map() },
    };
    tablePlans.set(table, plan);
  }
  return plan;
}

function checkTable(values: TableValues, lang: Lang, findings: Finding[]): void {
  const { cells: table, given, shown } = values;
  const { cells } = table;
  const id = table.table;
  const plan = planOf(table);

  // cell.invalid, in reading order.
  for (let index = 0; index < cells.length; index++) {
    const value = given[index]!;
    if (value === null || (value >= 0 && (Number.isInteger(value) || (cells[index]!.amount && Number.isFinite(value))))) continue;
    const cell = cells[index]!;
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
  for (let row = 0; row < plan.rowParts.length; row++) {
    const parts = plan.rowParts[row]!;
    const paths: string[] = [];
    let which = 0;
    for (let part = 0; part < parts.length; part++)
      if (given[parts[part]!] === null) {
        paths.push(cells[parts[part]!]!.path);
        which |= 1 << part;
      }
    if (which === 0) continue;
    findings.push({
      rule: 'cell.blank',
      severity: 'warning',
      table: id,
      cells: paths,
      actual: null,
      message: blankMessage(table, plan, row, which, lang),
    });
  }

  // total.computed, one per table.
  if (values.anyComputed) {
    const computed: string[] = [];
    for (let index = 0; index < cells.length; index++) if (values.computed[index]) computed.push(cells[index]!.path);
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
      // An indexed loop: for-of over the 300 parts of 表三's totals costs the checker a twentieth of its time.
      const parts = total.parts;
      let expected = 0;
      for (let part = 0; part < parts.length; part++) expected += shown[parts[part]!] ?? 0;
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

/**
 * The message of a row's blank cells (`which`: a bit per cell of the row's parts — a row has at most
 * seven cells), made once per
 * row and set of blanks: a report with many blank rows repeats the same few sentences.
 */
function blankMessage(table: TableCells, plan: TablePlan, row: number, which: number, lang: Lang): string {
  const key = which * plan.rowParts.length + row;
  let message = plan.blankMessages[lang].get(key);
  if (message !== undefined) return message;
  const columns: string[] = [];
  let counted = false;
  plan.rowParts[row]!.forEach((index, part) => {
    if (!(which & (1 << part))) return;
    const cell = table.cells[index]!;
    if (cell.columnNode) columns.push(nameOf(cell.columnNode, lang));
    counted ||= plan.summed[index]!;
  });
  message = messages.blank(nameOf(table.rows[row]!.node, lang), columns, counted, lang);
  // English sentences are kept only once the English catalogue is there (until then they are the Chinese).
  if (lang === 'zh' || hasEnglish()) plan.blankMessages[lang].set(key, message);
  return message;
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
    const [received, carriedOver, resultsTotal, carriedForward] = indexes as [number, number, number, number];
    const expected = (shown[received] ?? 0) + (shown[carriedOver] ?? 0);
    const actual = (shown[resultsTotal] ?? 0) + (shown[carriedForward] ?? 0);
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
