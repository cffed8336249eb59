/**
 * Where a pasted tab-separated block goes: the rectangle from the active cell, over the data cells
 * only, in the table's data order (label cells skipped, a merged data cell once). A block copied with
 * its labels (from Excel or WPS, where a merged label leaves empty fields beside it) keeps its values:
 * leading header rows and each row's leading labels are dropped, with the empty fields of a merged
 * label, which can be told from blank values because they make the row wider than the table. A
 * label is never used to guess: a row whose label names another row stops the paste there.
 */
import { foldLabel, isValueLike } from '../import/labels/normalize.js';
import type { Navigation, Place } from './navigation.js';

export interface PasteLabels<Cell> {
  /** Every header label of the table, folded (`foldLabel`). */
  all: ReadonlySet<string>;
  /** The folded labels of the headers of a cell's row (its row headers and the groups above them). */
  ofRow(cell: Cell): ReadonlySet<string>;
}

export interface PastePlan<Cell> {
  targets: { cell: Cell; text: string }[];
  /** Where the block stopped, 1-based in the block as pasted: a field outside the table, or a row labelled as another. */
  stopped?: { row: number; column: number; reason: 'outside' | 'label'; label?: string };
}

const isEmpty = (text: string) => text.trim() === '';

export function planPaste<Cell extends Place>(
  navigation: Navigation<Cell>,
  start: Cell,
  block: readonly (readonly string[])[],
  labels: PasteLabels<Cell>,
): PastePlan<Cell> {
  const isLabel = (text: string) => !isEmpty(text) && !isValueLike(text) && labels.all.has(foldLabel(text));
  const targets: PastePlan<Cell>['targets'] = [];
  // Column header rows copied with the block.
  let first = 0;
  while (first < block.length && block[first]!.some(isLabel) && block[first]!.every((text) => isEmpty(text) || isLabel(text))) first += 1;
  for (let offset = 0; first + offset < block.length; offset += 1) {
    const fields = block[first + offset]!;
    const row = first + offset + 1;
    const cells = navigation.targets(start, offset);
    if (!cells?.length) {
      // Empty lines after the block (spreadsheets pad with them) are not content.
      const rest = block.slice(first + offset);
      return rest.every((line) => line.every(isEmpty)) ? { targets } : { targets, stopped: { row, column: 1, reason: 'outside' } };
    }
    // Leading labels, and empty fields among them (merged labels of the rows above).
    let lastLabel = -1;
    for (let index = 0; index < fields.length; index += 1) {
      if (isLabel(fields[index]!)) lastLabel = index;
      else if (!isEmpty(fields[index]!)) break;
    }
    let from = lastLabel + 1;
    if (lastLabel >= 0) {
      const label = fields[lastLabel]!;
      if (!labels.ofRow(cells[0]!).has(foldLabel(label)))
        return { targets, stopped: { row, column: lastLabel + 1, reason: 'label', label } };
      // The empty fields of a merged label make the row wider than the table: drop that many.
      let surplus = fields.length - from - cells.length;
      while (surplus > 0 && isEmpty(fields[from]!)) {
        from += 1;
        surplus -= 1;
      }
    }
    for (let index = from; index < fields.length; index += 1) {
      const cell = cells[index - from];
      if (cell) targets.push({ cell, text: fields[index]! });
      else if (fields.slice(index).some((text) => !isEmpty(text)))
        return { targets, stopped: { row, column: index + 1, reason: 'outside' } };
      else break;
    }
  }
  return { targets };
}
