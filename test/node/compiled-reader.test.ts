// In Node the given values are read by a reader compiled from the table definitions
// (src/check/compiled-reader.ts): it must read exactly what the generic reader reads, on the
// reports and on anything else a caller may hand the checker.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { checkReport, parseReport } from '../../src/pure.js';
import { cellsOf } from '../../src/model/cells.js';
import { TABLE_IDS } from '../../src/model/tables.js';
import { compileReader } from '../../src/check/compiled-reader.js';
import { readGiven, readerOf } from '../../src/check/values.js';
import { FIXTURE_NAMES as fixtureNames } from '../helpers/fixture-names.js';
import { readFixture } from '../helpers/fixtures.js';
import { objectsIn } from '../helpers/fuzz.js';

const variants = fixtureNames.map(readFixture).flatMap((report) =>
  TABLE_IDS.map((table) => ({
    table,
    cells: cellsOf(table, report as Parameters<typeof cellsOf>[1]),
    data: (report as Record<string, unknown>)[table],
  })),
);

/** The generic and the compiled reading of one table object. */
function bothReadings(cells: ReturnType<typeof cellsOf>, data: unknown) {
  const reader = readerOf(cells);
  const compiled = compileReader(reader.rows);
  assert.ok(compiled, 'Node compiles the reader');
  return { generic: readGiven(reader, data), compiled: compiled(data) };
}

/** Any JSON value, or an object of a table's own keys holding such values, at any depth. */
const anyNode = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 1 }),
    fc.double(),
    fc.dictionary(
      fc.constantFrom(
        'received',
        'results',
        'granted',
        'denied',
        'naturalPerson',
        'commercial',
        'total',
        'review',
        'upheld',
        'regulations',
        'made',
        'x',
      ),
      tie('node'),
      { maxKeys: 6 },
    ),
  ),
})).node;

describe('the compiled reader of given values', () => {
  it('reads every fixture’s tables as the generic reader does', () => {
    let read = 0;
    for (const { table, cells, data } of variants) {
      if (!data) continue;
      const { generic, compiled } = bothReadings(cells, data);
      assert.deepEqual(compiled, generic, table);
      assert.equal(compiled.length, cells.cells.length);
      read += 1;
    }
    assert.ok(read >= fixtureNames.length * 2);
  });

  it('reads mutated and malformed table objects as the generic reader does (property)', () => {
    const official = variants.filter(({ data }) => data);
    fc.assert(
      fc.property(fc.nat(official.length - 1), anyNode, fc.array(fc.tuple(fc.nat(), anyNode), { maxLength: 4 }), (pick, extra, edits) => {
        const { cells, data } = official[pick]!;
        const copy = structuredClone(data) as Record<string, unknown>;
        for (const [at, value] of edits) {
          // Replace one node somewhere in the table's object (a row, a cell, a step on the way).
          const objects = objectsIn(copy);
          const target = objects[at % objects.length]!;
          const keys = Object.keys(target);
          target[keys[at % Math.max(1, keys.length)] ?? 'x'] = value;
        }
        for (const input of [copy, extra]) {
          const { generic, compiled } = bothReadings(cells, input);
          assert.deepEqual(compiled, generic);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('is compiled only from the definitions’ keys: a key that is not an identifier is a string literal', () => {
    const reader = compileReader([
      { keys: ['a"b', '\\'], columns: ['`${x}`', '</script>'] },
      { keys: ["'", 'c'], columns: undefined },
    ]);
    assert.ok(reader);
    assert.deepEqual(reader({ 'a"b': { '\\': { '`${x}`': 1, '</script>': 2 } }, "'": { c: 3 } }), [1, 2, 3]);
    assert.deepEqual(reader({}), [null, null, null]);
  });

  it('gives way to the generic reader where Node forbids compiling code, with the same findings', () => {
    const script = `
      import { readFileSync } from 'node:fs';
      const { checkReport, parseReport } = await import(${JSON.stringify(new URL('../../src/pure.ts', import.meta.url).href)});
      const { compileReader } = await import(${JSON.stringify(new URL('../../src/check/compiled-reader.ts', import.meta.url).href)});
      if (compileReader([{ keys: ['a'], columns: undefined }]) !== undefined) throw new Error('compiled under --disallow-code-generation-from-strings');
      const names = ${JSON.stringify(fixtureNames)};
      const out = names.map((name) => checkReport(parseReport(JSON.parse(readFileSync(new URL('../fixtures/' + name + '.json', ${JSON.stringify(import.meta.url)}), 'utf8'))).report));
      process.stdout.write(JSON.stringify(out));`;
    const output = execFileSync(
      process.execPath,
      ['--disallow-code-generation-from-strings', '--import', 'tsx', '--input-type=module', '-e', script],
      {
        encoding: 'utf8',
      },
    );
    const here = fixtureNames.map((name) => {
      const parsed = parseReport(readFixture(name));
      assert.ok(parsed.ok);
      return checkReport(parsed.report);
    });
    assert.deepEqual(JSON.parse(output), JSON.parse(JSON.stringify(here)));
    assert.ok(here.some((findings) => findings.length > 0));
  });
});

describe('the browser files', () => {
  it('hold no compiled reader and no code compiling: a page’s Content-Security-Policy may forbid it', async () => {
    const { readdirSync, readFileSync, existsSync } = await import('node:fs');
    const dist = new URL('../../dist/', import.meta.url);
    assert.ok(existsSync(new URL('disclosure-tables.js', dist)), 'dist/ is missing: run `npm run build` first');
    const files = readdirSync(dist).filter((name) => /^disclosure-tables(-(edit|edit-outputs|import|beyond|en|errors))?\.js$/.test(name));
    assert.ok(files.length >= 5, files.join());
    for (const name of files) {
      const code = readFileSync(new URL(name, dist), 'utf8');
      assert.doesNotMatch(code, /new Function|disallow-code-generation/, name);
    }
    // …while the npm build (Node, bundlers) has it, behind its Node check.
    assert.match(readFileSync(new URL('check/compiled-reader.js', dist), 'utf8'), /new Function/);
  });
});
