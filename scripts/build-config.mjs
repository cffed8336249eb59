// The Vite configuration of the drop-in file, shared by scripts/build.mjs and the size bench
// (which builds smaller entries with exactly the same settings).
import { fileURLToPath } from 'node:url';
import { minifyTemplatesPlugin } from './minify-templates.mjs';

export const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * A Vite inline config that bundles `entry` into one minified ES module with lit and zod inlined.
 * @param {{ entry: string, outDir?: string, fileName?: string, write?: boolean, sourcemap?: boolean }} options
 * @returns {import('vite').InlineConfig}
 */
export function dropInConfig({ entry, outDir = 'dist', fileName = 'disclosure-tables.js', write = true, sourcemap = true }) {
  return {
    configFile: false,
    root,
    mode: 'production',
    logLevel: 'warn',
    publicDir: false,
    plugins: [minifyTemplatesPlugin()],
    build: {
      outDir,
      emptyOutDir: false,
      write,
      target: 'es2021',
      sourcemap,
      reportCompressedSize: false,
      copyPublicDir: false,
      minify: true,
      lib: { entry, formats: ['es'], fileName: () => fileName },
      rolldownOptions: {
        // Vite's lib mode keeps whitespace by default; this gives a truly minified file.
        // `comments: false` also drops the /* @__PURE__ */ marks, which nothing reads after this build.
        output: { minify: true, comments: false },
      },
    },
  };
}
