/**
 * Label pieces read from source cells: which cell each came from, what it can name, and the
 * warning it calls for when it was matched by a near miss.
 */
import type { SourceCell } from '../source/intermediate.js';
import { foldLabel } from './normalize.js';
import { placeOf } from '../read/reading.js';
import { segmentLabels, type Piece } from './segment.js';
import type { ImportWarning } from '../types.js';
import { COLUMN_KINDS, ROW_KINDS, type Term, type Vocabulary } from './vocabulary.js';
import { warn } from '../assemble/warnings.js';

/** Labels longer than this are prose, not labels. */
const MAX_LABEL_LENGTH = 200;

export interface CellPiece {
  piece: Piece;
  /** The cell where the piece starts. */
  cell: SourceCell;
}

/** A cell's label text as it is segmented: folded, and no longer than a label. */
export const cellLabel = (cell: SourceCell): string => foldLabel(cell.text).slice(0, MAX_LABEL_LENGTH);

/** The pieces of one cell's label text (what `segmentCells([cell], …)` finds, without the cells). */
export const cellPieces = (cell: SourceCell, vocabulary: Vocabulary, near = true): readonly Piece[] =>
  segmentLabels(cellLabel(cell), vocabulary, near);

/** The folded text of neighbouring cells joined, and where each cell starts in it. */
export function joinLabels(cells: readonly SourceCell[]): { folded: string; starts: number[] } {
  const starts: number[] = [];
  let folded = '';
  for (const cell of cells) {
    starts.push(folded.length);
    folded += foldLabel(cell.text).slice(0, MAX_LABEL_LENGTH);
  }
  return { folded, starts };
}

/**
 * Segments the joined text of neighbouring cells (a label broken over cells joins up again); `near`
 * as for `segmentLabels`.
 */
export function segmentCells(cells: readonly SourceCell[], vocabulary: Vocabulary, joined = joinLabels(cells), near = true): CellPiece[] {
  const { folded, starts } = joined;
  return segmentLabels(folded, vocabulary, near).map((piece) => {
    let index = starts.length - 1;
    while (index > 0 && starts[index]! > piece.start) index--;
    return { piece, cell: cells[index]! };
  });
}

export const rowTermOf = (piece: Piece): Term | undefined => piece.terms.find((term) => ROW_KINDS.has(term.kind));
export const columnTermOf = (piece: Piece): Term | undefined => piece.terms.find((term) => COLUMN_KINDS.has(term.kind));

/** A label that can only be a row's (or is numbered like one): the table body has begun. */
export function isRowLabel(piece: Piece): boolean {
  const row = rowTermOf(piece);
  return Boolean(row && (!columnTermOf(piece) || piece.numbering !== undefined));
}

export const isBlockStart = (piece: Piece): boolean => piece.terms.some((term) => term.kind === 'band' || term.id === 'content');

/** The warning a piece calls for: not recognised, or recognised by a misprint, an old label or a near miss. */
export function pieceWarning({ piece, cell }: CellPiece, table: string, chosen?: Term): ImportWarning | undefined {
  const term = chosen ?? piece.terms[0];
  // Rows have contract paths; column headers do not.
  const place = placeOf(cell, term && ROW_KINDS.has(term.kind) && term.kind !== 'extra-row' ? `${table}.${term.id}` : undefined);
  if (piece.match === 'unknown' || !term) return warn('unknownLabel', place, place.source);
  if (piece.match === 'typo') return warn('typoLabel', place, place.source, term.label);
  if (piece.match === 'legacy') return warn('legacyLabel', place, place.source, term.label);
  if (piece.match === 'fuzzy') return warn('fuzzyLabel', place, place.source, term.label);
  return undefined;
}
