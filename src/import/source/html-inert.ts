/**
 * Markup for DOMParser with every `style` attribute renamed `data-dt-style`: a page's strict
 * Content-Security-Policy (`style-src` without 'unsafe-inline') reports each inline style even in
 * DOMParser's inert document, and a published page holds hundreds. Nothing is applied or loaded
 * from it anyway; the reader asks for `data-dt-style` where it needs a style (display: none).
 * One pass over the source, honouring comments, quoted values and raw-text elements, as
 * html-lines.ts does; text and line breaks are untouched.
 */

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
export const STYLE_ATTRIBUTE = 'data-dt-style';

export function renameStyleAttributes(source: string): string {
  if (!/style/i.test(source)) return source;
  let out = '';
  let copied = 0;
  let index = 0;
  while (index < source.length) {
    const open = source.indexOf('<', index);
    if (open < 0) break;
    if (source.startsWith('<!--', open)) {
      const end = source.indexOf('-->', open + 4);
      index = end < 0 ? source.length : end + 3;
      continue;
    }
    const name = /^<([a-zA-Z][^\s/>]*)/.exec(source.slice(open, open + 64));
    if (!name) {
      index = open + 1;
      continue;
    }
    let at = open + name[0].length;
    let quote = '';
    for (; at < source.length; at++) {
      const char = source[at]!;
      if (quote) {
        if (char === quote) quote = '';
      } else if (char === '"' || char === "'") {
        quote = char;
      } else if (char === '>') {
        break;
      } else if (
        /[\s/"']/.test(source[at - 1]!) &&
        source.slice(at, at + 5).toLowerCase() === 'style' &&
        /^(?:[\s=/>]|$)/.test(source.charAt(at + 5))
      ) {
        out += `${source.slice(copied, at)}${STYLE_ATTRIBUTE}`;
        copied = at + 5;
        at += 4;
      }
    }
    index = at + 1;
    const tag = name[1]!.toLowerCase();
    if (RAW_TEXT.has(tag)) {
      const closer = new RegExp(`</${tag}`, 'gi');
      closer.lastIndex = index;
      const close = closer.exec(source);
      index = close ? close.index : source.length;
    }
  }
  return copied ? out + source.slice(copied) : source;
}
