import { defineConfig } from 'vite';

// `npm start` serves the demo from source. `npm run preview` serves the built demo (demo-dist/,
// made by `node scripts/build.mjs demo`): the interactive demo, the import demo, the filling demo and demo/cms.html, which uses the
// drop-in file alone. The library builds themselves are configured in scripts/build*.mjs.
export default defineConfig({
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: {
    outDir: 'demo-dist',
    rolldownOptions: { input: { index: 'demo/index.html', import: 'demo/import.html', fill: 'demo/fill.html' } },
  },
});
