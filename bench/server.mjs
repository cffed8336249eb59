// A tiny static file server for the bench, bound to 127.0.0.1 only. Extra routes (page HTML built
// in memory) can be added per request path.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * @param {string} root directory to serve
 * @param {Record<string, string>} [routes] path → HTML/JS text served from memory
 * @returns {Promise<{ url: string, routes: Record<string, string>, close: () => Promise<void> }>}
 */
export async function startServer(root, routes = {}) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    try {
      let body = routes[path];
      if (body === undefined) {
        const file = normalize(join(root, path));
        if (!file.startsWith(root)) throw new Error('outside root');
        body = await readFile(file);
      }
      response.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    routes,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
