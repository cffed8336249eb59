// The package as npm would publish it: `npm pack` of the built tree, unpacked into a scratch project
// that holds only the declared dependencies (and theirs). Catches a `files` list that leaves out what
// `exports` points to, a dependency that is only a devDependency, and types that do not resolve.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fixturesDir } from '../helpers/fixtures.js';

const root = join(import.meta.dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Every file the package.json points at: exports (all conditions), main, types, bin, the manifest. */
function pointedAt(pkg: typeof manifest): string[] {
  const targets: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(pkg.exports);
  collect(pkg.bin);
  for (const field of ['main', 'module', 'types', 'unpkg', 'jsdelivr', 'customElements']) collect(pkg[field]);
  return [...new Set(targets.map((target) => target.replace(/^\.\//, '')))].sort();
}

/** The declared dependencies and, through their package.json files, everything they need in turn. */
function dependencyClosure(): string[] {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const pkg = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'));
    Object.keys(pkg.dependencies ?? {}).forEach(visit);
  };
  Object.keys(manifest.dependencies).forEach(visit);
  return [...seen].sort();
}

describe('the packed npm package', () => {
  let scratch: string;
  let packed: string[];
  let installed: string;

  before(() => {
    assert.ok(existsSync(join(root, 'dist', 'index.js')), 'dist/ is missing: run `npm run build` first (npm test does it in pretest)');
    scratch = mkdtempSync(join(tmpdir(), 'dt-package-'));
    // --ignore-scripts: npm test has just built dist/; prepack would build it again.
    const [info] = JSON.parse(
      execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], { cwd: root, encoding: 'utf8' }),
    );
    packed = info.files.map((file: { path: string }) => file.path);
    installed = join(scratch, 'node_modules', 'disclosure-tables');
    mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['-xzf', join(scratch, info.filename), '-C', installed, '--strip-components=1']);
    for (const name of dependencyClosure()) {
      const link = join(scratch, 'node_modules', name);
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(join(root, 'node_modules', name), link, 'dir');
    }
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('contains every file package.json points at, and no sources, tests or fixtures', () => {
    const missing = pointedAt(manifest).filter((target) => !packed.includes(target));
    assert.deepEqual(missing, []);
    assert.deepEqual(
      packed.filter((path) => /^(src|test|demo|scripts|bench)\//.test(path)),
      [],
    );
    assert.ok(packed.includes('README.md') && packed.includes('schema/report.schema.json'));
  });

  it('runs from the scratch project with only its declared dependencies: model, checker, importer', () => {
    writeFileSync(
      join(scratch, 'check.mjs'),
      `import { readFileSync } from 'node:fs';
import { parseReport, checkReport } from 'disclosure-tables/model';
import { importReport } from 'disclosure-tables/import/node';
const parsed = parseReport(JSON.parse(readFileSync(process.argv[2], 'utf8')));
const findings = checkReport(parsed.report);
const imported = importReport(readFileSync(process.argv[3], 'utf8'), { agency: '平潭综合实验区' });
const schema = JSON.parse(readFileSync(new URL(import.meta.resolve('disclosure-tables/schema.json'))));
console.log(JSON.stringify({ ok: parsed.ok, rules: [...new Set(findings.map((f) => f.rule))].sort(), imported: imported.ok ? imported.report.applications : imported.error.en, schema: typeof schema.$schema }));
`,
    );
    const result = spawnSync(
      process.execPath,
      ['check.mjs', `${fixturesDir}000-yipingyuan-2023.json`, `${fixturesDir}012-pingtan-zone-2024.source.html`],
      {
        cwd: scratch,
        encoding: 'utf8',
      },
    );
    assert.equal(result.stderr, '');
    const out = JSON.parse(result.stdout);
    assert.equal(out.ok, true);
    assert.deepEqual(out.rules, ['cell.blank', 'total.computed']);
    assert.deepEqual(out.imported, JSON.parse(readFileSync(`${fixturesDir}012-pingtan-zone-2024.json`, 'utf8')).applications);
    assert.equal(out.schema, 'string');
  });

  it('its command line checks a report', () => {
    const bin = join(installed, manifest.bin['disclosure-tables']);
    const result = spawnSync(process.execPath, [bin, 'check', `${fixturesDir}001-huaian-city-2024.json`], {
      cwd: scratch,
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /淮安市人民政府 2024/);
  });

  it('type-checks a consumer that uses every entry point (strict, nodenext resolution)', () => {
    writeFileSync(
      join(scratch, 'consumer.ts'),
      `import 'disclosure-tables/application-table';
import 'disclosure-tables/report';
import { DisclosureReviewTable } from 'disclosure-tables/review-table';
import type { DisclosureActiveTable } from 'disclosure-tables/active-table/class';
import { checkReport, parseReport, type Finding, type Report } from 'disclosure-tables/model';
import { DisclosureReport as ReactReport } from 'disclosure-tables/react';
import { importReport } from 'disclosure-tables/import';
import * as all from 'disclosure-tables';

const table = document.createElement('disclosure-application-table');
const parsed = parseReport({});
const report: Report | undefined = parsed.report;
table.report = report;
table.checks = 'silent';
const shown: readonly Finding[] = table.findings;
table.addEventListener('disclosure-check', (event) => {
  const findings: readonly Finding[] = event.detail.findings;
  console.log(findings.length);
});
const whole = document.createElement('disclosure-report');
const active: DisclosureActiveTable | null = document.querySelector('disclosure-active-table');
if (!parsed.ok) console.log(parsed.errors[0]?.message.en);
if (report) console.log(checkReport(report, { lang: 'en' }).length);
console.log(shown, whole.report, active, DisclosureReviewTable.name, typeof ReactReport, importReport, all.formatNumber);
`,
    );
    writeFileSync(
      join(scratch, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          lib: ['es2022', 'dom', 'dom.iterable'],
          skipLibCheck: false,
          types: [],
        },
        files: ['consumer.ts'],
      }),
    );
    // React's types are a devDependency here (react is an optional peer of the package).
    for (const name of ['@types/react', 'csstype']) {
      const link = join(scratch, 'node_modules', name);
      if (!existsSync(link) && existsSync(join(root, 'node_modules', name))) {
        mkdirSync(dirname(link), { recursive: true });
        symlinkSync(join(root, 'node_modules', name), link, 'dir');
      }
    }
    const result = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], {
      cwd: scratch,
      encoding: 'utf8',
    });
    assert.equal(result.stdout + result.stderr, '', 'tsc reported errors');
    assert.equal(result.status, 0);
  });
});
