// Size section: gzip and brotli bytes of the drop-in file, and what each part of it costs.
// Each part is measured as the growth of a bundle built with the drop-in's own Vite settings:
// lit alone, then + the labels, + layout and formatting, + the structure check's fast path, + the
// checker, + the loader, + the element machinery, + each element. The last bundle is the drop-in
// file itself. A few parts are also built alone.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { IMPORTER_FILE, dropInConfig, root } from '../scripts/build-config.mjs';

/** Issue #15's budget for the reading drop-in (English, the importer, the rules beyond one table and the rest load on demand). */
export const DROP_IN_BUDGET_GZIP = 27 * 1024;

const src = (path) => JSON.stringify(join(root, 'src', path));

/** The lit API the library uses, read from its sources so this never drifts. */
function litImports() {
  const names = { lit: new Set(), 'lit/decorators.js': new Set() };
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'import' && entry.name !== 'react') walk(path);
      } else if (entry.name.endsWith('.ts')) {
        const text = readFileSync(path, 'utf8');
        for (const match of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'(lit|lit\/decorators\.js)'/g)) {
          for (const name of match[1].split(',')) {
            const clean = name.trim();
            if (clean && !clean.startsWith('type ')) names[match[2]].add(clean);
          }
        }
      }
    }
  };
  walk(join(root, 'src'));
  return Object.entries(names)
    .filter(([, set]) => set.size)
    .map(([module, set]) => `export { ${[...set].sort().join(', ')} } from '${module}';`)
    .join('\n');
}

/**
 * Cumulative steps, in the order the drop-in's own modules depend on each other: each adds one part
 * to the bundle before it. zod is not among them: the drop-in checks a report's structure with the
 * fast path compiled from the schema and loads zod (with the structure errors) only for a report
 * that is not well-formed.
 */
function steps() {
  return [
    { part: 'lit (LitElement, html, css, directive)', code: litImports() },
    {
      part: 'table definitions + UI text (Chinese)',
      code: `export * from ${src('model/tables.ts')};\nexport * from ${src('model/sections.ts')};\nexport * from ${src('model/ui-text.ts')};`,
      floor: true,
    },
    {
      part: 'cell index, layout, view, number format',
      code: `export * from ${src('model/cells.ts')};\nexport * from ${src('layout/tables.ts')};\nexport * from ${src('view/table-view.ts')};\nexport * from ${src('format/number.ts')};`,
    },
    { part: 'structure check (fast path, no zod)', code: `export { checkStructure } from ${src('model/structure.ts')};` },
    {
      part: 'checker (rules of one table)',
      code: `export { checkWith } from ${src('check/rules.ts')};\nexport * from ${src('check/values.ts')};`,
    },
    {
      part: 'loader (src, inline JSON, limits)',
      code: `export * from ${src('load/browser.ts')};\nexport * from ${src('load/load.ts')};`,
    },
    {
      part: 'element base (render, styles, controllers)',
      code: `export * from ${src('internal/table-element.ts')};\nexport * from ${src('internal/define.ts')};`,
    },
    { part: '<disclosure-application-table>', code: `export * from ${src('application-table/define.ts')};` },
    { part: '<disclosure-active-table>', code: `export * from ${src('active-table/define.ts')};` },
    { part: '<disclosure-review-table>', code: `export * from ${src('review-table/define.ts')};` },
    { part: '<disclosure-report>', code: `export * from ${src('report/define.ts')};` },
  ];
}

/** Parts built on their own (no lit unless they import it). */
function alone() {
  return [
    { part: 'table definitions alone', code: `export * from ${src('model/tables.ts')};` },
    { part: 'zod/mini + report schema alone (the errors file)', code: `export { reportSchema } from ${src('model/schema.ts')};` },
    { part: 'parseReport alone (zod + schema + errors)', code: `export { parseReport } from ${src('model/parse.ts')};` },
    { part: 'model + checker, no element (disclosure-tables/model)', code: `export * from ${src('pure.ts')};` },
  ];
}

export const gzip = (code) => gzipSync(code, { level: 9 }).length;
export const brotli = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

async function bundle(build, dir, name, code) {
  const entry = join(dir, `${name}.ts`);
  writeFileSync(entry, `${code}\n`);
  const output = await build(dropInConfig({ entry, write: false, sourcemap: false }));
  const chunk = (Array.isArray(output) ? output[0] : output).output[0];
  return chunk.code;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const pad = (text, width) => String(text).padStart(width);

export default {
  name: 'size',
  title: 'Size of the drop-in file (gzip -9, brotli 11)',
  async run({ log, budget }) {
    let dropIn;
    try {
      dropIn = readFileSync(join(root, 'dist', 'disclosure-tables.js'));
    } catch {
      throw new Error('dist/disclosure-tables.js is missing: run `npm run build` first.');
    }
    const text = dropIn.toString('utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
    const total = { min: Buffer.byteLength(text), gzip: gzip(text), brotli: brotli(text) };
    log(
      `dist/disclosure-tables.js: ${total.min} B minified, ${total.gzip} B gzip (${kb(total.gzip)}), ${total.brotli} B brotli (${kb(total.brotli)})`,
    );
    budget('drop-in ≤ 27 KB gzip', total.gzip <= DROP_IN_BUDGET_GZIP, `${kb(total.gzip)} gzip (budget ${kb(DROP_IN_BUDGET_GZIP)})`);
    try {
      const importer = readFileSync(join(root, 'dist', IMPORTER_FILE), 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
      log(
        `dist/${IMPORTER_FILE} (fetched only for a pasted published table or a src file that is not UTF-8): ${Buffer.byteLength(importer)} B minified, ${gzip(importer)} B gzip, ${brotli(importer)} B brotli`,
      );
    } catch {
      // no importer file in this build
    }

    const { build } = await import('vite');
    const dir = join(root, 'node_modules', '.cache', 'disclosure-bench');
    mkdirSync(dir, { recursive: true });

    log('');
    log('What each part costs (growth of the bundle when the part is added, in this order):');
    log(`  ${'part'.padEnd(42)} ${pad('min', 7)} ${pad('gzip', 7)} ${pad('brotli', 7)}   ${pad('bundle gz', 9)}`);
    let code = '';
    let previous = { min: 0, gzip: 0, brotli: 0 };
    let index = 0;
    let floor = 0;
    for (const step of steps()) {
      code += `${step.code}\n`;
      const out = await bundle(build, dir, `step-${index++}`, code);
      const now = { min: Buffer.byteLength(out), gzip: gzip(out), brotli: brotli(out) };
      log(
        `  ${step.part.padEnd(42)} ${pad(now.min - previous.min, 7)} ${pad(now.gzip - previous.gzip, 7)} ${pad(now.brotli - previous.brotli, 7)}   ${pad(now.gzip, 9)}`,
      );
      if (step.floor) floor = now.gzip;
      previous = now;
    }
    log(
      `  ${'= all four elements'.padEnd(42)} ${pad(previous.min, 7)} ${pad(previous.gzip, 7)} ${pad(previous.brotli, 7)}   (drop-in file: ${total.gzip} gzip)`,
    );
    // What the drop-in must hold before any code of ours (lit and the official labels): what is
    // left of the budget for everything else.
    log(
      `  floor: lit + the official labels = ${kb(floor)} gzip; ${kb(DROP_IN_BUDGET_GZIP - floor)} of the budget left for layout, checks, loading, elements and styles (they take ${kb(previous.gzip - floor)})`,
    );
    log('');
    log('Parts built alone:');
    for (const part of alone()) {
      const out = await bundle(build, dir, `alone-${index++}`, part.code);
      log(`  ${part.part.padEnd(52)} ${pad(Buffer.byteLength(out), 7)} B min ${pad(gzip(out), 6)} B gzip ${pad(brotli(out), 6)} B brotli`);
    }
    return { gzip: total.gzip, brotli: total.brotli };
  },
};
