/**
 * Tables rebuilt from ruling lines: lines that touch form a table; the positions of its lines give
 * the grid; a border missing between two grid cells merges them (colspan, rowspan). A table whose
 * outer border is missing is bounded by the ends of its inner lines. Pure geometry, page points.
 */
import type { Rule } from './geometry.js';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A cell of a rebuilt table: its first grid row and column, its spans and its box. */
export interface GridCell {
  row: number;
  col: number;
  rowspan: number;
  colspan: number;
  box: Box;
}

export interface Grid {
  box: Box;
  /** Column edges, left to right, and row edges, top to bottom. */
  xs: number[];
  ys: number[];
  /** Cells in reading order (by first row, then column); together they tile the grid. */
  cells: GridCell[];
}

/** Lines this close (points) are one line: double borders, a border drawn by both its cells. */
const SAME_LINE = 1.5;
/** A gap this small along a line is no gap. */
const JOIN_GAP = 2;
/** How far a line may stop short of the line it meets and still touch it. */
const TOUCH = 2.5;
/** Grid edges closer than this are one edge. */
const SAME_EDGE = 2.5;
/** A border counts where lines cover this share of a cell's side. */
const COVERED = 0.6;

/** Lines on one axis merged: the same position, overlapping or touching along it. */
export function mergeRules(rules: readonly Rule[]): Rule[] {
  const merged: Rule[] = [];
  for (const axis of ['h', 'v'] as const) {
    const sorted = rules.filter((rule) => rule.axis === axis).sort((a, b) => a.at - b.at || a.from - b.from);
    const bands: Rule[][] = [];
    for (const rule of sorted) {
      const band = bands[bands.length - 1];
      if (band && rule.at - band[0]!.at <= SAME_LINE) band.push(rule);
      else bands.push([rule]);
    }
    for (const band of bands) {
      const at = band.reduce((sum, rule) => sum + rule.at, 0) / band.length;
      const spans = band.map((rule) => [rule.from, rule.to] as [number, number]).sort((a, b) => a[0] - b[0]);
      let [from, to] = spans[0]!;
      for (const [start, end] of spans.slice(1)) {
        if (start <= to + JOIN_GAP) to = Math.max(to, end);
        else {
          merged.push({ axis, at, from, to });
          [from, to] = [start, end];
        }
      }
      merged.push({ axis, at, from, to });
    }
  }
  return merged;
}

const touches = (h: Rule, v: Rule) => v.at >= h.from - TOUCH && v.at <= h.to + TOUCH && h.at >= v.from - TOUCH && h.at <= v.to + TOUCH;

/** Groups of lines that touch one another (union–find over crossings). */
function components(rules: readonly Rule[]): Rule[][] {
  const parent = rules.map((_, index) => index);
  const find = (index: number): number => (parent[index] === index ? index : (parent[index] = find(parent[index]!)));
  rules.forEach((a, i) => {
    if (a.axis !== 'h') return;
    rules.forEach((b, j) => {
      if (b.axis === 'v' && touches(a, b)) parent[find(i)] = find(j);
    });
  });
  const groups = new Map<number, Rule[]>();
  rules.forEach((rule, index) => groups.set(find(index), [...(groups.get(find(index)) ?? []), rule]));
  return [...groups.values()];
}

/** Positions clustered: values closer than `within` become their mean. */
export function clusterValues(values: readonly number[], within = SAME_EDGE): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const clusters: number[][] = [];
  for (const value of sorted) {
    const last = clusters[clusters.length - 1];
    if (last && value - last[last.length - 1]! <= within) last.push(value);
    else clusters.push([value]);
  }
  return clusters.map((cluster) => cluster.reduce((sum, value) => sum + value, 0) / cluster.length);
}

/** The share of [from, to] that lines at `at` (± SAME_EDGE) cover. */
function coverage(lines: readonly Rule[], at: number, from: number, to: number): number {
  const spans = lines
    .filter((line) => Math.abs(line.at - at) <= SAME_EDGE && line.to > from && line.from < to)
    .map((line) => [Math.max(from, line.from), Math.min(to, line.to)] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let reach = from;
  for (const [start, end] of spans) {
    if (end <= reach) continue;
    covered += end - Math.max(start, reach);
    reach = end;
  }
  return to > from ? covered / (to - from) : 0;
}

/** The grid of one group of touching lines, or undefined when it is no table (a frame, an underline). */
function gridOf(lines: readonly Rule[]): Grid | undefined {
  const horizontal = lines.filter((line) => line.axis === 'h');
  const vertical = lines.filter((line) => line.axis === 'v');
  if (horizontal.length < 2 || vertical.length < 1) return undefined;
  // The ends of the lines bound the table where its outer border is not drawn.
  const xs = clusterValues([
    ...vertical.map((line) => line.at),
    Math.min(...horizontal.map((line) => line.from)),
    Math.max(...horizontal.map((line) => line.to)),
  ]);
  const ys = clusterValues([
    ...horizontal.map((line) => line.at),
    Math.min(...vertical.map((line) => line.from)),
    Math.max(...vertical.map((line) => line.to)),
  ]);
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  if (rows < 1 || cols < 1 || rows * cols < 2) return undefined;

  // Union–find over grid slots: a missing border joins two neighbours.
  const parent = Array.from({ length: rows * cols }, (_, index) => index);
  const find = (index: number): number => (parent[index] === index ? index : (parent[index] = find(parent[index]!)));
  const join = (a: number, b: number) => (parent[find(a)] = find(b));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && coverage(vertical, xs[c + 1]!, ys[r]!, ys[r + 1]!) < COVERED) join(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && coverage(horizontal, ys[r + 1]!, xs[c]!, xs[c + 1]!) < COVERED) join(r * cols + c, (r + 1) * cols + c);
    }
  }
  // Each group becomes its bounding rectangle; rectangles that overlap join until none do.
  let spans = new Map<number, { r0: number; r1: number; c0: number; c1: number }>();
  for (let changed = true; changed;) {
    changed = false;
    spans = new Map();
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const root = find(r * cols + c);
        const span = spans.get(root);
        if (!span) spans.set(root, { r0: r, r1: r, c0: c, c1: c });
        else
          Object.assign(span, { r0: Math.min(span.r0, r), r1: Math.max(span.r1, r), c0: Math.min(span.c0, c), c1: Math.max(span.c1, c) });
      }
    }
    for (const [root, span] of spans) {
      for (let r = span.r0; r <= span.r1; r++) {
        for (let c = span.c0; c <= span.c1; c++) {
          if (find(r * cols + c) !== find(root)) {
            join(r * cols + c, root);
            changed = true;
          }
        }
      }
    }
  }
  const cells = [...spans.values()]
    .map(({ r0, r1, c0, c1 }) => ({
      row: r0,
      col: c0,
      rowspan: r1 - r0 + 1,
      colspan: c1 - c0 + 1,
      box: { x0: xs[c0]!, x1: xs[c1 + 1]!, y0: ys[r0]!, y1: ys[r1 + 1]! },
    }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
  if (cells.length < 2) return undefined;
  return { box: { x0: xs[0]!, x1: xs[cols]!, y0: ys[0]!, y1: ys[rows]! }, xs, ys, cells };
}

/** The tables a page's ruling lines draw, top to bottom. */
export function gridsOf(rules: readonly Rule[]): Grid[] {
  return components(mergeRules(rules))
    .flatMap((group) => gridOf(group) ?? [])
    .sort((a, b) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0);
}
