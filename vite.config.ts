import { defineConfig } from 'vite';

// `npm start` serves the demo from source. The library builds are configured in scripts/build.mjs.
export default defineConfig({
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
});
