import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// checkReport: the shared reports as they are, then one describe block per rule id of RULES (named
// after the rule, its scenarios inside; a meta-test fails for a rule without one), then what holds
// for all rules (order of findings, the tables asked for).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkReport, parseReport, shownValues, type Finding, type Report } from '../../src/pure.js';
import { RULES, type RuleId } from '../../src/check/findings.js';
import { loadReport } from '../helpers/fixtures.js';

const summary = (findings: Finding[]) => findings.map((finding) => `${finding.rule}:${finding.severity}`);
const errors = (findings: Finding[]) => findings.filter((finding) => finding.severity === 'error');
const reparse = (report: unknown): Report => {
  const parsed = parseReport(report);
  assert.ok(parsed.ok, JSON.stringify(parsed.errors));
  return parsed.report;
};

describe('checkReport on the shared reports', () => {
  it('the sample report: cell.blank per blank 表三 row, one total.computed, no error', () => {
    const findings = checkReport(loadReport('000-yipingyuan-2023'));
    assert.equal(errors(findings).length, 0);
    const blanks = findings.filter((finding) => finding.rule === 'cell.blank');
    assert.equal(blanks.length, 22, '21 result rows （一）…（六） and 四');
    assert.ok(blanks.every((finding) => finding.table === 'applications' && finding.severity === 'warning' && finding.cells.length === 6));
    assert.deepEqual(blanks[0]!.cells.slice(0, 2), [
      'applications.results.granted.naturalPerson',
      'applications.results.granted.commercial',
    ]);
    assert.equal(blanks[21]!.cells[0], 'applications.carriedForward.naturalPerson');
    const computed = findings.filter((finding) => finding.rule === 'total.computed');
    assert.equal(computed.length, 1);
    const cells = computed[0]!.cells;
    assert.ok(cells.includes('applications.received.total') && cells.includes('applications.carriedOver.total'));
    assert.ok(cells.includes('applications.carriedForward.total'));
    for (const key of ['naturalPerson', 'commercial', 'research', 'nonprofit', 'legalService', 'other', 'total']) {
      assert.ok(cells.includes(`applications.results.total.${key}`), key);
    }
    assert.equal(cells.length, 2 + 21 + 1 + 7);
    assert.equal(findings.length, 23);
  });

  it('the consistent real reports yield no finding at all', () => {
    for (const name of ['001-huaian-city-2024', '005-hongze-district-2024', '012-pingtan-zone-2024']) {
      assert.deepEqual(checkReport(loadReport(name)), [], name);
    }
  });

  it('沭阳 2023: the five blank 法人或其他组织 columns warn in every row and count as 0, with no error', () => {
    const findings = checkReport(loadReport('014-shuyang-fgj-2023'));
    assert.equal(errors(findings).length, 0);
    const blanks = findings.filter((finding) => finding.rule === 'cell.blank');
    assert.equal(blanks.length, 24, 'every row but （七）总计, whose cells are totals');
    assert.ok(blanks.every((finding) => finding.cells.length === 5 && !finding.cells.some((cell) => cell.endsWith('.naturalPerson'))));
    const [computed] = findings.filter((finding) => finding.rule === 'total.computed');
    assert.deepEqual(
      computed!.cells,
      ['commercial', 'research', 'nonprofit', 'legalService', 'other'].map((key) => `applications.results.total.${key}`),
    );
  });
});

const huaian = () => structuredClone(loadReport('001-huaian-city-2024'));

/** The rules that have their describe block, for the meta-test at the end. */
const described = new Set<RuleId>();
/** `describe(rule, …)`: the tests of one rule of RULES. */
function describeRule(rule: RuleId, tests: () => void) {
  described.add(rule);
  describe(rule, tests);
}

describeRule('cell.invalid', () => {
  it('negative or fractional counts and negative amounts: one finding per cell', () => {
    const report = huaian();
    report.active!.fees = -1;
    report.active!.licensing = 2.5;
    report.reviews!.review.upheld = -72;
    const findings = checkReport(report);
    const invalid = findings.filter((finding) => finding.rule === 'cell.invalid');
    assert.deepEqual(
      invalid.map((finding) => [finding.table, finding.cells[0], finding.actual]),
      [
        ['active', 'active.licensing', 2.5],
        ['active', 'active.fees', -1],
        ['reviews', 'reviews.review.upheld', -72],
      ],
    );
    assert.equal(invalid[1]!.message, '行政事业性收费为 -1，不是有效的金额（应为非负数）');
  });

  it('a fractional 万元 amount is valid', () => {
    const report = huaian();
    report.active!.fees = 96171.65;
    assert.deepEqual(checkReport(report), []);
  });
});

describeRule('cell.blank', () => {
  it('a blank addend counts as 0 and warns', () => {
    const report = huaian();
    report.applications!.received.commercial = null;
    const findings = checkReport(report);
    assert.deepEqual(summary(findings), ['cell.blank:warning', 'applications.row-total:error', 'applications.balance:error']);
    assert.deepEqual(findings[0]!.cells, ['applications.received.commercial']);
    assert.equal(findings[0]!.message, '一、本年新收的商业企业未填报，按 0 计算');
    assert.equal(findings[1]!.expected, 3119 - 53);
    assert.equal(findings[2]!.expected, 0 + 0);
  });

  it('blank 表二 and 表四 cells warn per row and per group', () => {
    const report = reparse({
      format: '2021',
      agency: '测试局',
      year: 2024,
      active: { regulations: { issued: 1 }, licensing: 3, punishment: 0, compulsion: 0, fees: 0 },
      reviews: {
        review: { upheld: 1, total: 1 },
        litigationDirect: {},
        litigationAfterReview: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
      },
    });
    const findings = checkReport(report, { lang: 'en' });
    assert.deepEqual(
      findings.map((finding) => [finding.rule, finding.table, finding.cells.length]),
      [
        ['cell.blank', 'active', 2],
        ['cell.blank', 'active', 3],
        ['cell.blank', 'reviews', 3],
        ['cell.blank', 'reviews', 4],
        ['total.computed', 'reviews', 1],
      ],
    );
    assert.equal(
      findings[1]!.message,
      'Administrative normative documents: 3 cells not reported (issued this year, repealed this year, in force)',
    );
  });
});

describeRule('total.computed', () => {
  it('a blank total is computed and never errs by itself', () => {
    const report = huaian();
    report.applications!.received.total = null;
    report.applications!.results.total.total = null;
    report.reviews!.review.total = null;
    const findings = checkReport(report);
    assert.deepEqual(summary(findings), ['total.computed:info', 'total.computed:info']);
    assert.deepEqual(findings[0]!.cells, ['applications.received.total', 'applications.results.total.total']);
    assert.deepEqual(findings[1]!.cells, ['reviews.review.total']);
    const values = shownValues(report);
    assert.deepEqual(values.get('applications.received.total'), {
      value: 3119,
      given: null,
      computed: true,
      total: true,
      sources: ['naturalPerson', 'commercial', 'research', 'nonprofit', 'legalService', 'other'].map(
        (key) => `applications.received.${key}`,
      ),
    });
    assert.equal(values.get('applications.results.total.total')!.value, 3050);
    assert.equal(values.get('reviews.review.total')!.value, 351);
  });

  it('（六）其他处理 as one row with a blank 总计: its computed total is in the total.computed finding', () => {
    const report = structuredClone(loadReport('005-hongze-district-2024'));
    const otherHandling = report.applications!.results.otherHandling as Record<string, number | null>;
    otherHandling.total = null;
    const computed = checkReport(report).find((finding) => finding.rule === 'total.computed');
    assert.ok(computed, 'a total.computed finding');
    assert.deepEqual(computed.cells, ['applications.results.otherHandling.total']);
  });
});

describeRule('applications.row-total', () => {
  it('一、本年新收 总计 off by one: one row-total finding for that row and the balance of the 总计 column, nothing else', () => {
    const report = huaian();
    report.applications!.received.total = 3120;
    const findings = checkReport(report);
    assert.deepEqual(summary(findings), ['applications.row-total:error', 'applications.balance:error']);
    const [rowTotal, balance] = findings as [Finding, Finding];
    assert.deepEqual(rowTotal.cells, [
      'applications.received.naturalPerson',
      'applications.received.commercial',
      'applications.received.research',
      'applications.received.nonprofit',
      'applications.received.legalService',
      'applications.received.other',
      'applications.received.total',
    ]);
    assert.equal(rowTotal.expected, 3119);
    assert.equal(rowTotal.actual, 3120);
    assert.equal(rowTotal.message, '一、本年新收·总计应为 3,119（六类申请人之和），报告为 3,120');
    assert.deepEqual(balance.cells, [
      'applications.received.total',
      'applications.carriedOver.total',
      'applications.results.total.total',
      'applications.carriedForward.total',
    ]);
    assert.equal(balance.expected, 3120 + 34);
    assert.equal(balance.actual, 3050 + 103);
  });

  it('（六）其他处理 as one row: checked like any result row', () => {
    const report = structuredClone(loadReport('005-hongze-district-2024'));
    const otherHandling = report.applications!.results.otherHandling as Record<string, number | null>;
    assert.equal(otherHandling.naturalPerson, 0);
    otherHandling.naturalPerson = 1;
    const findings = checkReport(report);
    assert.deepEqual(summary(findings), ['applications.row-total:error', 'applications.results-total:error']);
    assert.ok(findings[0]!.cells.includes('applications.results.otherHandling.naturalPerson'));
    assert.equal(findings[1]!.cells.length, 19 + 1, '19 result rows and （七）总计');
  });
});

describeRule('applications.results-total', () => {
  it('（七）总计 of a column that is not the sum of its results', () => {
    const report = huaian();
    report.applications!.results.total.naturalPerson = 2934;
    const findings = checkReport(report, { lang: 'en' });
    assert.deepEqual(summary(findings), ['applications.row-total:error', 'applications.results-total:error', 'applications.balance:error']);
    const resultsTotal = findings[1]!;
    assert.equal(resultsTotal.cells.length, 22);
    assert.equal(resultsTotal.cells[21], 'applications.results.total.naturalPerson');
    assert.equal(resultsTotal.message, 'Results total, natural persons: 2,932 expected (sum of results), report says 2,934');
    assert.equal(checkReport(report)[1]!.message, '（七）总计·自然人应为 2,932（各项办理结果之和），报告为 2,934');
  });
});

describeRule('applications.balance', () => {
  it('一 + 二 ≠ （七）+ 四 in one column', () => {
    const report = huaian();
    report.applications!.carriedForward.legalService = 1;
    report.applications!.carriedForward.total = 104;
    const findings = checkReport(report);
    assert.deepEqual(summary(findings), ['applications.balance:error', 'applications.balance:error']);
    assert.deepEqual(
      findings.map((finding) => [finding.cells[0], finding.expected, finding.actual]),
      [
        ['applications.received.legalService', 61, 62],
        ['applications.received.total', 3153, 3154],
      ],
    );
  });

  it('a computed total is named as itself: the balance names the four cells of its column, whether or not （七）总计 was given', () => {
    const report = huaian();
    report.applications!.results.total.naturalPerson = null;
    report.applications!.results.granted.naturalPerson = 1289;
    report.applications!.results.granted.total = null;
    const findings = checkReport(report);
    const balance = findings.find(
      (finding) => finding.rule === 'applications.balance' && finding.cells[0] === 'applications.received.naturalPerson',
    );
    assert.ok(balance, JSON.stringify(summary(findings)));
    assert.deepEqual(
      balance.cells,
      ['received', 'carriedOver', 'results.total', 'carriedForward'].map((row) => `applications.${row}.naturalPerson`),
    );
    const computed = findings.find((finding) => finding.rule === 'total.computed')!;
    assert.deepEqual(computed.cells, ['applications.results.granted.total', 'applications.results.total.naturalPerson']);
  });

  it('the sample report with one result cell changed: the balance finding names the four cells of that column', () => {
    const report = structuredClone(loadReport('000-yipingyuan-2023'));
    assert.equal(report.applications!.results.granted.naturalPerson, null, 'the sample leaves its results blank');
    report.applications!.results.granted.naturalPerson = 1;
    const balances = checkReport(report).filter((finding) => finding.rule === 'applications.balance');
    const natural = balances.find((finding) => finding.cells[0] === 'applications.received.naturalPerson');
    assert.ok(natural, JSON.stringify(balances.map((finding) => finding.cells)));
    assert.deepEqual(
      natural.cells,
      ['received', 'carriedOver', 'results.total', 'carriedForward'].map((row) => `applications.${row}.naturalPerson`),
    );
    for (const finding of balances) assert.equal(finding.cells.length, 4);
  });
});

describeRule('reviews.total', () => {
  it('a group whose 总计 is not the sum of its four results', () => {
    const report = huaian();
    report.reviews!.litigationAfterReview.total = 21;
    const findings = checkReport(report);
    assert.deepEqual(summary(findings), ['reviews.total:error']);
    assert.deepEqual(
      findings[0]!.cells,
      ['upheld', 'corrected', 'other', 'pending', 'total'].map((key) => `reviews.litigationAfterReview.${key}`),
    );
    assert.equal(findings[0]!.message, '行政诉讼·复议后起诉·总计应为 20（结果维持、结果纠正、其他结果、尚未审结之和），报告为 21');
    assert.equal(findings[0]!.table, 'reviews');
  });
});

describe('checkReport: all rules', () => {
  it('orders findings by table, then rule, then row, then column', () => {
    const report = huaian();
    report.reviews!.review.total = 1;
    report.applications!.carriedForward.total = 1;
    report.applications!.received.total = 1;
    report.applications!.received.other = -1;
    report.active!.compulsion = null;
    const findings = checkReport(report);
    const tableOrder = ['active', 'applications', 'reviews'];
    for (let index = 1; index < findings.length; index++) {
      const previous = findings[index - 1]!;
      const current = findings[index]!;
      const byTable = tableOrder.indexOf(previous.table) - tableOrder.indexOf(current.table);
      assert.ok(
        byTable < 0 || (byTable === 0 && RULES.indexOf(previous.rule) <= RULES.indexOf(current.rule)),
        `${previous.rule} before ${current.rule}`,
      );
    }
    const rowTotals = findings.filter((finding) => finding.rule === 'applications.row-total');
    assert.deepEqual(
      rowTotals.map((finding) => finding.cells.at(-1)),
      ['applications.received.total', 'applications.carriedForward.total'],
    );
  });

  it('checks only the tables asked for', () => {
    const report = huaian();
    report.reviews!.review.total = 1;
    assert.equal(checkReport(report, { tables: ['applications'] }).length, 0);
    assert.equal(checkReport(report, { tables: ['reviews'] }).length, 1);
  });
});

describe('RULES', () => {
  it('every rule id in RULES has its describe block: describeRule here, or a describe titled with the rule id in another Node test', () => {
    // The rules beyond one table (contract §6) have files of their own: prose.test.ts, previous.test.ts.
    const dir = fileURLToPath(new URL('.', import.meta.url));
    const sources = readdirSync(dir)
      .filter((name) => name.endsWith('.test.ts'))
      .map((name) => readFileSync(join(dir, name), 'utf8'));
    const elsewhere = (rule: string) => sources.some((source) => source.includes(`describe('${rule}`));
    assert.deepEqual(
      RULES.filter((rule) => !described.has(rule) && !elsewhere(rule)),
      [],
      'add describeRule(<rule id>, …) with the tests of the new rule',
    );
  });
});
