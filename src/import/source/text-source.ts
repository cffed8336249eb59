/**
 * Plain text copied from a report's web page → the intermediate form.
 *
 * Copied tables lose their structure: in the common form (the bundled sample) every cell starts
 * a line with a tab, merged-cell labels continue on the following lines without one ("商业" /
 * "企业"), and a tab alone is an empty cell; other copies separate cells by tabs within a line,
 * or, when the text has no tabs at all, only by spaces. Rows cannot be told apart reliably, so tables come out unaligned and the
 * mapping reads their cells in order, label by label.
 */
import { headingOf, type SectionId } from '../labels/headings.js';
import type { SourceBlock, SourceCell, SourceDocument, SourceTable } from './intermediate.js';
import { titleParts } from '../assemble/metadata.js';
import { cleanProse, isValueLike } from '../labels/normalize.js';

const TABLE_SECTIONS: ReadonlySet<SectionId> = new Set(['active', 'applications', 'reviews']);
/** Blank lines after which a line without a tab no longer continues the cell above. */
const CONTINUATION_GAP = 3;

/**
 * Splits a run of text into cells at spaces that border a number or a missing-value token
 * ("规章 0 0 0"); spaces inside labels ("科研 机构") stay.
 */
export function splitOnSpaces(text: string): string[] {
  const cells: string[] = [];
  // Whether the last cell started as a value: a label's words are joined to it, a value stands alone.
  // (Decided by each token once, so the work is linear in the text.)
  let lastIsValue = true;
  for (const token of text.trim().split(/[ \u00a0\u3000]+/)) {
    if (!token) continue;
    const value = isValueLike(token);
    if (cells.length && !value && !lastIsValue) cells[cells.length - 1] += ` ${token}`;
    else {
      cells.push(token);
      lastIsValue = value;
    }
  }
  return cells;
}

export function readTextSource(source: string): SourceDocument {
  const lines = source.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  const tabbed = lines.filter((line) => line.includes('\t'));
  // The sample's form: every cell starts its own line with a tab. Otherwise tabs separate cells in a row.
  const tabLeading = tabbed.filter((line) => /^[ \u00a0]*\t/.test(line)).length * 2 > tabbed.length;
  // Each line's heading, read once.
  const headings = lines.map((line) => (line.includes('\t') ? undefined : headingOf(line.trim())));
  const hasHeadings = headings.some(Boolean);
  const blocks: SourceBlock[] = [];
  let table: SourceTable | undefined;
  let lastCell: SourceCell | undefined;
  let section: SectionId | undefined;
  let blankRun = 0;

  const addRow = (texts: string[], line: number) => {
    if (!table) {
      table = { kind: 'table', rows: [], aligned: false, line };
      blocks.push(table);
    }
    const row = texts.map((text) => ({ text, colspan: 1, rowspan: 1, line }));
    table.rows.push(row);
    lastCell = row[row.length - 1];
  };
  const addParagraph = (text: string, line: number) => {
    table = undefined;
    lastCell = undefined;
    const clean = cleanProse(text);
    if (clean) blocks.push({ kind: 'paragraph', text: clean, line });
  };

  lines.forEach((raw, index) => {
    const line = index + 1;
    if (!raw.includes('\t') && raw.trim() === '') {
      blankRun++;
      return;
    }
    const gap = blankRun;
    blankRun = 0;
    if (!raw.includes('\t')) {
      const heading = headings[index];
      if (heading) {
        section = heading;
        addParagraph(raw, line);
        return;
      }
    }
    const inTableSection = section !== undefined && TABLE_SECTIONS.has(section);
    // Prose indented with a tab, outside the table sections, stays prose.
    const indentedProse = !inTableSection && /^\s*\t[^\t]+$/.test(raw) && (/[。；！？]/.test(raw) || raw.trim().length > 60);
    if (tabbed.length && !indentedProse) {
      if (raw.includes('\t')) {
        // In the sample's form a leading tab marks a cell; it does not stand for an empty cell before it.
        const parts = raw.split('\t');
        if (tabLeading && /^[ \u00a0]*$/.test(parts[0]!)) parts.shift();
        addRow(
          parts.map((part) => part.trim()),
          line,
        );
      } else if (!tabLeading && ((table && gap === 0) || inTableSection)) {
        // A row of one cell (第二十条第（五）项).
        addRow([raw.trim()], line);
      } else if (tabLeading && lastCell && gap < CONTINUATION_GAP) {
        // A merged cell's label broken over lines.
        if (!lastCell.text) lastCell.line = line;
        lastCell.text = lastCell.text ? `${lastCell.text}\n${raw.trim()}` : raw.trim();
      } else {
        addParagraph(raw, line);
      }
      return;
    }
    const tableLine = section ? inTableSection : !hasHeadings && !titleParts(raw) && !/[。；！？]/.test(raw);
    if (tableLine) addRow(splitOnSpaces(raw), line);
    else addParagraph(raw, line);
  });
  return { meta: [], blocks };
}
