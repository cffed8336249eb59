import { parseReport } from '../../src/model/parse.js';
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { fixturesDir } from '../helpers/fixtures.js';
import { encodeGbk } from '../helpers/gbk.js';
import { parseCsv } from '../helpers/csv.js';

const run = runCli;

describe('command line', () => {
  it('checks report JSON and exits 0 when there is no error', async () => {
    const { code, out } = await run('check', `${fixturesDir}000-yipingyuan-2023.json`, `${fixturesDir}001-huaian-city-2024.json`);
    assert.equal(code, 0);
    assert.match(out, /一平垣乡人民政府 2023/);
    assert.match(out, /! \[cell\.blank\] （一）予以公开：六类申请人均未填报，按 0 计算/);
    assert.match(out, /001-huaian-city-2024\.json — 淮安市人民政府 2024\n {2}✓ 未发现问题/);
  });

  it('exits 1 on an error finding, and with --fail-on warning on a warning', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dt-cli-'));
    const report = JSON.parse(readFileSync(`${fixturesDir}001-huaian-city-2024.json`, 'utf8'));
    report.reviews.review.total = 350;
    writeFileSync(join(dir, 'wrong.json'), JSON.stringify(report));
    const wrong = await run('check', '--lang', 'en', join(dir, 'wrong.json'));
    assert.equal(wrong.code, 1);
    assert.match(wrong.out, /✗ \[reviews\.total\] Administrative review, total: 351 expected/);
    assert.equal((await run('check', '--fail-on', 'never', join(dir, 'wrong.json'))).code, 0);
    assert.equal((await run('check', `${fixturesDir}000-yipingyuan-2023.json`, '--fail-on', 'warning')).code, 1);
  });

  it('reports structural errors with their paths, and --json gives machine-readable results', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dt-cli-'));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ format: '2021', agency: 'x', year: '2024' }));
    const { code, out } = await run('check', '--json', join(dir, 'bad.json'));
    assert.equal(code, 1);
    const [result] = JSON.parse(out);
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.problems.map((problem: { message: { zh: string } }) => problem.message.zh),
      ['year：发现文本 "2024"，应为整数年份，如 2024'],
    );
    // The same error objects as parseReport gives: path, code, found, allowed, message.
    const parsed = parseReport({ format: '2021', agency: 'x', year: '2024' });
    assert.ok(!parsed.ok);
    assert.deepEqual(result.problems, parsed.errors);
    assert.equal(result.problems[0].path, 'year');
    assert.equal(result.problems[0].code, 'wrong-type');
  });

  it('--csv gives one spreadsheet row per finding, note or problem, quoted and safe for spreadsheets', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dt-cli-csv-'));
    const report = JSON.parse(readFileSync(`${fixturesDir}001-huaian-city-2024.json`, 'utf8'));
    report.reviews.review.total = 350;
    report.agency = '=HYPERLINK("http://x")';
    writeFileSync(join(dir, 'wrong.json'), JSON.stringify(report));
    const { code, out } = await run(
      'check',
      '--csv',
      '--lang',
      'en',
      `${fixturesDir}001-huaian-city-2024.json`,
      join(dir, 'wrong.json'),
      join(dir, 'missing.json'),
    );
    assert.equal(code, 1);
    assert.ok(out.startsWith('\uFEFF'), 'a byte-order mark, so spreadsheet programs read UTF-8');
    const rows = parseCsv(out.slice(1));
    assert.deepEqual(rows[0], [
      ...['file', 'agency', 'year', 'kind', 'rule', 'table', 'cells', 'expected', 'actual', 'message'],
      ...['quote', 'section', 'previous file', 'previous agency', 'previous year', 'previous cells'],
    ]);
    assert.deepEqual(rows[1]!.slice(1, 5), ['淮安市人民政府', '2024', 'ok', '']);
    const wrong = rows.find((row) => row[4] === 'reviews.total')!;
    assert.deepEqual(wrong.slice(1, 9), ['\'=HYPERLINK("http://x")', '2024', 'error', 'reviews.total', 'reviews', wrong[6], '351', '350']);
    assert.match(wrong[6]!, /^reviews\.review\.upheld( reviews\.review\.\w+)+$/);
    assert.match(wrong[9]!, /, /, 'an English message with a comma survives quoting');
    assert.equal(rows.at(-1)![3], 'problem');
    assert.ok(rows.every((row) => row.length === 16));
    const zh = await run('check', '--csv', `${fixturesDir}000-yipingyuan-2023.json`);
    const zhRows = parseCsv(zh.out.slice(1));
    assert.equal(zhRows[0]![3], '类别');
    assert.deepEqual([...new Set(zhRows.slice(1).map((row) => row[3]))].sort(), ['提示', '警告']);
  });

  it('checks every report in a folder, and expands * and ? itself (Windows shells pass them on as they are)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dt-cli-many-'));
    mkdirSync(join(dir, '2024'));
    for (const name of ['001-huaian-city-2024', '005-hongze-district-2024'])
      writeFileSync(join(dir, '2024', `${name}.json`), readFileSync(`${fixturesDir}${name}.json`));
    writeFileSync(join(dir, '000-yipingyuan-2023.json'), readFileSync(`${fixturesDir}000-yipingyuan-2023.json`));
    writeFileSync(join(dir, 'notes.md'), '# not a report');
    const folder = await run('check', '--json', dir);
    assert.equal(folder.code, 0, folder.out);
    const checked = (out: string) => JSON.parse(out).map((result: { file: string }) => relative(dir, result.file));
    assert.deepEqual(checked(folder.out), [
      '000-yipingyuan-2023.json',
      join('2024', '001-huaian-city-2024.json'),
      join('2024', '005-hongze-district-2024.json'),
    ]);
    const pattern = await run('check', '--json', join(dir, '2024', '0??-*-2024.JSON'));
    assert.deepEqual(checked(pattern.out), [join('2024', '001-huaian-city-2024.json'), join('2024', '005-hongze-district-2024.json')]);
    const report = JSON.parse(readFileSync(`${fixturesDir}001-huaian-city-2024.json`, 'utf8'));
    report.reviews.review.upheld += 1;
    writeFileSync(join(dir, 'wrong.json'), JSON.stringify(report));
    writeFileSync(join(dir, 'broken.json'), '{"format": "2021"');
    const summary = await run('check', dir);
    assert.equal(summary.code, 1);
    assert.equal(summary.out.split('\n').at(-1), '共核对 5 个文件：1 个有错误，1 个仅有警告，2 个无错误和警告，1 个无法读取');
    const english = await run('check', '--lang', 'en', join(dir, '2024'));
    assert.equal(english.out.split('\n').at(-1), '2 files checked: 0 with errors, 0 with warnings only, 2 without either, 0 unreadable');
    assert.doesNotMatch((await run('check', `${fixturesDir}001-huaian-city-2024.json`)).out, /共核对/, 'no summary for one file');
    const none = await run('check', join(dir, 'nothing-*.json'));
    assert.equal(none.code, 1);
    assert.match(none.out, /nothing-\*\.json\n {2}✗ ENOENT/);
  });

  it('fails clearly on unreadable files and bad usage', async () => {
    const missing = await run('check', '/nonexistent/report.json');
    assert.equal(missing.code, 1);
    assert.match(missing.out, /✗ .*ENOENT/);
    assert.equal((await run('frobnicate', 'x')).code, 2);
    assert.equal((await run('check')).code, 2);
    assert.match((await run('check', '--fail-on', 'sometimes', 'x.json')).err, /--fail-on takes error, warning or never/);
  });

  describe('over http', () => {
    let server: Server;
    let base = '';
    before(async () => {
      server = createServer((request, response) => {
        if (request.url === '/report.json') {
          response.setHeader('content-type', 'application/json');
          response.end(readFileSync(`${fixturesDir}012-pingtan-zone-2024.json`));
        } else if (request.url === '/gbk-page.html') {
          // A GBK page whose only declaration is the HTTP header, as many government servers send it.
          response.setHeader('content-type', 'text/html; charset=GBK');
          response.end(encodeGbk(readFileSync(`${fixturesDir}014-shuyang-fgj-2023.source.html`, 'utf8')));
        } else {
          response.statusCode = 404;
          response.end('not found');
        }
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const address = server.address();
      base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    });
    after(() => server.close());

    it('fetches a report URL and checks it', async () => {
      const { code, out } = await run('check', `${base}/report.json`);
      assert.equal(code, 0);
      assert.match(out, /平潭综合实验区 2024/);
    });
    it('reads a GBK page as its Content-Type declares', async () => {
      const utf8 = await run('check', '--json', `${fixturesDir}014-shuyang-fgj-2023.source.html`);
      const gbk = await run('check', '--json', `${base}/gbk-page.html`);
      assert.equal(gbk.code, 0, gbk.out);
      const [fromGbk] = JSON.parse(gbk.out);
      const [fromUtf8] = JSON.parse(utf8.out);
      assert.equal(fromGbk.agency, '沭阳县发展和改革局');
      assert.deepEqual(fromGbk.findings, fromUtf8.findings);
      assert.deepEqual(fromGbk.importWarnings, fromUtf8.importWarnings, 'declared, so no note about the encoding');
    });
    it('names the HTTP error of a missing URL', async () => {
      const { code, out } = await run('check', `${base}/missing.json`);
      assert.equal(code, 1);
      assert.match(out, /HTTP 404/);
    });
  });
});

describe('command line on published reports', () => {
  it('imports a published HTML page to report JSON, with the facts the fragment lacks as options', async () => {
    const { code, out, err } = await run(
      'import',
      '--agency',
      '平潭综合实验区',
      '--title',
      '平潭综合实验区2024年度政府信息公开工作年度报告',
      '--published-on',
      '2025-03-10',
      `${fixturesDir}012-pingtan-zone-2024.source.html`,
    );
    assert.equal(code, 0, err);
    const expected = JSON.parse(readFileSync(`${fixturesDir}012-pingtan-zone-2024.json`, 'utf8'));
    const imported = JSON.parse(out);
    assert.deepEqual(imported.applications, expected.applications);
    assert.deepEqual(imported.reviews, expected.reviews);
    assert.equal(imported.agency, '平潭综合实验区');
  });

  it('reads published pages and JSON saved as GBK, with or without a declaration, the same as UTF-8', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dt-cli-gbk-'));
    const page = readFileSync(`${fixturesDir}014-shuyang-fgj-2023.source.html`, 'utf8');
    writeFileSync(join(dir, 'declared.html'), encodeGbk(`<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n${page}`));
    writeFileSync(join(dir, 'undeclared.html'), encodeGbk(`\n${page}`));
    writeFileSync(join(dir, 'report.json'), encodeGbk(readFileSync(`${fixturesDir}000-yipingyuan-2023.json`, 'utf8')));
    const expected = await run('import', `${fixturesDir}014-shuyang-fgj-2023.source.html`);
    const declared = await run('import', join(dir, 'declared.html'));
    const undeclared = await run('import', join(dir, 'undeclared.html'));
    assert.equal(declared.code, 0, declared.err);
    assert.equal(declared.out, expected.out);
    assert.doesNotMatch(declared.err, /GB18030/);
    assert.equal(undeclared.out, expected.out);
    assert.match(undeclared.err, /来源不是 UTF-8，也未声明编码，已按 GB18030（GBK）读取/);
    const json = await run('check', join(dir, 'report.json'));
    assert.equal(json.code, 0, json.out);
    assert.match(json.out, /一平垣乡人民政府 2023\n {2}~ 来源不是 UTF-8/);
  });

  it('html prints the tables as static HTML, from report JSON or as a clean copy of a published page', async () => {
    const fromJson = await run('html', '--table', 'reviews', '--no-style', `${fixturesDir}001-huaian-city-2024.json`);
    assert.equal(fromJson.code, 0, fromJson.err);
    assert.ok(fromJson.out.startsWith('<div class="dt-region" role="region"'));
    assert.equal((fromJson.out.match(/<table /g) ?? []).length, 1);
    const page = await run('html', `${fixturesDir}014-shuyang-fgj-2023.source.html`);
    assert.equal(page.code, 0, page.err);
    assert.ok(page.out.startsWith('<style>'));
    assert.equal((page.out.match(/<table /g) ?? []).length, 3);
    assert.match(page.err, /source\.html:53: 「规范性文件」是旧格式的标签/, 'the import notes go to stderr');
    const { importReport } = await import('../../src/import/node.js');
    const back = importReport(page.out, { agency: '沭阳县发展和改革局', year: 2023 });
    const expected = JSON.parse(readFileSync(`${fixturesDir}014-shuyang-fgj-2023.json`, 'utf8'));
    assert.ok(back.ok);
    assert.deepEqual(back.report.applications, expected.applications);
    assert.equal((await run('html', '--table', 'all', 'x.json')).code, 2);
  });

  it('checks published HTML directly and says what it could not find', async () => {
    const checked = await run('check', `${fixturesDir}014-shuyang-fgj-2023.source.html`);
    assert.equal(checked.code, 0, checked.out);
    assert.match(checked.out, /沭阳县发展和改革局 2023/);
    assert.match(checked.out, /~ 第 \d+ 行：/);
    const failed = await run('import', `${fixturesDir}000-yipingyuan-2023.source.txt`);
    assert.equal(failed.code, 1);
    assert.match(failed.err, /找不到发布机关/);
    assert.equal((await run('import', '--agency', '一平垣乡人民政府', `${fixturesDir}000-yipingyuan-2023.source.txt`)).code, 0);
    assert.equal((await run('check', '--year', 'soon', 'x.html')).code, 2);
  });
});

describe('command line: last year’s report and the prose', () => {
  /** 淮安 2024 (001) with the prose of its PDF, and reports of 2023 built from it. */
  function chain() {
    const dir = mkdtempSync(join(tmpdir(), 'dt-cli-previous-'));
    const report = JSON.parse(readFileSync(`${fixturesDir}001-huaian-city-2024.json`, 'utf8'));
    const write = (name: string, data: unknown) => (writeFileSync(join(dir, name), JSON.stringify(data)), join(dir, name));
    const before = structuredClone(report);
    before.year = 2023;
    before.agency = '江苏省淮安市人民政府';
    before.active.regulations.inForce = 10;
    before.active.normativeDocuments.inForce = 84;
    before.applications.carriedForward = { ...report.applications.carriedOver, naturalPerson: 40, total: 40 };
    const other = { ...structuredClone(before), agency: '南京市人民政府' };
    const twoBefore = { ...structuredClone(before), year: 2022 };
    return {
      dir,
      current: write('huaian-2024.json', {
        ...report,
        sections: { overview: '全市共受理政府信息公开申请 3100 件，答复 3050 件。', other: '无。' },
      }),
      before: write('huaian-2023.json', before),
      other: write('nanjing-2023.json', other),
      twoBefore: write('huaian-2022.json', twoBefore),
    };
  }

  it('pairs the files it is given by agency and year, says which pairs it made, and prints the quote', async () => {
    const files = chain();
    const { code, out } = await run('check', '--fail-on', 'never', files.current, files.before, files.other, files.twoBefore);
    assert.equal(code, 0);
    const block = out.split('\n\n')[0]!;
    assert.match(
      block,
      new RegExp(`↔ 与上年报告比对：${files.before.replace(/[.\\/]/g, '\\$&')}（江苏省淮安市人民政府 2023年，按机关和年度配对）`),
    );
    assert.match(block, /! \[previous\.carried-over\] 二、上年结转·自然人为 34，上年报告（江苏省淮安市人民政府 2023 年）/);
    assert.match(block, /! \[text\.mismatch\] .*“全市共受理政府信息公开申请 3100 件”.*3,100/);
    assert.match(block, /! \[text\.fee-notice\]/);
    assert.doesNotMatch(block, /南京/);
    // 江苏省淮安市人民政府 2023 is paired with the 2022 report of the same name.
    assert.match(out, /huaian-2023\.json — 江苏省淮安市人民政府 2023\n {2}↔ .*huaian-2022\.json/);
    assert.doesNotMatch(out.split('\n\n')[2]!, /↔/, '南京 has no report of 2022 here');
  });

  it('--json carries the pair; several reports of the year before are named and none is chosen', async () => {
    const files = chain();
    const json = JSON.parse((await run('check', '--json', files.current, files.before)).out);
    assert.deepEqual(json[0].previous, { file: files.before, agency: '江苏省淮安市人民政府', year: 2023, how: 'paired' });
    assert.deepEqual(json[0].findings.filter((finding: { rule: string }) => finding.rule === 'previous.carried-over')[0].previousCells, [
      'applications.carriedForward.naturalPerson',
    ]);
    const copyOfBefore = join(files.dir, 'huaian-2023-copy.json');
    writeFileSync(copyOfBefore, readFileSync(files.before));
    const ambiguous = JSON.parse((await run('check', '--json', files.current, files.before, copyOfBefore)).out);
    assert.equal(ambiguous[0].previous, undefined);
    assert.deepEqual(ambiguous[0].previousCandidates, [files.before, copyOfBefore]);
    assert.ok(!ambiguous[0].findings.some((finding: { rule: string }) => finding.rule.startsWith('previous.')));
  });

  it('--previous FILE compares with that report, trusted to be the same body; a year that is not the year before is said', async () => {
    const files = chain();
    const given = await run('check', '--json', '--previous', files.other, files.current);
    const [result] = JSON.parse(given.out);
    assert.equal(result.previous.how, 'given');
    assert.deepEqual(
      result.findings
        .filter((finding: { rule: string }) => finding.rule.startsWith('previous.'))
        .map((finding: { cells: string[] }) => finding.cells[0]),
      ['applications.carriedOver.naturalPerson', 'applications.carriedOver.total'],
    );
    const far = await run('check', '--lang', 'en', '--previous', files.twoBefore, files.current);
    assert.match(far.out, /↔ not compared with .*huaian-2022\.json: its year is 2022, not the year before \(2023\)/);
    assert.doesNotMatch(far.out, /previous\./);
    assert.equal((await run('check', '--previous', files.before, files.current, files.other)).code, 2, 'one FILE only');
    assert.equal((await run('check', '--previous', join(files.dir, 'missing.json'), files.current)).code, 1);
  });

  it('--csv gains the quote, the section and the previous report, after the columns it had', async () => {
    const files = chain();
    const rows = parseCsv((await run('check', '--csv', '--lang', 'en', files.current, files.before)).out.slice(1));
    const text = rows.find((row) => row[4] === 'text.mismatch')!;
    assert.deepEqual(text.slice(10), ['全市共受理政府信息公开申请 3100 件', 'overview', files.before, '江苏省淮安市人民政府', '2023', '']);
    assert.deepEqual(text.slice(6, 9), ['applications.received.total', '3119', '3100']);
    const carried = rows.find((row) => row[4] === 'previous.carried-over')!;
    assert.deepEqual(carried.slice(10), [
      '',
      '',
      files.before,
      '江苏省淮安市人民政府',
      '2023',
      'applications.carriedForward.naturalPerson',
    ]);
    const fee = rows.find((row) => row[4] === 'text.fee-notice')!;
    assert.deepEqual(fee.slice(10, 12), ['', 'other']);
  });
});
