// The command line on files from anywhere (issue #16): CSV that no spreadsheet reads as a formula,
// text output that no terminal reads as a control sequence, and a batch that one bad file cannot stop.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { fixturesDir } from '../helpers/fixtures.js';
import { parseCsv } from '../helpers/csv.js';

const run = runCli;

const fixture = () => JSON.parse(readFileSync(`${fixturesDir}001-huaian-city-2024.json`, 'utf8')) as Record<string, unknown>;
/** Every start of a field a spreadsheet evaluates (OWASP), and the full-width forms. */
const LIVE = /^[=+\-@\t\r\n＝＋－＠]/;

describe('CSV output: no field is a live formula', () => {
  it('defuses = + - @, tab, CR and their full-width forms in agencies, file names and unknown keys', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dt-hostile-csv-'));
    const agencies = ['-2+3+cmd|" /C calc"!A0', '\t=1+1', '\r=1+1', '=HYPERLINK("x")', '+1', '@SUM(A1)', '＝1+1', '＋1', '－1', '＠x'];
    agencies.forEach((agency, index) => writeFileSync(join(dir, `a${index}.json`), JSON.stringify({ ...fixture(), agency })));
    writeFileSync(join(dir, '-1+1.json'), JSON.stringify(fixture()));
    writeFileSync(join(dir, 'key.json'), JSON.stringify({ ...fixture(), '-1+cmd|x': 1, '=x': 2 }));
    const report = fixture() as { applications: { received: Record<string, number> } };
    report.applications.received.naturalPerson = -3;
    writeFileSync(join(dir, 'negative.json'), JSON.stringify(report));
    const { out } = await run('check', '--csv', dir);
    const rows = parseCsv(out.replace(/^\uFEFF/, ''));
    const fields = rows.flat();
    assert.deepEqual(
      fields.filter((field) => LIVE.test(field) && !/^-\d+(\.\d+)?$/.test(field)),
      [],
    );
    for (const agency of agencies) assert.ok(fields.includes(`'${agency}`), agency);
    assert.ok(fields.includes("'-1+cmd|x"), 'the unknown key as a path');
    // A negative count is data, not text: it stays a number.
    const invalid = rows.find((row) => row.includes('cell.invalid'));
    assert.equal(invalid?.[8], '-3');
    // A file named as a formula, given as a relative path.
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const named = parseCsv((await run('check', '--csv', '-1+1.json')).out.replace(/^\uFEFF/, ''));
      assert.equal(named[1]![0], "'-1+1.json");
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('text output: no control sequence reaches the terminal', () => {
  it('writes ESC, other control characters and bidi overrides from agencies and keys as \\u escapes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dt-hostile-text-'));
    writeFileSync(join(dir, 'esc.json'), JSON.stringify({ ...fixture(), agency: '\u001b[2J\u001b]0;owned\u0007局\u202e4202\nforged ✓' }));
    writeFileSync(join(dir, 'key.json'), JSON.stringify({ ...fixture(), '\u001b[31mred': 1 }));
    const { out } = await run('check', dir);
    assert.doesNotMatch(out, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    assert.match(out, /\\u001b\[2J\\u001b\]0;owned\\u0007局\\u202e4202\\nforged ✓ 2024/);
    assert.match(out, /\\u001b\[31mred/);
    const imported = await run('import', join(dir, 'key.json'));
    assert.doesNotMatch(imported.err, /\u001b/);
    assert.match(imported.err, /\\u001b\[31mred/);
  });
});

describe('a batch of files from anywhere', () => {
  it('reports on every file, whatever the others hold', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dt-hostile-batch-'));
    const tiny = fixture() as { active: Record<string, number> };
    tiny.active.fees = 1e-21;
    tiny.active.licensing = 1e-21;
    writeFileSync(join(dir, 'a-tiny.json'), JSON.stringify(tiny));
    writeFileSync(join(dir, 'b-infinite.json'), JSON.stringify(fixture()).replace(/"fees":[^,}]+/, '"fees":1e999'));
    writeFileSync(join(dir, 'c-truncated.json'), JSON.stringify(fixture()).slice(0, 300));
    writeFileSync(join(dir, 'd-binary.pdf'), new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]));
    writeFileSync(join(dir, 'e-empty.html'), '');
    writeFileSync(join(dir, 'f-markup.html'), '<p '.repeat(20000));
    mkdirSync(join(dir, 'g-folder.json'));
    writeFileSync(join(dir, 'h-good.json'), JSON.stringify(fixture()));
    const { code, out } = await run('check', '--json', dir);
    const results = JSON.parse(out) as { file: string; ok: boolean; findings: { rule: string }[] }[];
    assert.equal(code, 1);
    assert.deepEqual(
      results.map((result) => [result.file.slice(dir.length + 1), result.ok]),
      [
        ['a-tiny.json', true],
        ['b-infinite.json', true],
        ['c-truncated.json', false],
        ['d-binary.pdf', false],
        ['e-empty.html', false],
        ['f-markup.html', false],
        ['h-good.json', true],
      ],
    );
    assert.ok(results[0]!.findings.some((finding) => finding.rule === 'cell.invalid'));
    assert.ok(results[1]!.findings.some((finding) => finding.rule === 'cell.invalid'));
  });
});
