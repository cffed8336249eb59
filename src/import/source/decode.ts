/**
 * Bytes of a report source (published HTML, copied text, or JSON) to text. Many government sites
 * still publish in GBK/GB2312, and old tools save files that way: decoded as UTF-8 they become
 * mojibake that no official label matches. The choice, in order:
 * 1. a byte-order mark;
 * 2. valid UTF-8 (GBK text with Chinese in it is practically never valid UTF-8; a page whose
 *    template still declares gb2312 after being re-saved as UTF-8 is common);
 * 3. the charset declared by the HTTP Content-Type or an HTML `<meta>` in the first 1,024 bytes;
 * 4. GB18030, the superset of GBK and GB2312, as a browser set to Chinese would.
 */
import type { Bilingual } from '../../model/parse.js';

export interface DecodedSource {
  text: string;
  /** The encoding used, as TextDecoder names it: `utf-8`, `gbk`, `gb18030`, `utf-16le`, … */
  encoding: string;
  /** The charset the source declared (header or `<meta>`), if any. */
  declared?: string;
  /** Set when the encoding was a guess or overrode the declaration: say so beside the result. */
  note?: Bilingual;
}

const decoder = (label: string): TextDecoder | undefined => {
  try {
    return new TextDecoder(label);
  } catch {
    return undefined; // an unknown label
  }
};

/** The charset a Content-Type value or an HTML head declares, e.g. `gb2312`. */
export function declaredCharset(bytes: Uint8Array, contentType?: string | null): string | undefined {
  const header = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  if (header) return header[1]!.toLowerCase();
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
  const meta = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta ? meta[1]!.toLowerCase() : undefined;
}

export function decodeSource(input: ArrayBuffer | Uint8Array, contentType?: string | null): DecodedSource {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  const declared = declaredCharset(bytes, contentType);
  const declaredDecoder = declared ? decoder(declared) : undefined;
  const declaresUtf8 = declaredDecoder?.encoding === 'utf-8';
  let text: string | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // strips a UTF-8 BOM
  } catch {
    // not UTF-8
  }
  if (text !== undefined) {
    // Only worth a note when the declaration would have given other characters.
    const overrides = declaredDecoder && !declaresUtf8 && /[^\x00-\x7f]/.test(text);
    return {
      text,
      encoding: 'utf-8',
      ...(declared ? { declared } : {}),
      ...(overrides
        ? {
            note: {
              zh: `来源声明编码为 ${declared}，但内容是有效的 UTF-8，已按 UTF-8 读取`,
              en: `the source declares ${declared}, but its content is valid UTF-8; read as UTF-8`,
            },
          }
        : {}),
    };
  }
  if (declaredDecoder && !declaresUtf8)
    return { text: declaredDecoder.decode(bytes), encoding: declaredDecoder.encoding, declared: declared! };
  const fallback = new TextDecoder('gb18030');
  const said = declared
    ? {
        zh: `来源声明编码为 ${declared}，但内容不是有效的 UTF-8`,
        en: `the source declares ${declared}, but its content is not valid UTF-8`,
      }
    : { zh: '来源不是 UTF-8，也未声明编码', en: 'the source is not UTF-8 and declares no encoding' };
  return {
    text: fallback.decode(bytes),
    encoding: fallback.encoding,
    ...(declared ? { declared } : {}),
    note: { zh: `${said.zh}，已按 GB18030（GBK）读取`, en: `${said.en}; read as GB18030 (GBK)` },
  };
}
