// The importer on hostile sources (issue #16): 1 MB of adversarial text or markup is read (and
// refused, as it is no report) without a hang; a source above the size limit is refused at once,
// saying why. How long each takes is printed by `npm run fuzz`; here a timeout only catches a hang
// (the quadratic reading took 6 s for 39 KB, hours for 1 MB).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { importReport } from '../../src/import/node.js';
import { MAX_SOURCE_LENGTH } from '../../src/import/core.js';
import { ADVERSARIAL_SOURCES } from '../helpers/adversarial.js';

const MB = 1024 * 1024;

describe('importReport on 1 MB of adversarial input', () => {
  for (const [name, make] of Object.entries(ADVERSARIAL_SOURCES)) {
    it(`${name}: read, refused as no report, never thrown`, { timeout: 15_000 }, () => {
      const source = make(MB);
      assert.ok(source.length >= MB * 0.95 && source.length <= MAX_SOURCE_LENGTH);
      const result = importReport(source);
      assert.equal(result.ok, false);
      assert.ok(!result.ok && result.error.en.length > 0);
    });
  }

  it('refuses a source above the limit at once, naming its size and the limit', () => {
    const result = importReport('字 '.repeat(MAX_SOURCE_LENGTH / 2 + 1));
    assert.equal(result.ok, false);
    assert.equal(
      !result.ok && result.error.en,
      "the source is too large (2,000,002 characters; the limit is 2,000,000): a report's page or text is rarely over 200,000",
    );
  });
});
