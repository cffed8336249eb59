/**
 * Tab-separated text as spreadsheets put it on the clipboard (Excel, WPS, a Word table): rows by line
 * breaks, cells by tabs; a cell holding a tab, a line break or a quote is quoted `"…"` with `""` for a
 * quote. Excel ends the block with a line break, which is not an empty last row.
 */

/** The rows of a TSV block, each a list of cell texts. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let index = 0;
  // A quote opens a quoted field only at the start of a field.
  let atFieldStart = true;
  while (index < text.length) {
    const char = text[index]!;
    if (atFieldStart && char === '"') {
      const end = closingQuote(text, index + 1);
      if (end >= 0) {
        field = text.slice(index + 1, end).replace(/""/g, '"');
        index = end + 1;
        atFieldStart = false;
        continue;
      }
    }
    atFieldStart = false;
    if (char === '\t') {
      row.push(field);
      field = '';
      atFieldStart = true;
    } else if (char === '\n' || char === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      atFieldStart = true;
      if (char === '\r' && text[index + 1] === '\n') index += 1;
    } else field += char;
    index += 1;
  }
  if (!atFieldStart || field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The quote that closes a quoted field starting at `from` (skipping `""`); -1 when it is not closed before a tab or the end of a line. */
function closingQuote(text: string, from: number): number {
  for (let index = from; index < text.length; index += 1) {
    if (text[index] !== '"') continue;
    if (text[index + 1] === '"') {
      index += 1;
      continue;
    }
    const next = text[index + 1];
    return next === undefined || next === '\t' || next === '\n' || next === '\r' ? index : -1;
  }
  return -1;
}

/** A cell of TSV: quoted when it holds a tab, a line break or a quote. */
const field = (text: string) => (/[\t\n\r"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** Rows of cell texts as TSV, as spreadsheets read it. */
export const toTsv = (rows: readonly (readonly string[])[]): string => rows.map((row) => row.map(field).join('\t')).join('\r\n');
