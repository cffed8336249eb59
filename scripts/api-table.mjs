#!/usr/bin/env node
// The README's "## API" section, from custom-elements.json.
//   node scripts/api-table.mjs          rewrites the section between <!-- api:start --> and <!-- api:end -->
//   node scripts/api-table.mjs --check  exits 1 when README.md and the manifest disagree
// test/node/manifest.test.ts runs the same comparison on a freshly generated manifest.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const START = '<!-- api:start -->';
export const END = '<!-- api:end -->';

/** The elements, in the README's column order. */
export const TAGS = ['disclosure-application-table', 'disclosure-active-table', 'disclosure-review-table', 'disclosure-report'];
const column = (tag) => tag.replace(/^disclosure-/, '');

/** Kinds of API entries, in the table's order. */
export const KINDS = ['attribute', 'property', 'method', 'event', 'slot', 'part', 'CSS property'];

/** @typedef {{ tag: string, kind: string, name: string, type?: string, description?: string }} ApiEntry */

/** Every public API entry of every element in a manifest. @returns {ApiEntry[]} */
export function manifestEntries(manifest) {
  const entries = [];
  for (const mod of manifest.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      const tag = declaration.tagName;
      if (!tag) continue;
      const add = (kind, name, type, description) => entries.push({ tag, kind, name, type, description });
      for (const item of declaration.attributes ?? []) add('attribute', item.name, item.type?.text, item.description);
      for (const item of declaration.members ?? []) {
        if (item.static || (item.privacy && item.privacy !== 'public') || item.name.startsWith('#')) continue;
        if (item.kind === 'field') add('property', item.name, item.type?.text, item.description);
        if (item.kind === 'method') {
          const params = (item.parameters ?? []).map((parameter) => `${parameter.name}: ${parameter.type?.text ?? 'unknown'}`).join(', ');
          add('method', `${item.name}()`, `(${params}) => ${item.return?.type?.text ?? 'void'}`, item.description);
        }
      }
      for (const item of declaration.events ?? []) add('event', item.name, item.type?.text, item.description);
      for (const item of declaration.slots ?? []) add('slot', item.name || '(default)', undefined, item.description);
      for (const item of declaration.cssParts ?? []) add('part', item.name, undefined, item.description);
      for (const item of declaration.cssProperties ?? []) add('CSS property', item.name, undefined, item.description);
    }
  }
  return entries;
}

const cell = (text) => (text ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const code = (text) => (text ? `\`${cell(text)}\`` : '');

/** The markdown of the API section (between the markers). */
export function renderApiSection(manifest) {
  const entries = manifestEntries(manifest);
  const rows = new Map();
  for (const entry of entries) {
    const key = `${entry.kind}\u0000${entry.name}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { kind: entry.kind, name: entry.name, type: entry.type, descriptions: new Map(), tags: new Set() }));
    row.tags.add(entry.tag);
    row.type ??= entry.type;
    if (entry.description) row.descriptions.set(entry.tag, entry.description);
  }
  const ordered = [...rows.values()].sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || 0);
  const lines = [
    '## API',
    '',
    'Attributes, properties, events, slots, CSS parts and CSS custom properties of the four elements; a ✓ marks the',
    'elements that have the entry. The table is generated from `custom-elements.json` by `node scripts/api-table.mjs`,',
    'and `npm test` fails when the two disagree.',
    '',
    `| kind | name | type | ${TAGS.map(column).join(' | ')} | description |`,
    `| --- | --- | --- | ${TAGS.map(() => ':-:').join(' | ')} | --- |`,
  ];
  for (const row of ordered) {
    const texts = [...new Set(row.descriptions.values())];
    let description = texts[0] ?? '';
    // Where one element says something else, say so.
    for (const [tag, text] of row.descriptions) {
      if (text !== description) description += ` — \`<${tag}>\`: ${text}`;
    }
    const marks = TAGS.map((tag) => (row.tags.has(tag) ? '✓' : ''));
    lines.push(`| ${row.kind} | ${code(row.name)} | ${code(row.type)} | ${marks.join(' | ')} | ${cell(description)} |`);
  }
  lines.push(
    '',
    'The events bubble and cross shadow roots (`composed`). `disclosure-check` fires after every check, whether the',
    'report came from the `report` property, `src` or inline JSON; `disclosure-error` fires instead when it cannot be shown;',
    '`disclosure-edit` fires in editing mode after each committed change (see [Editing](#editing-fill-in-the-report-in-the-official-tables)).',
  );
  return lines.join('\n');
}

/** The entries a README's API table lists. @returns {ApiEntry[]} */
export function readmeEntries(markdown) {
  const start = markdown.indexOf(START);
  const end = markdown.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} section`);
  const section = markdown.slice(start + START.length, end);
  const lines = section.split('\n').filter((line) => line.startsWith('|'));
  const split = (line) =>
    line
      .slice(1, line.trimEnd().endsWith('|') ? line.trimEnd().length - 1 : undefined)
      .split(/(?<!\\)\|/)
      .map((part) => part.trim());
  const header = split(lines[0] ?? '');
  const tagColumns = header.map((name, index) => ({ tag: `disclosure-${name}`, index })).filter(({ tag }) => TAGS.includes(tag));
  if (tagColumns.length !== TAGS.length)
    throw new Error(`README API table: expected a column for each of ${TAGS.map(column).join(', ')}; header is ${lines[0]}`);
  const entries = [];
  for (const line of lines.slice(2)) {
    const cells = split(line);
    const kind = cells[0];
    const name = (cells[1] ?? '').replace(/^`|`$/g, '').replace(/\\\|/g, '|');
    for (const { tag, index } of tagColumns) {
      if ((cells[index] ?? '').includes('✓')) entries.push({ tag, kind, name });
    }
  }
  return entries;
}

/** Differences between README and manifest, as readable lines (empty when they agree). */
export function compareApi(markdown, manifest) {
  const key = (entry) => `<${entry.tag}> ${entry.kind} ${entry.name}`;
  const fromManifest = new Set(manifestEntries(manifest).map(key));
  const fromReadme = new Set(readmeEntries(markdown).map(key));
  return [
    ...[...fromManifest].filter((item) => !fromReadme.has(item)).map((item) => `missing from README: ${item}`),
    ...[...fromReadme].filter((item) => !fromManifest.has(item)).map((item) => `in README but not in custom-elements.json: ${item}`),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = new URL('..', import.meta.url);
  const readmePath = fileURLToPath(new URL('README.md', root));
  const manifest = JSON.parse(readFileSync(fileURLToPath(new URL('custom-elements.json', root)), 'utf8'));
  const readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : `# disclosure-tables\n\n${START}\n${END}\n`;
  if (process.argv.includes('--check')) {
    const problems = compareApi(readme, manifest);
    for (const problem of problems) console.error(problem);
    process.exit(problems.length ? 1 : 0);
  }
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  const next =
    start >= 0 && end > start
      ? `${readme.slice(0, start + START.length)}\n${renderApiSection(manifest)}\n${readme.slice(end)}`
      : `${readme.trimEnd()}\n\n${START}\n${renderApiSection(manifest)}\n${END}\n`;
  writeFileSync(readmePath, next);
  console.log(`api-table: wrote the API section of ${readmePath}`);
}
