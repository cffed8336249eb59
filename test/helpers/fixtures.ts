// Fixture reports for Node tests, read from test/fixtures (never from ../shared).
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseReport, type Report } from '../../src/model/index.js';

export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));

export const fixtureNames = readdirSync(fixturesDir)
  .filter((name) => /^\d{3}-.*\.json$/.test(name))
  .map((name) => name.replace(/\.json$/, ''));

export function readFixture(name: string): unknown {
  return JSON.parse(readFileSync(`${fixturesDir}${name}.json`, 'utf8'));
}

export function loadReport(name: string): Report {
  const parsed = parseReport(readFixture(name));
  if (!parsed.ok) throw new Error(`${name} does not parse: ${parsed.errors.map((error) => error.message.en).join('; ')}`);
  return parsed.report;
}

/** A deep copy to modify in a test. */
export const copy = <T>(value: T): T => structuredClone(value);
