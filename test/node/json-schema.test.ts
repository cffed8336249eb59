import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { reportJsonSchema } from '../../src/model/json-schema.js';

describe('JSON Schema of the report', () => {
  const committed = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8'));

  it('is the one generated from the zod schema (run `npm run schema` after changing it)', () => {
    assert.deepEqual(committed, reportJsonSchema());
  });

  it('describes the contract: strict keys, cells as number or null, both shapes of （六）', () => {
    assert.equal(committed.additionalProperties, false);
    assert.deepEqual(committed.required, ['format', 'agency', 'year']);
    assert.deepEqual(committed.$defs.Cell.type, ['number', 'null']);
    assert.equal(committed.$defs.ApplicationRow.additionalProperties, false);
    assert.deepEqual(Object.keys(committed.$defs.ApplicationRow.properties), [
      'naturalPerson',
      'commercial',
      'research',
      'nonprofit',
      'legalService',
      'other',
      'total',
    ]);
    const otherHandling = committed.properties.applications.properties.results.properties.otherHandling;
    assert.equal(otherHandling.anyOf.length, 2);
  });
});
