/**
 * The command line with Word and Excel files: check, import and html take .docx/.xlsx told by their
 * bytes (whatever the name), folders include them, `xlsx` writes the official workbook, and the old
 * binary formats are refused with advice and a non-zero exit.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { importXlsx } from '../../src/import/office/index.js';
import { reportToXlsx } from '../../src/export/xlsx.js';
import { fixturesDir, loadReport } from '../helpers/fixtures.js';
import { filledDocx } from '../helpers/office.js';

const run = runCli;

/** An OLE compound file as old Office and WPS write them: the signature, and the stream names in UTF-16. */
function oleFile(...streams: string[]): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  let at = 1024;
  for (const name of streams) {
    for (const char of name) {
      bytes[at] = char.charCodeAt(0);
      at += 2;
    }
    at += 64;
  }
  return bytes;
}

describe('command line: Word and Excel files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dt-office-'));
  const report = loadReport('014-shuyang-fgj-2023');
  const docx = join(dir, 'report.docx');
  writeFileSync(docx, filledDocx(report));
  const xlsx = join(dir, 'tables.xlsx');
  writeFileSync(xlsx, reportToXlsx(report));

  it('import reads the filled Word template to exactly the report', async () => {
    const result = await run('import', docx);
    assert.equal(result.code, 0, result.err);
    assert.deepStrictEqual(JSON.parse(result.out), JSON.parse(JSON.stringify(report)));
    assert.match(result.err, /落款日期/, 'the importer’s note on the date goes to stderr');
  });

  it('check reads .docx and .xlsx by their bytes, also under a misleading name, with the same findings as the JSON', async () => {
    const misnamed = join(dir, 'report.txt');
    writeFileSync(misnamed, readFileSync(xlsx));
    const json = await run('check', '--json', join(fixturesDir, '014-shuyang-fgj-2023.json'));
    const office = await run('check', '--json', docx, misnamed);
    assert.equal(office.code, json.code);
    const [fromJson] = JSON.parse(json.out) as { findings: unknown[] }[];
    const results = JSON.parse(office.out) as { ok: boolean; findings: unknown[] }[];
    for (const result of results) {
      assert.ok(result.ok);
      assert.deepStrictEqual(result.findings, fromJson!.findings);
    }
  });

  it('a folder given to check includes its .docx and .xlsx files', async () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.docx'), filledDocx(loadReport('001-huaian-city-2024')));
    writeFileSync(join(folder, 'b.xlsx'), reportToXlsx(loadReport('005-hongze-district-2024')));
    const result = await run('check', '--json', folder);
    const files = (JSON.parse(result.out) as { file: string; ok: boolean; agency: string }[]).map((item) => [
      item.file.slice(folder.length + 1),
      item.ok,
      item.agency,
    ]);
    assert.deepStrictEqual(files, [
      ['a.docx', true, '淮安市人民政府'],
      ['b.xlsx', true, '淮安市洪泽区人民政府'],
    ]);
  });

  it('html takes an .xlsx', async () => {
    const result = await run('html', '--no-style', xlsx);
    assert.equal(result.code, 0, result.err);
    assert.match(result.out, /^<article class="dt-report" data-dt-report="2021"/, 'the whole report');
  });

  it('xlsx writes the official workbook from JSON or from a Word file; it needs -o', async () => {
    for (const source of [join(fixturesDir, '014-shuyang-fgj-2023.json'), docx]) {
      const out = join(dir, 'out.xlsx');
      const result = await run('xlsx', source, '-o', out);
      assert.equal(result.code, 0, result.err);
      const back = await importXlsx(new Uint8Array(readFileSync(out)));
      assert.ok(back.ok);
      assert.deepStrictEqual(back.report.applications, report.applications);
    }
    const english = join(dir, 'en.xlsx');
    assert.equal(
      (await run('xlsx', '--lang', 'en', '--table', 'reviews', join(fixturesDir, '001-huaian-city-2024.json'), '-o', english)).code,
      0,
    );
    assert.ok(readFileSync(english).length > 1000);
    const missing = await run('xlsx', join(fixturesDir, '014-shuyang-fgj-2023.json'));
    assert.equal(missing.code, 2);
    assert.match(missing.err, /-o OUT\.xlsx/);
    const unreadable = await run('xlsx', join(dir, 'no-such.json'), '-o', join(dir, 'x.xlsx'));
    assert.equal(unreadable.code, 1);
  });

  it('.doc, .wps, .xls and .et are refused with advice to save as .docx/.xlsx, and a non-zero exit', async () => {
    const cases: [string, Uint8Array, RegExp][] = [
      ['old.doc', oleFile('WordDocument', '1Table'), /另存为 \.docx/],
      ['old.wps', oleFile('WordDocument', 'WpsCustomData'), /WPS 文字（\.wps）.*另存为 \.docx/],
      ['old.xls', oleFile('Workbook'), /另存为 \.xlsx/],
      ['old.et', oleFile('Workbook', 'ETExtData'), /WPS 表格（\.et）.*另存为 \.xlsx/],
    ];
    for (const [name, bytes, advice] of cases) {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      const checked = await run('check', file);
      assert.equal(checked.code, 1, name);
      assert.match(checked.out, advice, name);
      const imported = await run('import', '--lang', 'en', file);
      assert.equal(imported.code, 1, name);
      assert.match(imported.err, /save it as \.(docx|xlsx)/, name);
    }
  });
});
