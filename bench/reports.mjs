// The reports the bench renders: the real fixtures in test/fixtures, cycled to any count.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../scripts/build-config.mjs';

const dir = join(root, 'test', 'fixtures');
export const fixtures = readdirSync(dir)
  .filter((name) => /^\d{3}-.*\.json$/.test(name))
  .sort()
  .map((name) => ({ name: name.replace(/\.json$/, ''), report: JSON.parse(readFileSync(join(dir, name), 'utf8')) }));

/** `count` reports, cycling through the fixtures (the sample report first). */
export const reports = (count) => Array.from({ length: count }, (_, index) => fixtures[index % fixtures.length].report);

export const TABLES = [
  { tag: 'disclosure-active-table', key: 'active' },
  { tag: 'disclosure-application-table', key: 'applications' },
  { tag: 'disclosure-review-table', key: 'reviews' },
];

/** Each table of each report as its element reads it: the tag, the table, and the inline JSON text. */
export const tableItems = (list) =>
  list.flatMap((report) =>
    TABLES.map(({ tag, key }) => ({
      tag,
      table: key,
      json: JSON.stringify({ format: report.format, agency: report.agency, year: report.year, [key]: report[key] }),
    })),
  );

/** What an editor pastes into a CMS page: each table element with its part of the report as inline JSON. */
export function elementMarkup(list) {
  return tableItems(list)
    .map(({ tag, json }) => `<${tag}><script type="application/json">${json.replace(/</g, '\\u003c')}</script></${tag}>`)
    .join('\n');
}
