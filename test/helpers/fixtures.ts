// Fixture reports for Node tests, read from test/fixtures (never from ../shared). Their names are
// listed in fixture-names.ts, shared with the browser tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseReport, type Report } from '../../src/model/index.js';

export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** A fixture's JSON as written, freshly read (free to modify). */
export function readFixture(name: string): unknown {
  return JSON.parse(readFileSync(`${fixturesDir}${name}.json`, 'utf8'));
}

/** A fixture as a parsed report, freshly read (free to modify). */
export function loadReport(name: string): Report {
  const parsed = parseReport(readFixture(name));
  if (!parsed.ok) throw new Error(`${name} does not parse: ${parsed.errors.map((error) => error.message.en).join('; ')}`);
  return parsed.report;
}
