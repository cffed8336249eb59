/**
 * What a file is, told by its bytes, never by its name: CMS attachments and reviewers' folders are
 * full of `.txt` that are Word files and `.json` that are PDFs. Only the first bytes and, for zip
 * files, the names in their central directory are read.
 */

export type SourceFormat =
  /** Text: JSON, HTML, or text copied from a page. */
  | 'text'
  | 'pdf'
  | 'docx'
  | 'xlsx'
  /** Another zip file (.odt, .ods, .wps in zip form, an archive). */
  | 'zip'
  /** An OLE compound file: .doc, .xls, .wps, .et, .ppt. */
  | 'ole'
  | 'image'
  | 'rtf'
  /** Bytes that are no text and no format we know. */
  | 'binary';

export interface Sniffed {
  format: SourceFormat;
  /** For `ole`: which program's file it is, when its stream names say so. */
  program?: 'word' | 'excel' | 'wps' | 'et';
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  signature.every((byte, index) => bytes[at + index] === byte);
const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));

const PDF = ascii('%PDF-');
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const RTF = ascii('{\\rtf');
const IMAGES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  ascii('GIF8'),
  ascii('BM'),
  [0x49, 0x49, 0x2a, 0x00], // TIFF, little-endian
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF, big-endian
];

/** The names of the entries of a zip file, read from its central directory (at most `limit`). */
export function zipEntryNames(bytes: Uint8Array, limit = 2000): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 65,557 bytes.
  const floor = Math.max(0, bytes.length - 65557);
  let end = -1;
  for (let index = bytes.length - 22; index >= floor; index--) {
    if (view.getUint32(index, true) === 0x06054b50) {
      end = index;
      break;
    }
  }
  if (end < 0) return [];
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let entry = 0; entry < Math.min(count, limit) && offset + 46 <= bytes.length; entry++) {
    if (view.getUint32(offset, true) !== 0x02014b50) break;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    names.push(decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/**
 * The names in the local headers of a zip whose central directory is missing (a download cut
 * short): enough to tell a damaged .docx/.xlsx, which its reader then reports as damaged.
 */
function localEntryNames(bytes: Uint8Array, limit = 200): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder();
  const names: string[] = [];
  for (let index = 0; index + 30 <= bytes.length && names.length < limit; index++) {
    if (view.getUint32(index, true) !== 0x04034b50) continue;
    const nameLength = view.getUint16(index + 26, true);
    names.push(decoder.decode(bytes.subarray(index + 30, index + 30 + nameLength)));
    index += 29 + nameLength;
  }
  return names;
}

/** Whether `bytes` holds `text` as UTF-16LE (how OLE files name their streams). */
function holdsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = Array.from(text).flatMap((char) => [char.charCodeAt(0), 0]);
  outer: for (let index = 0; index + needle.length <= bytes.length; index++) {
    for (let offset = 0; offset < needle.length; offset++) if (bytes[index + offset] !== needle[offset]) continue outer;
    return true;
  }
  return false;
}

/** Bytes that decode as text: no NUL in the first 8 KB (UTF-16 text starts with its byte-order mark). */
function looksLikeText(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const head = bytes.subarray(0, 8192);
  return !head.includes(0);
}

/** Tells the format of a source from its bytes. */
export function sniffBytes(input: ArrayBuffer | Uint8Array): Sniffed {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  // A PDF may start after some junk (a byte-order mark, a line break): the specification allows 1 KB.
  const head = bytes.subarray(0, 1024);
  for (let index = 0; index + PDF.length <= head.length; index++) if (startsWith(head, PDF, index)) return { format: 'pdf' };
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) {
    const listed = zipEntryNames(bytes);
    const names = listed.length ? listed : localEntryNames(bytes);
    if (names.some((name) => name === 'word/document.xml' || /^word\/document\d*\.xml$/.test(name))) return { format: 'docx' };
    if (names.some((name) => name === 'xl/workbook.xml')) return { format: 'xlsx' };
    return { format: 'zip' };
  }
  if (startsWith(bytes, OLE)) {
    const sector = bytes.subarray(0, Math.min(bytes.length, 1 << 20));
    if (holdsUtf16(sector, 'WordDocument')) return { format: 'ole', program: holdsUtf16(sector, 'WpsCustomData') ? 'wps' : 'word' };
    if (holdsUtf16(sector, 'Workbook') || holdsUtf16(sector, 'Book'))
      return { format: 'ole', program: holdsUtf16(sector, 'ETExtData') ? 'et' : 'excel' };
    return { format: 'ole' };
  }
  if (startsWith(bytes, RTF)) return { format: 'rtf' };
  if (IMAGES.some((signature) => startsWith(bytes, signature))) return { format: 'image' };
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return { format: 'image' };
  return looksLikeText(bytes) ? { format: 'text' } : { format: 'binary' };
}
