// The shared reports whose prose is only in their PDFs, with that prose in `sections` (Node tests).
import { readFileSync } from 'node:fs';
import type { Report } from '../../src/model/index.js';
import { fixturesDir, loadReport } from './fixtures.js';
import { proseSections } from './prose-sections.js';

/** A shared report with the prose of its PDF (test/fixtures/prose/NAME.txt). */
export function reportWithProse(name: string): Report {
  return { ...loadReport(name), sections: proseSections(readFileSync(`${fixturesDir}prose/${name}.txt`, 'utf8')) };
}
