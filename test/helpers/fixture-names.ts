/**
 * The fixtures in test/fixtures, listed once for Node and browser tests alike (the browser cannot
 * read the directory). test/node/fixtures.test.ts fails when this list and the files disagree.
 */
import type { ImportOptions } from '../../src/import/types.js';

/** The real reports: `<name>.json` is the reading of each, every number as published. */
export const FIXTURE_NAMES = [
  '000-yipingyuan-2023',
  '001-huaian-city-2024',
  '005-hongze-district-2024',
  '012-pingtan-zone-2024',
  '014-shuyang-fgj-2023',
] as const;
export type FixtureName = (typeof FIXTURE_NAMES)[number];

export interface SourceFixture {
  name: FixtureName;
  /** The copied source, a file in test/fixtures. */
  source: string;
  /** Fields of the reading that are not in the source. */
  fromOutside: readonly (keyof ImportOptions & ('agency' | 'title' | 'publishedOn'))[];
}

/**
 * The real reports whose sources the importer must turn into exactly their JSON reading, and the
 * fields of each reading that the source does not contain (they come from the page around the
 * copied article and are passed as options).
 */
export const SOURCE_FIXTURES: readonly SourceFixture[] = [
  // Text copied from the page: no title; the body is named only as 一平垣乡 / 我乡 in the prose.
  { name: '000-yipingyuan-2023', source: '000-yipingyuan-2023.source.txt', fromOutside: ['agency'] },
  // The TRS_Editor article body only: title, publication date and the body's name sit in the page chrome.
  { name: '012-pingtan-zone-2024', source: '012-pingtan-zone-2024.source.html', fromOutside: ['agency', 'title', 'publishedOn'] },
  // The <ucapcontent> body: the reading's title is the page title (the preamble says "2023年度…年度报告").
  { name: '014-shuyang-fgj-2023', source: '014-shuyang-fgj-2023.source.html', fromOutside: ['title'] },
];

/** The options that supply a reading's outside fields. */
export function outsideOptions(fixture: SourceFixture, reading: Record<string, unknown>): ImportOptions {
  const options: Record<string, unknown> = {};
  for (const key of fixture.fromOutside) options[key] = reading[key];
  return options as ImportOptions;
}
