import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decimalsOf, formatNumber } from '../../src/pure.js';

describe('formatNumber', () => {
  it('groups digits', () => {
    assert.equal(formatNumber(3985758), '3,985,758');
    assert.equal(formatNumber(3985758, 'en'), '3,985,758');
    assert.equal(formatNumber(0), '0');
  });
  it('keeps exactly the decimals the report gave', () => {
    assert.equal(formatNumber(96171.6), '96,171.6');
    assert.equal(formatNumber(18651.06), '18,651.06');
    assert.equal(formatNumber(0.125), '0.125');
    assert.equal(formatNumber(7545), '7,545');
  });
  it('shows negative and tiny values as they are', () => {
    assert.equal(formatNumber(-1), '-1');
    assert.equal(decimalsOf(1e-7), 7);
    assert.equal(formatNumber(1.5e-7), '0.00000015');
  });
});
