// What the command line's CSV tests read its output with.

/** A small RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF rows. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') ((field += '"'), index++);
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') (rows.at(-1)!.push(field), (field = ''));
    else if (char === '\r' && text[index + 1] === '\n') (rows.at(-1)!.push(field), (field = ''), rows.push([]), index++);
    else field += char;
  }
  rows.at(-1)!.push(field);
  return rows;
}
