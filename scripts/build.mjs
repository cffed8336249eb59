#!/usr/bin/env node
// `npm run build`: the npm build, the drop-in file and the manifest, in dist/ and the package root.
//   node scripts/build.mjs            clean dist/, then: npm (tsc), drop-in (Vite), manifest (CEM)
//   node scripts/build.mjs <step>…    only the named steps: npm, drop-in, manifest, demo
// `demo` builds the demo pages into demo-dist/ for `npm run preview` (the drop-in file is copied
// there as it is, so demo/cms.html runs on the published file alone).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { PDF_ASSETS_DIR, PDF_READER_FILE, SIBLINGS, dropInConfig, root } from './build-config.mjs';

const steps = process.argv.slice(2);
const all = steps.length === 0;
const wants = (step) => all || steps.includes(step);
const unknown = steps.filter((step) => !['npm', 'drop-in', 'manifest', 'demo'].includes(step));
if (unknown.length) {
  console.error(`build: unknown step ${unknown.join(', ')} (npm, drop-in, manifest, demo)`);
  process.exit(1);
}

function run(label, command, args) {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build: ${label} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`build: ${label} (${Math.round(performance.now() - started)} ms)`);
}

const bin = (name) => join(root, 'node_modules', '.bin', name);
const dropIn = join(root, 'dist', 'disclosure-tables.js');

/** Builds one self-contained file; fails when the output is more than that one file. */
async function buildOne(entry, fileName) {
  const { build } = await import('vite');
  const output = await build(dropInConfig({ entry, fileName }));
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((item) => item.output).filter((item) => item.type === 'chunk');
  if (chunks.length !== 1) {
    console.error(
      `build: ${fileName} came out as ${chunks.length} files (${chunks.map((chunk) => chunk.fileName).join(', ')}); a dynamic import needs a rule in scripts/build-config.mjs`,
    );
    process.exit(1);
  }
  const file = join(root, 'dist', fileName);
  return { file, text: readFileSync(file, 'utf8'), bytes: statSync(file).size };
}

async function buildDropIn() {
  const started = performance.now();
  const { text, bytes } = await buildOne(join(root, 'src', 'drop-in.ts'), 'disclosure-tables.js');
  // Tree-shaking must keep the define calls (package.json `sideEffects` names the define modules).
  const missing = ['disclosure-application-table', 'disclosure-active-table', 'disclosure-review-table', 'disclosure-report'].filter(
    (tag) => !text.includes(tag),
  );
  if (missing.length || !text.includes('customElements.define')) {
    console.error(`build: the drop-in file does not define ${missing.join(', ') || 'its elements'}; check package.json sideEffects`);
    process.exit(1);
  }
  const gzip = gzipSync(text, { level: 9 }).length;
  console.log(`build: drop-in dist/disclosure-tables.js, ${bytes} B, ${gzip} B gzip (${Math.round(performance.now() - started)} ms)`);
  // The style sheet files it links where a browser has no constructable style sheets.
  run('style sheet files dist/disclosure-tables-*.css', bin('tsx'), [join(root, 'scripts', 'element-css.ts')]);
  // The files the drop-in loads on demand, each built only when something refers to it.
  let siblingsText = '';
  for (const sibling of SIBLINGS) {
    if (!(text + siblingsText).includes(sibling.file) || !existsSync(join(root, sibling.entry))) continue;
    const built = await buildOne(join(root, sibling.entry), sibling.file);
    siblingsText += built.text;
    console.log(
      `build: ${sibling.name} dist/${sibling.file}, ${built.bytes} B, ${gzipSync(built.text, { level: 9 }).length} B gzip (loaded on demand)`,
    );
  }
  // The PDF reader (pdf.js inside), loaded only for a `src` that is a PDF, with pdf.js's worker,
  // CMaps and standard fonts in dist/pdfjs/: all from the page's own site, never from a CDN.
  // The importer's file reaches it (src/load/binary.ts), so the drop-in file does not grow for it.
  if ((text + siblingsText).includes(PDF_READER_FILE) && existsSync(join(root, 'src', 'import', 'pdf', 'browser.ts'))) {
    const reader = await buildOne(join(root, 'src', 'import', 'pdf', 'browser.ts'), PDF_READER_FILE);
    const pdfjs = join(root, 'node_modules', 'pdfjs-dist');
    const assets = join(root, 'dist', PDF_ASSETS_DIR);
    rmSync(assets, { recursive: true, force: true });
    mkdirSync(assets, { recursive: true });
    cpSync(join(pdfjs, 'legacy', 'build', 'pdf.worker.min.mjs'), join(assets, 'pdf.worker.min.mjs'));
    cpSync(join(pdfjs, 'cmaps'), join(assets, 'cmaps'), { recursive: true });
    cpSync(join(pdfjs, 'standard_fonts'), join(assets, 'standard_fonts'), { recursive: true });
    cpSync(join(pdfjs, 'LICENSE'), join(assets, 'LICENSE'));
    console.log(
      `build: PDF reader dist/${PDF_READER_FILE}, ${reader.bytes} B, ${gzipSync(reader.text, { level: 9 }).length} B gzip, and dist/${PDF_ASSETS_DIR}/ (pdf.js worker, CMaps, standard fonts; loaded on demand)`,
    );
  }
}

if (all) rmSync(join(root, 'dist'), { recursive: true, force: true });

if (wants('npm')) run('npm build (tsc -p tsconfig.build.json → dist/)', bin('tsc'), ['-p', 'tsconfig.build.json']);
if (wants('drop-in')) await buildDropIn();
if (wants('manifest'))
  run('custom-elements.json (CEM analyzer)', bin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);

if (steps.includes('demo')) {
  if (!existsSync(dropIn)) await buildDropIn();
  const started = performance.now();
  const { build } = await import('vite');
  const outDir = join(root, 'demo-dist');
  rmSync(outDir, { recursive: true, force: true });
  // The interactive demo (demo/index.html) is built from source by Vite.
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  // The CMS page is copied untouched, next to an untouched copy of the drop-in file.
  for (const file of ['cms.html', 'cms.css']) cpSync(join(root, 'demo', file), join(outDir, 'demo', file));
  mkdirSync(join(outDir, 'dist'), { recursive: true });
  cpSync(dropIn, join(outDir, 'dist', 'disclosure-tables.js'));
  for (const { file } of SIBLINGS) if (existsSync(join(root, 'dist', file))) cpSync(join(root, 'dist', file), join(outDir, 'dist', file));
  for (const file of readdirSync(join(root, 'dist')).filter((name) => /^disclosure-tables-[\w-]+\.css$/.test(name)))
    cpSync(join(root, 'dist', file), join(outDir, 'dist', file));
  const pdfReader = join(root, 'dist', PDF_READER_FILE);
  if (existsSync(pdfReader)) {
    cpSync(pdfReader, join(outDir, 'dist', PDF_READER_FILE));
    cpSync(join(root, 'dist', PDF_ASSETS_DIR), join(outDir, 'dist', PDF_ASSETS_DIR), { recursive: true });
  }
  console.log(`build: demo → demo-dist/ (${Math.round(performance.now() - started)} ms)`);
}
