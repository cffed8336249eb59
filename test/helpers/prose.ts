// The prose of the shared reports whose prose is only in their PDFs (test/fixtures/prose/*.txt, the
// text layer of each PDF with its line wraps joined), put into a report's `sections`.
import { readFileSync } from 'node:fs';
import type { Report, Sections } from '../../src/model/index.js';
import { fixturesDir, loadReport } from './fixtures.js';

/** Section headings of the prose, as the reports print them. */
const HEADINGS: Record<string, keyof Sections> = { 一: 'overview', 五: 'problems', 六: 'other' };

/** The sections of a prose fixture: the paragraphs under 一、五 and 六, one a line. */
export function proseSections(name: string): Sections {
  const sections: Record<string, string[]> = {};
  let current: string[] | undefined;
  for (const line of readFileSync(`${fixturesDir}prose/${name}.txt`, 'utf8').split('\n')) {
    const heading = /^([一二三四五六])、/.exec(line);
    if (heading && line.length < 20) {
      const key = HEADINGS[heading[1]!];
      current = key ? (sections[key] = []) : undefined;
    } else if (line && current) current.push(line);
  }
  return Object.fromEntries(Object.entries(sections).map(([key, lines]) => [key, lines.join('\n')]));
}

/** A shared report with the prose of its PDF. */
export function reportWithProse(name: string): Report {
  return { ...loadReport(name), sections: proseSections(name) };
}
