/**
 * What each data cell of a table shows — value, blank or computed, marks of findings, header ids —
 * as plain values, without lit: the elements' renderer and the static HTML export both start here.
 */
import type { Finding } from '../check/findings.js';
import type { ShownValues } from '../check/values.js';
import { formatNumber } from '../format/number.js';
import type { DataCell } from '../layout/grid.js';
import { UI_TEXT, pick, type Lang } from '../model/labels.js';

/** Everything a data cell shows, as plain values. */
export interface CellState {
  /** Only cells a report summary links to have an id. */
  id: string | null;
  part: string;
  colspan: number;
  headers: string;
  path: string;
  describedBy: string | null;
  focusable: boolean;
  /** The cell shows no number: its text is the accessible 未填报, visually hidden. */
  blank: boolean;
  text: string;
  /** Visible mark and accessible words of a computed total; null when the value is given. */
  computed: { mark: string; words: string } | null;
}

interface CellMarks {
  severity: Set<Finding['severity']>;
  findingIds: string[];
}

/** How findings mark cells: their severities and messages, and which cells a summary links to. */
export interface Marking {
  marks: Map<string, CellMarks>;
  /** The first cell of each finding: the target of the report summary's link. */
  linked: ReadonlySet<string>;
}

/** The id of a finding's list item, which marked cells point at with `aria-describedby`. */
export const findingId = (idPrefix: string, index: number) => `${idPrefix}f${index}`;
/** The id of the `<td>` that shows a cell (used by the report summary's links). */
export const cellId = (idPrefix: string, path: string) => `${idPrefix}cell-${path.replaceAll('.', '-')}`;

/** The marks of `findings` (none when they are not shown). */
export function markingOf(findings: readonly Finding[], shown: boolean, idPrefix: string): Marking {
  const marks = new Map<string, CellMarks>();
  const linked = new Set<string>();
  if (!shown) return { marks, linked };
  for (const finding of findings) if (finding.cells[0]) linked.add(finding.cells[0]);
  findings.forEach((finding, index) => {
    if (finding.severity === 'info') return; // computed cells already say so
    for (const path of finding.cells) {
      let mark = marks.get(path);
      if (!mark) marks.set(path, (mark = { severity: new Set(), findingIds: [] }));
      mark.severity.add(finding.severity);
      mark.findingIds.push(findingId(idPrefix, index));
    }
  });
  return { marks, linked };
}

export function cellState(cell: DataCell, context: { values: ShownValues; lang: Lang; idPrefix: string }, { marks, linked }: Marking): CellState {
  const shown = context.values.get(cell.path);
  const value = shown?.value ?? null;
  const mark = marks.get(cell.path);
  const parts = ['cell'];
  if (cell.total) parts.push('total');
  if (value === null) parts.push('blank');
  if (shown?.computed) parts.push('computed');
  if (mark?.severity.has('error')) parts.push('invalid');
  if (mark?.severity.has('warning')) parts.push('warning');
  const en = context.lang === 'en';
  return {
    id: linked.has(cell.path) ? cellId(context.idPrefix, cell.path) : null,
    part: parts.join(' '),
    colspan: cell.colspan,
    headers: cell.headers.map((id) => context.idPrefix + id).join(' '),
    path: cell.path,
    describedBy: mark ? mark.findingIds.join(' ') : null,
    focusable: Boolean(mark),
    blank: value === null,
    text: value === null ? pick(UI_TEXT.blank, context.lang) : formatNumber(value, context.lang),
    computed: shown?.computed ? { mark: pick(UI_TEXT.computedMark, context.lang), words: en ? ` (${UI_TEXT.computed.en})` : `（${UI_TEXT.computed.zh}）` } : null,
  };
}
