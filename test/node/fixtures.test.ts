// The one fixture list (test/helpers/fixture-names.ts) names exactly the files in test/fixtures.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { FIXTURE_NAMES, SOURCE_FIXTURES } from '../helpers/fixture-names.js';
import { fixturesDir } from '../helpers/fixtures.js';

const files = readdirSync(fixturesDir);

describe('test/fixtures', () => {
  it('FIXTURE_NAMES lists every report reading (<name>.json), in file order', () => {
    const readings = files.filter((file) => file.endsWith('.json')).map((file) => file.replace(/\.json$/, ''));
    assert.deepEqual([...FIXTURE_NAMES], readings.sort());
  });

  it('SOURCE_FIXTURES lists every copied source, each beside its reading', () => {
    const sources = files.filter((file) => /\.source\.\w+$/.test(file));
    assert.deepEqual(SOURCE_FIXTURES.map((fixture) => fixture.source).sort(), sources.sort());
    for (const fixture of SOURCE_FIXTURES) assert.ok(fixture.source.startsWith(`${fixture.name}.source.`), fixture.source);
  });
});
