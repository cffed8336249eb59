// The build-only minifier of lit's css/html templates (scripts/minify-templates.mjs): what it drops
// and what it must keep. The drop-in browser test then runs the minified file itself.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error: a plain .mjs build script without type declarations
import { minifyCss, minifyHtml, minifyTemplates } from '../../scripts/minify-templates.mjs';

const srcDir = join(import.meta.dirname, '..', '..', 'src');
const styleFiles = readdirSync(srcDir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.styles.ts'));

describe('template minifier', () => {
  it('drops CSS comments, also those with an apostrophe, and keeps quoted strings as written', () => {
    const css = `
      /* A host page's overflow-wrap would split words. */
      th {
        overflow-wrap: normal; /* the table's own */
        content: 'a  /* not a comment */  b';
        font-family: "Noto Sans", sans-serif;
      }`;
    assert.equal(minifyCss(css), ` th{overflow-wrap:normal;content:'a  /* not a comment */  b';font-family:"Noto Sans",sans-serif}`);
  });

  it('collapses only whitespace that holds a line break in html templates', () => {
    assert.equal(minifyHtml('<p>\n    <span>a</span> <b>b</b>\n  </p>'), '<p> <span>a</span> <b>b</b> </p>');
  });

  it('leaves no comment in any element style sheet, and keeps every rule', () => {
    assert.ok(styleFiles.length >= 5, styleFiles.join());
    for (const file of styleFiles) {
      const code = readFileSync(join(srcDir, file), 'utf8');
      const out = minifyTemplates(code, file) as string;
      const templates = [...out.matchAll(/css`([^`]*)`/g)].map((match) => match[1]!).join('\n');
      assert.doesNotMatch(templates, /\/\*/, file);
      const count = (text: string, char: string) => text.split(char).length - 1;
      assert.equal(count(out, '{'), count(code.replace(/\/\*[\s\S]*?\*\//g, ''), '{'), `${file}: rules kept`);
      assert.ok(out.length < code.length, file);
    }
  });
});
