/**
 * Source lines of start tags, for parsers that do not report them (DOMParser). A light scan of
 * the markup: comments and raw-text elements are skipped and quoted attribute values honoured,
 * so that the n-th <td> found here is the n-th <td> element of the parsed document. Where the
 * counts differ (the parser created or dropped elements), no line is given for that tag.
 */

/** Elements whose content is not markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

export function startTagLines(source: string, tags: ReadonlySet<string>): Map<string, number[]> {
  const lines = new Map<string, number[]>();
  let line = 1;
  let index = 0;
  const advanceTo = (end: number) => {
    for (; index < end && index < source.length; index++) {
      const char = source.charCodeAt(index);
      // \n, and \r not followed by \n: the parser's line breaks.
      if (char === 10 || (char === 13 && source.charCodeAt(index + 1) !== 10)) line++;
    }
    index = Math.min(end, source.length);
  };
  const skipPast = (text: string) => {
    const end = source.indexOf(text, index);
    advanceTo(end < 0 ? source.length : end + text.length);
  };

  while (index < source.length) {
    const open = source.indexOf('<', index);
    if (open < 0) break;
    advanceTo(open);
    if (source.startsWith('<!--', index)) {
      skipPast('-->');
      continue;
    }
    const name = /^<([a-zA-Z][^\s/>]*)/.exec(source.slice(index, index + 64));
    if (!name) {
      advanceTo(index + 1);
      if (source[index - 1] === '<' && /[!?/]/.test(source[index] ?? '')) skipPast('>');
      continue;
    }
    const tag = name[1]!.toLowerCase();
    if (tags.has(tag)) {
      const list = lines.get(tag) ?? [];
      list.push(line);
      lines.set(tag, list);
    }
    // The rest of the tag, honouring quoted attribute values.
    advanceTo(index + name[0].length);
    let quote = '';
    while (index < source.length) {
      const char = source[index]!;
      advanceTo(index + 1);
      if (quote) {
        if (char === quote) quote = '';
      } else if (char === '"' || char === "'") {
        quote = char;
      } else if (char === '>') {
        break;
      }
    }
    if (RAW_TEXT.has(tag)) {
      // Searched from here on, case-insensitively (lower-casing the whole source for each would be quadratic).
      const closer = new RegExp(`</${tag}`, 'gi');
      closer.lastIndex = index;
      const close = closer.exec(source);
      advanceTo(close ? close.index : source.length);
    }
  }
  return lines;
}
