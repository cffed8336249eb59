import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { checkReport, parseReport, type Finding, type Report } from '../../src/pure.js';
import { importReport } from '../../src/import/node.js';
import { consistentReport } from '../helpers/arbitraries.js';
import { fixturesDir, loadReport } from '../helpers/fixtures.js';
import { reportWithProse } from '../helpers/prose.js';

const textFindings = (findings: readonly Finding[]) => findings.filter((finding) => finding.rule.startsWith('text.'));
const withProse = (report: Report, overview: string, other?: string): Report => ({
  ...report,
  sections: { overview, ...(other === undefined ? {} : { other }) },
});

function setCell(report: Report, path: string, value: number | null): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  const parent = keys.reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, report as never);
  parent[last] = value;
}
const cell = (report: unknown, path: string): number =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], report) as number;

/** The shared reports with their prose: as imported from the published source, or from the PDF's text. */
function sharedWithProse(): Record<string, Report> {
  // The agency as the JSON of the sample (its source text does not say it) and of 平潭 (whose page names it only in the title).
  const imported = (source: string, agency?: string) => {
    const result = importReport(readFileSync(`${fixturesDir}${source}`, 'utf8'), agency ? { agency } : {});
    assert.ok(result.ok, source);
    return result.report;
  };
  return {
    '000-yipingyuan-2023': imported('000-yipingyuan-2023.source.txt', '一平垣乡人民政府'),
    '001-huaian-city-2024': reportWithProse('001-huaian-city-2024'),
    '005-hongze-district-2024': reportWithProse('005-hongze-district-2024'),
    '012-pingtan-zone-2024': imported('012-pingtan-zone-2024.source.html', '平潭综合实验区'),
    '014-shuyang-fgj-2023': imported('014-shuyang-fgj-2023.source.html'),
  };
}

/**
 * What each report's prose says of its tables, from its reading (the "Text vs table" lines of the
 * shared .md files): the clause and the cell whose value it states. Each agrees with its table.
 */
const READ_CLAUSES: Record<string, [quote: string, path: string, ...also: string[]][]> = {
  '001-huaian-city-2024': [
    ['全年新增公开市政府规章 1 件', 'active.regulations.issued'],
    ['全市共受理政府信息公开申请 3119 件', 'applications.received.total'],
    ['答复 3050 件', 'applications.results.total.total'],
    ['含上年度结转申请 34 件', 'applications.carriedOver.total'],
    ['另有 103 件顺延到下年度答复', 'applications.carriedForward.total'],
    ['政府信息公开行政复议 351件', 'reviews.review.total'],
    ['其中结果维持 72 件', 'reviews.review.upheld'],
    ['结果纠正 64 件', 'reviews.review.corrected'],
    ['其他结果 178 件', 'reviews.review.other'],
    ['尚未审结 37 件', 'reviews.review.pending'],
    ['政府信息公开行政诉讼 46 件', 'reviews.litigationDirect.total'],
    ['其中结果维持 25件', 'reviews.litigationAfterReview.upheld'],
    ['结果纠正 5 件', 'reviews.litigationDirect.corrected'],
    ['其他结果 9 件', 'reviews.litigationDirect.other'],
    ['尚未审结 7 件', 'reviews.litigationAfterReview.pending'],
  ],
  '005-hongze-district-2024': [],
  '000-yipingyuan-2023': [],
  // 办理 is 办结 or 收到: a table that disagrees with it disagrees with both.
  '012-pingtan-zone-2024': [['全年办理政府信息公开申请218件', 'applications.results.total.total', 'applications.received.total']],
  '014-shuyang-fgj-2023': [['2023年度我局共收到依申请信息公开26件', 'applications.received.total']],
};

describe('text.mismatch on the prose of the shared reports', () => {
  const reports = sharedWithProse();

  it('every shared report has prose in at least one section', () => {
    for (const [name, report] of Object.entries(reports)) assert.ok(report.sections?.overview, name);
  });

  it('none of them gets a text finding: their prose agrees with their tables', () => {
    for (const [name, report] of Object.entries(reports)) assert.deepEqual(textFindings(checkReport(report)), [], name);
  });

  it('the clauses the readings name are read: a table that disagrees with one yields one finding quoting it', () => {
    for (const [name, clauses] of Object.entries(READ_CLAUSES)) {
      for (const [quote, path, ...also] of clauses) {
        const report = structuredClone(reports[name]!);
        for (const changed of [path, ...also]) setCell(report, changed, cell(report, changed) + 1000);
        const found = textFindings(checkReport(report));
        assert.deepEqual(
          found.map((finding) => finding.quote),
          [quote],
          `${name}: ${path}`,
        );
        assert.equal(found[0]!.section, 'overview');
        assert.ok(found[0]!.cells.includes(path), `${name}: ${path} in ${found[0]!.cells.join(' ')}`);
        assert.equal(found[0]!.severity, 'warning');
      }
    }
  });

  it('洪泽 2024: 区政府办代表区政府受理…17 件 counts the office’s own applications, not the table’s 95: no finding', () => {
    const report = reports['005-hongze-district-2024']!;
    assert.match(report.sections!.overview!, /区政府办代表区政府受理政府信息公开申请 17 件/);
    assert.equal(cell(report, 'applications.received.total'), 95);
    assert.deepEqual(textFindings(checkReport(report)), []);
  });

  it('the issue’s example: 行政复议案件134件 and 行政诉讼案件57件 against 170 and 77, quoted, in both languages', () => {
    const report = structuredClone(loadReport('001-huaian-city-2024'));
    report.reviews!.review = { upheld: 70, corrected: 30, other: 60, pending: 10, total: 170 };
    report.reviews!.litigationDirect = { upheld: 40, corrected: 10, other: 10, pending: 7, total: 67 };
    report.reviews!.litigationAfterReview = { upheld: 5, corrected: 2, other: 2, pending: 1, total: 10 };
    const prose = withProse(report, '全市全年备案政府信息依申请公开领域行政复议案件134件，行政诉讼案件57件。');
    const found = textFindings(checkReport(prose));
    assert.deepEqual(
      found.map(({ table, cells, expected, actual, quote, section }) => ({ table, cells, expected, actual, quote, section })),
      [
        {
          table: 'reviews',
          cells: ['reviews.review.total'],
          expected: 170,
          actual: 134,
          quote: '全市全年备案政府信息依申请公开领域行政复议案件134件',
          section: 'overview',
        },
        {
          table: 'reviews',
          cells: ['reviews.litigationDirect.total', 'reviews.litigationAfterReview.total'],
          expected: 77,
          actual: 57,
          quote: '行政诉讼案件57件',
          section: 'overview',
        },
      ],
    );
    assert.equal(
      found[0]!.message,
      '一、总体情况中“全市全年备案政府信息依申请公开领域行政复议案件134件”所述行政复议·总计为 134，表中为 170',
    );
    const [english] = textFindings(checkReport(prose, { lang: 'en' }));
    assert.equal(
      english!.message,
      '1. Overview: “全市全年备案政府信息依申请公开领域行政复议案件134件” gives 134 for Administrative review, total, but the table shows 170',
    );
  });
});

describe('text.mismatch: what the reader attributes, and what it leaves alone', () => {
  const huaian = () => loadReport('001-huaian-city-2024');
  const found = (overview: string) => textFindings(checkReport(withProse(huaian(), overview)));

  it('收到申请 X 件 may be 新收 or 新收 + 上年结转; 予以公开 may count （一） + （二）', () => {
    assert.deepEqual(found('全年共收到政府信息公开申请3119件。'), []);
    assert.deepEqual(found('全年共收到政府信息公开申请3153件。'), [], '3119 + 34');
    assert.deepEqual(found('予以公开1816件。'), [], '1362 + 454');
    assert.deepEqual(found('予以公开及部分公开1816件。'), []);
    const [wrong] = found('全年共收到政府信息公开申请3150件。');
    assert.deepEqual([wrong!.cells, wrong!.expected, wrong!.actual], [['applications.received.total'], 3119, 3150]);
  });

  it('names the figure’s cells: sums of rows, an applicant column, 表二 rows, amounts rounded as the prose rounds', () => {
    const [withheld] = found('不予公开180件。');
    assert.deepEqual(withheld!.cells, [
      'applications.results.withheld.stateSecret.total',
      'applications.results.withheld.lawProhibited.total',
      'applications.results.withheld.securityStability.total',
      'applications.results.withheld.thirdPartyRights.total',
      'applications.results.withheld.internalAffairs.total',
      'applications.results.withheld.processInformation.total',
      'applications.results.withheld.enforcementFiles.total',
      'applications.results.withheld.queryMatters.total',
    ]);
    assert.equal(withheld!.expected, 178);
    assert.match(withheld!.message, /（三）不予公开·总计为 180，表中为 178/);
    const [person] = found('收到自然人申请3000件。');
    assert.deepEqual([person!.cells, person!.expected], [['applications.received.naturalPerson'], 3001]);
    const [documents] = found('本年制发规范性文件8件，废止20件，现行有效66件。');
    assert.deepEqual([documents!.cells, documents!.expected, documents!.actual], [['active.normativeDocuments.repealed'], 26, 20]);
    assert.deepEqual(found('收取行政事业性收费96171.6万元，行政许可447228件，行政处罚3985758件，行政强制88283件。'), []);
    assert.deepEqual(found('收取行政事业性收费96172万元。'), [], 'rounded to the yuan the prose gives');
    const [fees] = found('收取行政事业性收费96170万元。');
    assert.deepEqual([fees!.cells, fees!.table], [['active.fees'], 'active']);
  });

  it('a number it cannot attribute with confidence is no finding', () => {
    for (const text of [
      '全年主动公开政府信息13561条。',
      '答复率100%，网站访问量120万次。',
      '统计期限自2024年1月1日至2024年12月31日，于3月15日受理申请。',
      '区政府办代表区政府受理政府信息公开申请17件。',
      '市本级受理政府信息公开申请300件。',
      '各部门共受理政府信息公开申请500件。',
      '全年受理申请3119件，同比增长500件。',
      '受理申请约3000件。',
      '全年受理网络问政182件。',
      '新增公开市政府规章1件、市政府及市政府办政策性文件11件。',
      '有5个申请人提出申请。',
      '行政复议、行政诉讼案件共5件。',
      '行政复议、行政诉讼案件各0件。',
      '行政复议被纠错2件。',
      '办理行政许可事项200项。',
      '行政许可200项，行政处罚5条。',
      '收到政府信息公开申请3条。',
      '涉及行政许可的申请5件。',
      '1-11月受理申请3000件。',
      '全年收取政府信息公开信息处理费3940元。',
      '受理并办结申请20件。',
      '收到申请3119件，网络问政5件，办结10件。',
      '公开政府常务会议7期，解读信息发布7条。',
      '全县共受理政府信息公开申请20件。',
    ]) {
      assert.deepEqual(found(text), [], text);
    }
  });

  it('quotes the prose verbatim, line wraps and blanks included, and reads full-width digits', () => {
    const [wrapped] = found('全市共受理政府信息公开申请 3000\n件。');
    assert.equal(wrapped, undefined, 'a line is a paragraph: a wrapped number is not read');
    const [spaced] = found('全市共受理政府信息公开  申请 ３０００ 件，答复 3050 件。');
    assert.equal(spaced!.quote, '全市共受理政府信息公开  申请 ３０００ 件');
    assert.equal(spaced!.actual, 3000);
    const [grouped] = found('全年共收到政府信息公开申请3,000件。');
    assert.equal(grouped!.actual, 3000);
  });
});

// ---- generated prose: the phrasings of real reports, from a report's own figures

/** Where a generated report's figure sits: literal contract paths whose values the clause states. */
const WITHHELD = ['stateSecret', 'lawProhibited', 'securityStability', 'thirdPartyRights', 'internalAffairs', 'processInformation'];
const withheld = [...WITHHELD, 'enforcementFiles', 'queryMatters'].map((key) => `applications.results.withheld.${key}.total`);
const unavailable = ['notHeld', 'needsCreation', 'stillUnclear'].map((key) => `applications.results.unavailable.${key}.total`);
const notProcessed = ['complaint', 'repeated', 'publication', 'excessive', 'confirmation'].map(
  (key) => `applications.results.notProcessed.${key}.total`,
);
const otherHandling = (single: boolean) =>
  single
    ? ['applications.results.otherHandling.total']
    : ['correctionOverdue', 'feeUnpaid', 'other'].map((key) => `applications.results.otherHandling.${key}.total`);
const bothLitigations = (column: string) => [`reviews.litigationDirect.${column}`, `reviews.litigationAfterReview.${column}`];

interface Clause {
  /** The clause with `{n}` for its number. */
  text: string;
  cells: readonly string[];
  amount?: boolean;
}

/** Sentences as real reports write them, each a list of clauses (the first may name the topic for the rest). */
function sentences(self: string, choose: (options: readonly string[]) => string, single: boolean): Clause[][] {
  return [
    [
      { text: `${self}共${choose(['收到', '受理', '新收'])}政府信息公开申请{n}件`, cells: ['applications.received.total'] },
      { text: `${choose(['办结', '答复'])}{n}件`, cells: ['applications.results.total.total'] },
      { text: `含${choose(['上年结转', '上年度结转'])}申请{n}件`, cells: ['applications.carriedOver.total'] },
      { text: `另有{n}件${choose(['结转下年度继续办理', '顺延至下年度办理'])}`, cells: ['applications.carriedForward.total'] },
    ],
    [
      { text: '其中予以公开{n}件', cells: ['applications.results.granted.total'] },
      { text: '部分公开{n}件', cells: ['applications.results.partlyGranted.total'] },
      { text: '不予公开{n}件', cells: withheld },
      { text: '无法提供{n}件', cells: unavailable },
      { text: '不予处理{n}件', cells: notProcessed },
      { text: '其他处理{n}件', cells: otherHandling(single) },
    ],
    [
      { text: '政府信息公开行政复议{n}件', cells: ['reviews.review.total'] },
      { text: '其中结果维持{n}件', cells: ['reviews.review.upheld'] },
      { text: '结果纠正{n}件', cells: ['reviews.review.corrected'] },
      { text: '其他结果{n}件', cells: ['reviews.review.other'] },
      { text: '尚未审结{n}件', cells: ['reviews.review.pending'] },
    ],
    [
      { text: `${choose(['政府信息公开行政诉讼', '行政诉讼案件'])}{n}件`, cells: bothLitigations('total') },
      { text: '其中结果维持{n}件', cells: bothLitigations('upheld') },
      { text: '尚未审结{n}件', cells: bothLitigations('pending') },
    ],
    [
      { text: '未经复议直接起诉{n}件', cells: ['reviews.litigationDirect.total'] },
      { text: '复议后起诉{n}件', cells: ['reviews.litigationAfterReview.total'] },
    ],
    [
      { text: `全年${choose(['制发', '印发'])}规范性文件{n}件`, cells: ['active.normativeDocuments.issued'] },
      { text: '废止{n}件', cells: ['active.normativeDocuments.repealed'] },
      { text: '现行有效{n}件', cells: ['active.normativeDocuments.inForce'] },
    ],
    [{ text: '截至年底，现行有效规章{n}件', cells: ['active.regulations.inForce'] }],
    [
      { text: '作出行政许可决定{n}件', cells: ['active.licensing'] },
      { text: '行政处罚决定{n}件', cells: ['active.punishment'] },
      { text: '行政强制决定{n}件', cells: ['active.compulsion'] },
    ],
    [{ text: '收取行政事业性收费{n}万元', cells: ['active.fees'], amount: true }],
  ];
}

/** Bodies and the words their prose uses for themselves. */
const BODIES = [
  ['淮安市人民政府', '全市'],
  ['沭阳县发展和改革局', '我局'],
  ['一平垣乡人民政府', '全乡'],
  ['平潭综合实验区', '全区'],
  ['测试机关', '本机关'],
] as const;

const generated = fc
  .record({
    input: consistentReport({ blankTotals: false }),
    body: fc.constantFrom(...BODIES),
    choices: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
    spaced: fc.boolean(),
    change: fc.nat(),
  })
  .map(({ input, body, choices, spaced, change }) => {
    const parsed = parseReport({ ...input, agency: body[0] });
    assert.ok(parsed.ok);
    const report = parsed.report;
    let next = 0;
    const choose = (options: readonly string[]) => options[choices[next++ % choices.length]! % options.length]!;
    const single = 'naturalPerson' in report.applications!.results.otherHandling;
    const all = sentences(body[1], choose, single);
    const clauses = all.flat();
    return { report, all, changed: clauses[change % clauses.length]!, spaced };
  });

/** The prose of the sentences, every number the table's, but `changed` stating `value`. */
function proseOf(report: Report, all: Clause[][], spaced: boolean, changed?: Clause, value?: number) {
  const number = (clause: Clause) => {
    const shown = clause === changed ? value! : clause.cells.reduce((sum, path) => sum + cell(report, path), 0);
    return spaced ? ` ${shown} ` : String(shown);
  };
  return all.map((sentence) => `${sentence.map((clause) => clause.text.replace('{n}', number(clause))).join('，')}。`).join('');
}

describe('text.mismatch on generated prose (property)', () => {
  it('prose that states a report’s own figures yields no finding', () => {
    fc.assert(
      fc.property(generated, ({ report, all, spaced }) => {
        assert.deepEqual(checkReport(withProse(report, proseOf(report, all, spaced))), []);
      }),
      { numRuns: 300 },
    );
  });

  it('one number changed yields exactly one finding: that clause, its figure’s cells, the table’s value and the prose’s', () => {
    fc.assert(
      fc.property(generated, ({ report, all, changed, spaced }) => {
        // Larger than any sum of cells, so it agrees with no reading of any figure.
        const value = changed.amount ? cell(report, 'active.fees') + 1_000_000.5 : 10_000_000 + changed.text.length;
        const prose = proseOf(report, all, spaced, changed, value);
        const findings = checkReport(withProse(report, prose));
        const shown = changed.cells.reduce((sum, path) => sum + cell(report, path), 0);
        const clause = changed.text.replace('{n}', spaced ? ` ${value} ` : String(value));
        assert.equal(findings.length, 1, prose);
        const [finding] = findings;
        assert.deepEqual(
          { rule: finding!.rule, cells: finding!.cells, quote: finding!.quote, section: finding!.section, actual: finding!.actual },
          { rule: 'text.mismatch', cells: changed.cells, quote: clause.replace(/^截至年底，/, ''), section: 'overview', actual: value },
        );
        assert.ok(Math.abs(finding!.expected! - shown) < 1e-6);
      }),
      { numRuns: 500 },
    );
  });
});

describe('text.fee-notice', () => {
  const huaian = () => reportWithProse('001-huaian-city-2024');

  it('淮安 2024: 6 applications stopped for an unpaid fee, and section 六 reports the 信息处理费: no finding', () => {
    const report = huaian();
    assert.equal(cell(report, 'applications.results.otherHandling.feeUnpaid.total'), 6);
    assert.deepEqual(textFindings(checkReport(report)), []);
  });

  it('fires once when section 六 says nothing of 信息处理费 or 收费, naming （六）2 and the section', () => {
    const report = huaian();
    report.sections = { ...report.sections, other: '无。' };
    const found = textFindings(checkReport(report));
    assert.deepEqual(
      found.map(({ rule, severity, table, cells, actual, section }) => ({ rule, severity, table, cells, actual, section })),
      [
        {
          rule: 'text.fee-notice',
          severity: 'warning',
          table: 'applications',
          cells: ['applications.results.otherHandling.feeUnpaid.total'],
          actual: 6,
          section: 'other',
        },
      ],
    );
    assert.match(found[0]!.message, /（六）2\.逾期未缴费·总计为 6，但“六、其他需要报告的事项”未说明信息处理费或收费情况/);
    assert.match(
      textFindings(checkReport(report, { lang: 'en' }))[0]!.message,
      /Other handling: fee unpaid, total: 6, but section “6\. Other matters to report” says nothing of/,
    );
    report.sections.other = '本年度未收取费用，无收费情况。';
    assert.deepEqual(textFindings(checkReport(report)), [], '收费 is mentioned');
  });

  it('does not fire without section 六, with no fee unpaid, or when （六） is printed as one row', () => {
    const report = huaian();
    delete report.sections!.other;
    assert.deepEqual(textFindings(checkReport(report)), [], 'no section 六 given');
    const none = huaian();
    none.sections = { ...none.sections, other: '无' };
    setCell(none, 'applications.results.otherHandling.feeUnpaid.total', 0);
    setCell(none, 'applications.results.otherHandling.feeUnpaid.naturalPerson', 0);
    assert.deepEqual(
      checkReport(none).filter((finding) => finding.rule === 'text.fee-notice'),
      [],
    );
    const single = { ...loadReport('005-hongze-district-2024'), sections: { other: '无' } };
    assert.deepEqual(textFindings(checkReport(single)), []);
  });
});
