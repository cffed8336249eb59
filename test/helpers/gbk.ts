// GBK bytes for tests, as a GB2312/GBK-encoded government page would have them. Neither Node nor
// browsers encode GBK (TextEncoder is UTF-8 only), so the table is built once by decoding every
// two-byte GBK sequence with TextDecoder, the very decoder the code under test relies on.
let table: Map<string, readonly [number, number]> | undefined;

function gbkTable(): Map<string, readonly [number, number]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gbk', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && !table.has(char)) table.set(char, [lead, trail]);
      } catch {
        // not a GBK sequence
      }
    }
  }
  return table;
}

/** `text` encoded as GBK; throws on a character GBK lacks. */
export function encodeGbk(text: string): Uint8Array<ArrayBuffer> {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbkTable().get(char);
      if (!pair) throw new Error(`GBK has no ${char} (U+${code.toString(16)})`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}
