// Sizes the loader refuses (issue #16): a file or a response over the limit is not read whole, and
// the problem says so, naming the source and the limit.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromSource } from '../../src/load/node.js';
import { MAX_JSON_BYTES, MAX_SOURCE_BYTES } from '../../src/load/limits.js';
import { main } from '../../src/cli.js';

describe('size limits of the loader', () => {
  let server: Server;
  let base = '';
  let sent = 0;
  before(async () => {
    server = createServer((request, response) => {
      if (request.url === '/declared.json') {
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(MAX_SOURCE_BYTES + 1) });
        response.end();
        return;
      }
      // Streamed without a length, until the client stops reading.
      response.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      const pump = () => {
        while (sent < 64 * 1024 * 1024) {
          sent += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        response.end();
      };
      response.on('close', () => undefined);
      pump();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  it('refuses a file over 20 MB without reading it', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dt-hostile-size-')), 'huge.pdf');
    writeFileSync(file, '');
    truncateSync(file, MAX_SOURCE_BYTES + 1);
    const loaded = await fromSource(file);
    assert.equal(loaded.ok, false);
    assert.deepEqual(!loaded.ok && loaded.problems.map((problem) => [problem.code, problem.message.en]), [
      ['too-large', `${file}: too large (the limit is 20 MB), not read`],
    ]);
  });

  it('refuses report JSON over 4 MB', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dt-hostile-size-')), 'huge.json');
    writeFileSync(file, `{"format":"2021","agency":"某局","year":2024,"title":"${'字'.repeat(MAX_JSON_BYTES / 3 + 1)}"}`);
    const loaded = await fromSource(file);
    assert.deepEqual(!loaded.ok && loaded.problems.map((problem) => problem.code), ['too-large']);
  });

  it('refuses a response whose declared length is over the limit, and stops one that streams past it', async () => {
    const declared = await fromSource(`${base}/declared.json`);
    assert.deepEqual(!declared.ok && declared.problems.map((problem) => problem.code), ['too-large']);
    const streamed = await fromSource(`${base}/streamed.json`);
    assert.deepEqual(!streamed.ok && streamed.problems.map((problem) => problem.message.en), [
      `${base}/streamed.json: too large (the limit is 20 MB), not read`,
    ]);
    assert.ok(sent < 40 * 1024 * 1024, `stopped reading (${sent} bytes sent)`);
  });

  it('a huge file is one problem in a batch', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dt-hostile-size-'));
    writeFileSync(join(dir, 'a.json'), '');
    truncateSync(join(dir, 'a.json'), MAX_SOURCE_BYTES + 1);
    const out: string[] = [];
    assert.equal(
      await main(
        ['check', '--lang', 'en', dir],
        (text) => out.push(text),
        () => undefined,
      ),
      1,
    );
    assert.match(out.join('\n'), /✗ .*a\.json: too large/);
  });
});
