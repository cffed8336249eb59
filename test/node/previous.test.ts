import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { RULES, checkReport, type Finding, type Report } from '../../src/pure.js';
import { BEYOND_TABLE_RULES } from '../spec.js';
import { sameAgency } from '../../src/check/agency.js';
import { loadReport } from '../helpers/fixtures.js';

const previousFindings = (findings: readonly Finding[]) => findings.filter((finding) => finding.rule.startsWith('previous.'));
const COLUMNS = ['naturalPerson', 'commercial', 'research', 'nonprofit', 'legalService', 'other', 'total'];

/** A report of the year before, from a shared report: its 四、结转下年度 set to `carriedForward`, its 现行有效 to `inForce`. */
function yearBefore(
  report: Report,
  carriedForward: Record<string, number | null> | undefined,
  inForce: { regulations?: number; normativeDocuments?: number } = {},
): Report {
  const previous = structuredClone(report);
  previous.year = report.year - 1;
  if (carriedForward && previous.applications) previous.applications.carriedForward = carriedForward as never;
  if (previous.active) {
    if (inForce.regulations !== undefined) previous.active.regulations.inForce = inForce.regulations;
    if (inForce.normativeDocuments !== undefined) previous.active.normativeDocuments.inForce = inForce.normativeDocuments;
  }
  return previous;
}

describe('contract §6: the rules beyond one table', () => {
  it('RULES lists them after the rules of §5, in the contract’s order', () => {
    assert.deepEqual(
      RULES.slice(-4),
      BEYOND_TABLE_RULES.map((entry) => entry.rule),
    );
  });

  it('each of them is a warning, with the §6 fields only on its findings', () => {
    const report = loadReport('001-huaian-city-2024');
    const previous = { ...structuredClone(report), year: 2023 };
    previous.applications!.carriedForward.total = 1;
    previous.active!.regulations.inForce = 0;
    const findings = checkReport({ ...report, sections: { overview: '全市共受理政府信息公开申请 1 件。', other: '无' } }, { previous });
    const severity = new Map<string, string>(BEYOND_TABLE_RULES.map((entry) => [entry.rule, entry.severity]));
    assert.deepEqual(
      [...new Set(findings.map((finding) => finding.rule))],
      BEYOND_TABLE_RULES.map((entry) => entry.rule),
    );
    for (const finding of findings) assert.equal(finding.severity, severity.get(finding.rule), finding.rule);
    const other = checkReport(loadReport('014-shuyang-fgj-2023'));
    assert.ok(other.length && other.every((finding) => !('quote' in finding || 'section' in finding || 'previous' in finding)));
  });
});

describe('previous.carried-over: 二、上年结转 against last year’s 四、结转下年度', () => {
  const huaian = loadReport('001-huaian-city-2024');
  const carriedOver = { ...huaian.applications!.carriedOver } as Record<string, number | null>;

  it('淮安 2023 carrying forward exactly 001’s 二、上年结转 (34 natural persons): no finding', () => {
    assert.equal(carriedOver.total, 34);
    const previous = yearBefore(huaian, carriedOver, { regulations: 10, normativeDocuments: 84 });
    assert.deepEqual(previousFindings(checkReport(huaian, { previous })), []);
  });

  it('one that carried forward 40 natural persons: one finding per column that differs, naming both cells', () => {
    const previous = yearBefore(huaian, { ...carriedOver, naturalPerson: 40, total: 40 }, { regulations: 10, normativeDocuments: 84 });
    const found = previousFindings(checkReport(huaian, { previous }));
    assert.deepEqual(
      found.map(({ rule, severity, table, cells, previousCells, previous: about, expected, actual }) => ({
        rule,
        severity,
        table,
        cells,
        previousCells,
        previous: about,
        expected,
        actual,
      })),
      ['naturalPerson', 'total'].map((column) => ({
        rule: 'previous.carried-over',
        severity: 'warning',
        table: 'applications',
        cells: [`applications.carriedOver.${column}`],
        previousCells: [`applications.carriedForward.${column}`],
        previous: { agency: '淮安市人民政府', year: 2023 },
        expected: 40,
        actual: 34,
      })),
    );
    assert.equal(found[1]!.message, '二、上年结转·总计为 34，上年报告（淮安市人民政府 2023 年）的四、结转下年度·总计为 40');
    assert.equal(
      previousFindings(checkReport(huaian, { previous, lang: 'en' }))[1]!.message,
      'Carried over, total: 34, but Carried forward, total of last year’s report (淮安市人民政府, 2023) is 40',
    );
  });

  it('a blank 总计 counts as computed; a blank cell on either side does not fire', () => {
    const previous = yearBefore(huaian, { ...carriedOver, total: null, commercial: null }, { regulations: 10, normativeDocuments: 84 });
    assert.deepEqual(previousFindings(checkReport(huaian, { previous })), []);
    const wrong = yearBefore(huaian, { ...carriedOver, naturalPerson: 30, total: null }, { regulations: 10, normativeDocuments: 84 });
    assert.deepEqual(
      previousFindings(checkReport(huaian, { previous: wrong })).map((finding) => [finding.cells[0], finding.expected]),
      [
        ['applications.carriedOver.naturalPerson', 30],
        ['applications.carriedOver.total', 30],
      ],
    );
  });

  it('runs only for the year before: a report of two years before, or of the same year, is not compared', () => {
    const previous = yearBefore(huaian, { ...carriedOver, naturalPerson: 40, total: 40 });
    for (const year of [2022, 2024, 2025]) {
      assert.deepEqual(previousFindings(checkReport(huaian, { previous: { ...previous, year } })), [], String(year));
    }
  });

  it('a previous report given explicitly is trusted to be the same body, whatever its name', () => {
    const previous = {
      ...yearBefore(huaian, { ...carriedOver, total: 35 }, { regulations: 10, normativeDocuments: 84 }),
      agency: '淮安市政府办公室',
    };
    assert.deepEqual(
      previousFindings(checkReport(huaian, { previous })).map((finding) => finding.previous),
      [{ agency: '淮安市政府办公室', year: 2023 }],
    );
  });

  it('every column of 表三 is compared: 7 findings when each differs', () => {
    const previous = yearBefore(huaian, Object.fromEntries(COLUMNS.map((column) => [column, 99])));
    assert.deepEqual(
      previousFindings(checkReport(huaian, { previous }))
        .filter((finding) => finding.rule === 'previous.carried-over')
        .map((finding) => finding.cells[0]),
      COLUMNS.map((column) => `applications.carriedOver.${column}`),
    );
  });
});

describe('previous.in-force: 现行有效件数 = last year’s + 本年制发 − 本年废止', () => {
  it('洪泽 2024 against 2023 (行政规范性文件 现行有效 5): 5 + 3 − 0 = 8, no finding', () => {
    const hongze = loadReport('005-hongze-district-2024');
    const previous = yearBefore(hongze, undefined, { regulations: 0, normativeDocuments: 5 });
    previous.applications!.carriedForward = { ...hongze.applications!.carriedOver };
    assert.deepEqual(previousFindings(checkReport(hongze, { previous })), []);
  });

  it('平潭 2024 against 2023 (现行有效 470): 470 + 62 − 33 = 499 ≠ 440, one finding naming the row’s three cells', () => {
    const pingtan = loadReport('012-pingtan-zone-2024');
    const previous = yearBefore(pingtan, { ...pingtan.applications!.carriedOver }, { regulations: 0, normativeDocuments: 470 });
    const found = previousFindings(checkReport(pingtan, { previous }));
    assert.deepEqual(
      found.map(({ rule, table, cells, previousCells, expected, actual }) => ({ rule, table, cells, previousCells, expected, actual })),
      [
        {
          rule: 'previous.in-force',
          table: 'active',
          cells: ['active.normativeDocuments.issued', 'active.normativeDocuments.repealed', 'active.normativeDocuments.inForce'],
          previousCells: ['active.normativeDocuments.inForce'],
          expected: 499,
          actual: 440,
        },
      ],
    );
    assert.equal(
      found[0]!.message,
      '行政规范性文件现行有效件数为 440，按上年报告（平潭综合实验区 2023 年）现行有效 470 件加本年制发 62 件、减本年废止 33 件应为 499',
    );
  });

  it('a blank input does not fire; the tables option limits the rules to the tables asked for', () => {
    const pingtan = loadReport('012-pingtan-zone-2024');
    const previous = yearBefore(pingtan, { ...pingtan.applications!.carriedOver, total: 5 }, { normativeDocuments: 470 });
    const blank = structuredClone(pingtan);
    blank.active!.normativeDocuments.repealed = null;
    assert.deepEqual(
      previousFindings(checkReport(blank, { previous })).map((finding) => finding.rule),
      ['previous.carried-over'],
    );
    assert.deepEqual(
      previousFindings(checkReport(pingtan, { previous, tables: ['active'] })).map((finding) => finding.rule),
      ['previous.in-force'],
    );
  });
});

describe('sameAgency: the same body with and without its parent regions', () => {
  it('pairs names equal once leading regions (…省, …市, …自治区) are dropped from one of them', () => {
    for (const [a, b] of [
      ['淮安市洪泽区人民政府', '洪泽区人民政府'],
      ['江苏省淮安市人民政府', '淮安市人民政府'],
      ['江苏省淮安市洪泽区人民政府', '淮安市洪泽区人民政府'],
      ['宿迁市沭阳县发展和改革局', '沭阳县发展和改革局'],
      ['广西壮族自治区南宁市人民政府', '南宁市人民政府'],
      ['平潭综合实验区', ' 平潭综合实验区 '],
    ]) {
      assert.ok(sameAgency(a!, b!), `${a} / ${b}`);
      assert.ok(sameAgency(b!, a!), `${b} / ${a}`);
    }
  });

  it('keeps different bodies apart, also when only their regions differ', () => {
    for (const [a, b] of [
      ['淮安市人民政府', '南京市人民政府'],
      ['淮安市人民政府', '人民政府'],
      ['淮安市发展和改革委员会', '南京市发展和改革委员会'],
      ['淮安市洪泽区人民政府', '淮安市人民政府'],
      ['淮安市洪泽区人民政府', '淮安市淮阴区人民政府'],
    ]) {
      assert.ok(!sameAgency(a!, b!), `${a} / ${b}`);
    }
  });
});
