/**
 * `checkReport`: every rule of contract §5, one finding per row/column/group/table as the
 * contract says, in a stable order (table, then rule, then row, then column).
 */
import { ACTIVE_SINGLE_CELLS, APPLICANT_KEYS, APPLICATION_COLUMN_KEYS, REVIEW_GROUP_KEYS, REVIEW_PART_KEYS, TABLE_IDS, type TableId } from '../model/keys.js';
import type { Lang } from '../model/labels.js';
import type { Report } from '../model/schema.js';
import { gridFor } from '../layout/tables.js';
import type { Finding } from './findings.js';
import { cellName, columnName, messages, rowName } from './messages.js';
import { applicationRows, involvedCells, shownValues, sum, type ShownValues } from './values.js';

export interface CheckOptions {
  /** Language of the messages; Chinese by default. */
  lang?: Lang;
  /** Only these tables (all by default). */
  tables?: readonly TableId[];
  /** Reuse values already computed with `shownValues(report)`. */
  values?: ShownValues;
}

const differs = (a: number, b: number) => Math.abs(a - b) > 1e-9;

/** Checks a parsed report and returns its findings. */
export function checkReport(report: Report, options: CheckOptions = {}): Finding[] {
  const lang = options.lang ?? 'zh';
  const tables = options.tables ?? TABLE_IDS;
  const values = options.values ?? shownValues(report, tables);
  const findings: Finding[] = [];
  if (tables.includes('active') && report.active) findings.push(...checkActive(values, lang));
  if (tables.includes('applications') && report.applications) findings.push(...checkApplications(report, values, lang));
  if (tables.includes('reviews') && report.reviews) findings.push(...checkReviews(values, lang));
  return findings;
}

/** `cell.invalid` for every cell of a table, in reading order. */
function invalidCells(table: TableId, report: Pick<Report, 'applications'>, values: ShownValues, lang: Lang): Finding[] {
  const findings: Finding[] = [];
  for (const path of gridFor(table, report).cells.keys()) {
    const value = values.get(path)?.given;
    if (value === null || value === undefined) continue;
    const isAmount = path === 'active.fees';
    const valid = isAmount ? Number.isFinite(value) && value >= 0 : Number.isInteger(value) && value >= 0;
    if (valid) continue;
    const name = cellName(path, lang);
    findings.push({
      rule: 'cell.invalid',
      severity: 'error',
      table,
      cells: [path],
      actual: value,
      message: isAmount ? messages.invalidAmount(name, value, lang) : messages.invalidCount(name, value, lang),
    });
  }
  return findings;
}

function blankFinding(table: TableId, rowPath: string, cells: string[], columns: string[], counted: boolean, lang: Lang): Finding {
  return {
    rule: 'cell.blank',
    severity: 'warning',
    table,
    cells,
    actual: null,
    message: messages.blank(rowName(table, rowPath, lang), columns, counted, lang),
  };
}

function computedFinding(table: TableId, values: ShownValues, lang: Lang): Finding[] {
  const cells = [...gridFor(table).cells.keys()].filter((path) => values.get(path)?.computed);
  return cells.length ? [{ rule: 'total.computed', severity: 'info', table, cells, actual: null, message: messages.computed(cells.length, lang) }] : [];
}

function checkActive(values: ShownValues, lang: Lang): Finding[] {
  const findings = invalidCells('active', {}, values, lang);
  for (const row of ['regulations', 'normativeDocuments'] as const) {
    const keys = ['issued', 'repealed', 'inForce'] as const;
    const blank = keys.filter((key) => values.get(`active.${row}.${key}`)?.given === null);
    if (blank.length) {
      findings.push(
        blankFinding(
          'active',
          row,
          blank.map((key) => `active.${row}.${key}`),
          blank.map((key) => columnName('active', key, lang)),
          false,
          lang,
        ),
      );
    }
  }
  for (const key of ACTIVE_SINGLE_CELLS) {
    if (values.get(`active.${key}`)?.given === null) findings.push(blankFinding('active', key, [`active.${key}`], [], false, lang));
  }
  return findings;
}

function checkApplications(report: Report, values: ShownValues, lang: Lang): Finding[] {
  const findings = invalidCells('applications', report, values, lang);
  const rows = applicationRows(report);
  const at = (rowPath: string, key: string) => `applications.${rowPath}.${key}`;
  const shown = (path: string) => values.get(path)?.value ?? null;

  for (const ref of rows) {
    if (ref.isResultsTotal) continue; // every cell of （七）总计 is a total
    const blank = APPLICANT_KEYS.filter((key) => ref.row[key] === null);
    if (blank.length) {
      findings.push(
        blankFinding(
          'applications',
          ref.path,
          blank.map((key) => at(ref.path, key)),
          blank.map((key) => columnName('applications', key, lang)),
          true,
          lang,
        ),
      );
    }
  }
  findings.push(...computedFinding('applications', values, lang));

  for (const ref of rows) {
    const stated = ref.row.total;
    if (stated === null) continue;
    const parts = APPLICANT_KEYS.map((key) => at(ref.path, key));
    const expected = sum(parts.map(shown));
    if (differs(expected, stated)) {
      findings.push({
        rule: 'applications.row-total',
        severity: 'error',
        table: 'applications',
        cells: involvedCells([...parts, at(ref.path, 'total')], values),
        expected,
        actual: stated,
        message: messages.rowTotal(cellName(at(ref.path, 'total'), lang), expected, stated, lang),
      });
    }
  }

  const resultRows = rows.filter((ref) => ref.isResult);
  for (const key of APPLICATION_COLUMN_KEYS) {
    const stated = report.applications!.results.total[key];
    if (stated === null) continue;
    const parts = resultRows.map((ref) => at(ref.path, key));
    const expected = sum(parts.map(shown));
    if (differs(expected, stated)) {
      findings.push({
        rule: 'applications.results-total',
        severity: 'error',
        table: 'applications',
        cells: involvedCells([...parts, at('results.total', key)], values),
        expected,
        actual: stated,
        message: messages.resultsTotal(cellName(at('results.total', key), lang), expected, stated, lang),
      });
    }
  }

  for (const key of APPLICATION_COLUMN_KEYS) {
    const cells = ['received', 'carriedOver', 'results.total', 'carriedForward'].map((row) => at(row, key));
    const [received, carriedOver, resultsTotal, carriedForward] = cells.map((path) => shown(path) ?? 0) as [number, number, number, number];
    const expected = received + carriedOver;
    const actual = resultsTotal + carriedForward;
    if (differs(expected, actual)) {
      findings.push({
        rule: 'applications.balance',
        severity: 'error',
        table: 'applications',
        cells: involvedCells(cells, values),
        expected,
        actual,
        message: messages.balance(columnName('applications', key, lang), expected, actual, lang),
      });
    }
  }
  return findings;
}

function checkReviews(values: ShownValues, lang: Lang): Finding[] {
  const findings = invalidCells('reviews', {}, values, lang);
  for (const group of REVIEW_GROUP_KEYS) {
    const blank = REVIEW_PART_KEYS.filter((key) => values.get(`reviews.${group}.${key}`)?.given === null);
    if (blank.length) {
      findings.push(
        blankFinding(
          'reviews',
          group,
          blank.map((key) => `reviews.${group}.${key}`),
          blank.map((key) => columnName('reviews', key, lang)),
          true,
          lang,
        ),
      );
    }
  }
  findings.push(...computedFinding('reviews', values, lang));
  for (const group of REVIEW_GROUP_KEYS) {
    const stated = values.get(`reviews.${group}.total`)!;
    if (stated.given === null) continue;
    const parts = REVIEW_PART_KEYS.map((key) => `reviews.${group}.${key}`);
    const expected = sum(parts.map((path) => values.get(path)?.value ?? null));
    if (differs(expected, stated.given)) {
      findings.push({
        rule: 'reviews.total',
        severity: 'error',
        table: 'reviews',
        cells: [...parts, `reviews.${group}.total`],
        expected,
        actual: stated.given,
        message: messages.reviewTotal(cellName(`reviews.${group}.total`, lang), expected, stated.given, lang),
      });
    }
  }
  return findings;
}
