// The sections of a prose fixture (test/fixtures/prose/*.txt: the text layer of a report's PDF, its
// line wraps joined): the paragraphs under the headings 一、五 and 六, one a line. No Node API, so
// the browser tests read the same fixtures.
import type { Sections } from '../../src/model/index.js';

const HEADINGS: Record<string, keyof Sections> = { 一: 'overview', 五: 'problems', 六: 'other' };

export function proseSections(text: string): Sections {
  const sections: Record<string, string[]> = {};
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    const heading = /^([一二三四五六])、/.exec(line);
    if (heading && line.length < 20) {
      const key = HEADINGS[heading[1]!];
      current = key ? (sections[key] = []) : undefined;
    } else if (line && current) current.push(line);
  }
  return Object.fromEntries(Object.entries(sections).map(([key, lines]) => [key, lines.join('\n')]));
}
