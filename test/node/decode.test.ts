import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { decodeSource, importReport } from '../../src/import/node.js';
import { fixturesDir } from '../helpers/fixtures.js';
import { encodeGbk } from '../helpers/gbk.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const body = '<p>一平垣乡人民政府 2023 年政府信息公开工作年度报告</p>';

describe('decodeSource: the bytes of a published page or file to text', () => {
  it('reads a GBK page by its <meta charset> or <meta http-equiv>, without a note', () => {
    for (const meta of ['<meta charset="gb2312">', '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=GBK">']) {
      const page = `<html><head>${meta}</head><body>${body}</body></html>`;
      const decoded = decodeSource(encodeGbk(page));
      assert.equal(decoded.text, page);
      assert.equal(decoded.encoding, 'gbk');
      assert.equal(decoded.note, undefined);
    }
  });

  it('reads GBK declared only by the HTTP Content-Type', () => {
    const decoded = decodeSource(encodeGbk(body), 'text/html; charset="GB2312"');
    assert.deepEqual([decoded.text, decoded.encoding, decoded.declared, decoded.note], [body, 'gbk', 'gb2312', undefined]);
  });

  it('falls back to GB18030 for undeclared non-UTF-8 bytes, and says so', () => {
    const decoded = decodeSource(encodeGbk(body));
    assert.equal(decoded.text, body);
    assert.equal(decoded.encoding, 'gb18030');
    assert.equal(decoded.note?.en, 'the source is not UTF-8 and declares no encoding; read as GB18030 (GBK)');
  });

  it('falls back to GB18030 when a page declares UTF-8 but is not, naming the declaration', () => {
    const decoded = decodeSource(encodeGbk(`<meta charset="utf-8">${body}`));
    assert.equal(decoded.text, `<meta charset="utf-8">${body}`);
    assert.match(decoded.note!.zh, /^来源声明编码为 utf-8，但内容不是有效的 UTF-8，已按 GB18030（GBK）读取$/);
  });

  it('prefers valid UTF-8 over a stale gb2312 declaration, and says so only when it matters', () => {
    const stale = decodeSource(utf8(`<meta charset="gb2312">${body}`));
    assert.equal(stale.text, `<meta charset="gb2312">${body}`);
    assert.equal(stale.encoding, 'utf-8');
    assert.match(stale.note!.en, /declares gb2312, but its content is valid UTF-8/);
    assert.equal(decodeSource(utf8('<meta charset="gb2312"><p>2023</p>')).note, undefined, 'ASCII reads the same either way');
  });

  it('honours byte-order marks and ignores an unknown charset label', () => {
    assert.equal(decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(body)])).text, body);
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...body].flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8])]);
    assert.deepEqual([decodeSource(utf16).text, decodeSource(utf16).encoding], [body, 'utf-16le']);
    const unknown = decodeSource(encodeGbk(body), 'text/html; charset=x-no-such-thing');
    assert.equal(unknown.encoding, 'gb18030');
    assert.ok(unknown.note);
  });

  it('a real published page saved as GBK imports to the same report as its UTF-8 copy', () => {
    const page = readFileSync(`${fixturesDir}014-shuyang-fgj-2023.source.html`, 'utf8');
    const fromGbk = importReport(decodeSource(encodeGbk(page)).text);
    const fromUtf8 = importReport(page);
    assert.ok(fromGbk.ok && fromUtf8.ok);
    assert.deepEqual(fromGbk.report, fromUtf8.report);
  });
});
