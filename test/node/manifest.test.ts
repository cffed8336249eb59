// README's API table and custom-elements.json must list the same attributes, properties, methods,
// events, slots, parts and custom properties for every element. The manifest is generated afresh
// from the sources (into node_modules/.cache), so a stale custom-elements.json cannot hide a drift.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, before } from 'node:test';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain ES module script without types
import { TAGS, compareApi, manifestEntries, readmeEntries } from '../../scripts/api-table.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outdir = join('node_modules', '.cache', 'manifest-test');

type Entry = { tag: string; kind: string; name: string };
let manifest: { modules: unknown[] };
let readme: string;

describe('README API table vs custom-elements.json', () => {
  before(() => {
    mkdirSync(join(root, outdir), { recursive: true });
    const result = spawnSync(
      join(root, 'node_modules', '.bin', 'cem'),
      ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', outdir, '--quiet'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    assert.equal(result.status, 0, `cem analyze failed: ${result.stderr}`);
    manifest = JSON.parse(readFileSync(join(root, outdir, 'custom-elements.json'), 'utf8'));
    readme = readFileSync(join(root, 'README.md'), 'utf8');
  });

  it('the manifest documents all four elements with their shared API', () => {
    const entries: Entry[] = manifestEntries(manifest);
    for (const tag of TAGS) {
      const names = (kind: string) => entries.filter((entry) => entry.tag === tag && entry.kind === kind).map((entry) => entry.name);
      assert.deepEqual(names('event').sort(), ['disclosure-check', 'disclosure-edit', 'disclosure-error'], `${tag} events`);
      for (const attribute of ['src', 'checks', 'lang', 'editable', 'name', 'validate', 'disabled', 'readonly', 'draft-key'])
        assert.ok(names('attribute').includes(attribute), `${tag} attribute ${attribute}`);
      for (const property of ['report', 'findings', 'editable', 'dirty', 'validationMessage'])
        assert.ok(names('property').includes(property), `${tag} property ${property}`);
      for (const method of ['fillBlanks()', 'undo()', 'redo()', 'checkValidity()', 'reportValidity()'])
        assert.ok(names('method').includes(method), `${tag} method ${method}`);
      // The form callbacks are the browser's, not API.
      assert.ok(!names('method').includes('formResetCallback()'), `${tag} formResetCallback is internal`);
      for (const part of ['table', 'caption', 'cell', 'error', 'status']) assert.ok(names('part').includes(part), `${tag} part ${part}`);
      assert.ok(names('CSS property').includes('--disclosure-border-color'), `${tag} custom property --disclosure-border-color`);
    }
  });

  it('every manifest entry is in the README table, and every README entry is in the manifest', () => {
    const problems: string[] = compareApi(readme, manifest);
    assert.deepEqual(
      problems,
      [],
      `README.md's API table disagrees with custom-elements.json (run \`npm run build && node scripts/api-table.mjs\`):\n${problems.join('\n')}`,
    );
  });

  it('the comparison notices a missing row and an extra row', () => {
    const withoutSrc = readme.replace(/^\| attribute \| `src` \|.*\n/m, '');
    assert.ok(
      compareApi(withoutSrc, manifest).some((line: string) => line.includes('missing from README: <disclosure-report> attribute src')),
    );
    const extra = readme.replace(/^(\| part \| `status` \|.*)$/m, '$1\n| part | `made-up` |  | ✓ |  |  |  | not real |');
    assert.deepEqual(compareApi(extra, manifest), [
      'in README but not in custom-elements.json: <disclosure-application-table> part made-up',
    ]);
    assert.ok(readmeEntries(readme).length > 100);
  });
});
