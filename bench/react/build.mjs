// Bundles the React comparison (bench/react/app.mjs) for the browser, in memory: React's production
// build, minified like the drop-in, so the two are compared as a page would load them.
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { root } from '../../scripts/build-config.mjs';

export async function reactBundle() {
  const result = await build({
    entryPoints: [join(root, 'bench', 'react', 'app.mjs')],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    // The elements' stylesheet is a lit `css` literal: its tag alone, not lit's renderer.
    alias: { lit: '@lit/reactive-element/css-tag.js' },
  });
  const code = result.outputFiles[0].text;
  const { version } = JSON.parse(readFileSync(join(root, 'node_modules', 'react-dom', 'package.json'), 'utf8'));
  return { code, version, bytes: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}
