/**
 * Column headers → data columns, by label. With positions (HTML) each column's header path is
 * resolved down the official header tree; without (copied text) the printed order of the header
 * labels rebuilds the tree level by level, as header rows print it.
 */
import type { Piece } from './segment.js';
import type { ColumnNode } from './vocabulary.js';

export type ColumnResolution =
  | { kind: 'data'; key: string }
  /** A subtotal column: read and dropped. */
  | { kind: 'extra' }
  /** Over the row labels (the corner note, 信息内容), or no header at all. */
  | { kind: 'label' }
  /** A header naming no data column. */
  | { kind: 'unknown' };

const matches = (node: ColumnNode, piece: Piece) =>
  piece.terms.some((term) => term.id === node.term && (term.kind === 'column' || term.kind === 'extra-column'));

const isHeaderLabel = (piece: Piece) => piece.terms.some((term) => term.kind === 'column' || term.kind === 'extra-column');

const allUnder = new WeakMap<readonly ColumnNode[], readonly ColumnNode[]>();

/** Every node of the trees, depth first; listed once per vocabulary's (unchanging) nodes, never changed by its users. */
function descendants(nodes: readonly ColumnNode[]): readonly ColumnNode[] {
  let all = allUnder.get(nodes);
  if (!all) allUnder.set(nodes, (all = nodes.flatMap((node) => [node, ...(node.children ? descendants(node.children) : [])])));
  return all;
}

/** Resolves the header labels over one column, outermost first. */
export function resolveColumnPath(roots: readonly ColumnNode[], pieces: readonly Piece[]): ColumnResolution {
  let current: ColumnNode | undefined;
  let unknown = false;
  for (const piece of pieces) {
    if (!isHeaderLabel(piece)) {
      unknown ||= piece.match === 'unknown';
      continue;
    }
    const children = current ? (current.children ?? []) : roots;
    let next = children.find((node) => matches(node, piece));
    if (!next) {
      // A header level left out (申请人情况 missing, say): accept a unique match further down.
      const deeper = descendants(children).filter((node) => matches(node, piece));
      if (deeper.length === 1) next = deeper[0];
    }
    if (!next) return { kind: 'unknown' };
    current = next;
  }
  if (!current) return unknown ? { kind: 'unknown' } : { kind: 'label' };
  if (current.extra) return { kind: 'extra' };
  return current.key && !current.children ? { kind: 'data', key: current.key } : { kind: 'unknown' };
}

export interface ColumnSlot {
  key?: string;
  extra?: boolean;
}

/**
 * The data columns, left to right, from header labels in reading order. Header rows print the
 * tree breadth first (a row per level, left to right), so each parent takes, in turn, the next
 * labels that are its children.
 */
export function orderColumns(roots: readonly ColumnNode[], pieces: readonly Piece[]): ColumnSlot[] {
  // An unrecognised label still takes its column, so the columns after it keep their places.
  const labels = pieces.filter((piece) => isHeaderLabel(piece) || piece.match === 'unknown');
  const childrenOf = new Map<ColumnNode | null, ColumnNode[]>();
  const queue: (ColumnNode | null)[] = [null];
  let next = 0;
  while (queue.length && next < labels.length) {
    const parent = queue.shift()!;
    const candidates = parent ? (parent.children ?? []) : roots;
    const taken: ColumnNode[] = [];
    for (;;) {
      const label = labels[next];
      if (label?.match === 'unknown' && taken.length < candidates.length) {
        taken.push({ term: '' });
        next++;
        continue;
      }
      const child = label && candidates.find((node) => !taken.includes(node) && matches(node, label));
      if (!child) break;
      taken.push(child);
      next++;
    }
    childrenOf.set(parent, taken);
    queue.push(...taken.filter((node) => node.children?.length));
  }
  const slots: ColumnSlot[] = [];
  const walk = (parent: ColumnNode | null) => {
    for (const node of childrenOf.get(parent) ?? []) {
      if (node.extra) slots.push({ extra: true });
      else if (node.children?.length) walk(node);
      else slots.push(node.key ? { key: node.key } : {});
    }
  };
  walk(null);
  return slots;
}

/** The official data columns, left to right. */
export function officialColumns(roots: readonly ColumnNode[]): ColumnSlot[] {
  return descendants(roots)
    .filter((node) => !node.children?.length && !node.extra)
    .map((node) => ({ key: node.key! }));
}
