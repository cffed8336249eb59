/**
 * Which official table a source table is, told by the labels it prints (表二 split into four small
 * tables gives four tables of the same kind). Copied text may run several tables together when
 * the headings between them were not copied; they are cut apart where another table's first
 * label appears.
 */
import { TABLE_IDS, type TableId } from '../../model/tables.js';
import type { SourceTable } from '../source/intermediate.js';
import { readCellValue } from './normalize.js';
import { cellLabel, joinLabels, segmentCells } from './pieces.js';
import { mayHold, segmentLabels, startKeys } from './segment.js';
import { VOCABULARIES } from './vocabulary.js';

/** Distinct labels a table must show to be taken for one of the three. */
const MIN_MARKERS = 3;
const MAX_CELLS = 4000;

/** Where each table's markers can start: a cell with none of them is not segmented to count them. */
const MARKER_STARTS = new Map(TABLE_IDS.map((id) => [id, startKeys(VOCABULARIES[id], (term) => VOCABULARIES[id].markers.has(term.id))]));

export function classifyTable(table: SourceTable): TableId | undefined {
  // The labels of the first MAX_CELLS cells, row by row (a loop: Array#flat is slow for this).
  const labels: string[] = [];
  let cells = 0;
  for (const row of table.rows) {
    for (const cell of row.slice(0, MAX_CELLS - cells)) {
      if (readCellValue(cell.text).kind === 'text') labels.push(cellLabel(cell));
    }
    cells += row.length;
    if (cells >= MAX_CELLS) break;
  }
  let best: { table: TableId; count: number } | undefined;
  let tie = false;
  for (const id of TABLE_IDS) {
    const vocabulary = VOCABULARIES[id];
    const found = new Set<string>();
    const starts = MARKER_STARTS.get(id)!;
    for (const label of labels) {
      // Most cells of another table's kind hold none of this one's markers: not segmented for them.
      if (!mayHold(label, starts)) continue;
      // Exact matches only: a near miss does not count towards a table's kind, so none is looked for.
      for (const piece of segmentLabels(label, vocabulary, false)) {
        if (piece.match === 'unknown' || piece.match === 'fuzzy') continue;
        for (const term of piece.terms) if (vocabulary.markers.has(term.id)) found.add(term.id);
      }
    }
    if (!best || found.size > best.count) {
      best = { table: id, count: found.size };
      tie = false;
    } else if (found.size === best.count) {
      tie = true;
    }
  }
  return best && best.count >= MIN_MARKERS && !tie ? best.table : undefined;
}

/** The labels that open each table: 第二十条第（一）项; the corner note or 申请人情况; 行政复议. */
const OPENERS: readonly [TableId, ReadonlySet<string>][] = [
  ['active', new Set(['item1'])],
  ['applications', new Set(['corner', 'applicants'])],
  ['reviews', new Set(['review'])],
];

/** The folded texts of each table's openers: a row without one of them cannot open a table. */
const OPENER_TEXTS = new Map(
  OPENERS.map(([id, openers]) => [id, VOCABULARIES[id].terms.filter((term) => openers.has(term.id)).flatMap((term) => term.texts)]),
);

function openerOf(row: SourceTable['rows'][number]): TableId | undefined {
  const cells = row.filter((cell) => readCellValue(cell.text).kind === 'text');
  if (!cells.length) return undefined;
  // An exact match of an opener needs its text in the row: most rows are ruled out without segmenting.
  const joined = joinLabels(cells);
  for (const [id, openers] of OPENERS) {
    if (!OPENER_TEXTS.get(id)!.some((text) => joined.folded.includes(text))) continue;
    if (
      segmentCells(cells, VOCABULARIES[id], joined, false).some(
        ({ piece }) => piece.match === 'exact' && piece.terms.some((term) => openers.has(term.id)),
      )
    ) {
      return id;
    }
  }
  return undefined;
}

/** Cuts an unaligned (text) table where another table's opening label appears. */
export function splitRunTogether(table: SourceTable): SourceTable[] {
  if (table.aligned) return [table];
  const parts: SourceTable[] = [];
  let current: SourceTable = { ...table, rows: [] };
  let currentKind: TableId | undefined;
  for (const row of table.rows) {
    const opener = openerOf(row);
    if (opener && currentKind && opener !== currentKind && current.rows.length) {
      parts.push(current);
      current = { ...table, rows: [], ...(row[0]?.line !== undefined ? { line: row[0].line } : {}) };
    }
    currentKind = opener ?? currentKind;
    current.rows.push(row);
  }
  parts.push(current);
  return parts;
}
