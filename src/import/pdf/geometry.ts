/**
 * A page's ruling lines from pdf.js's operator list: straight horizontal and vertical segments of
 * stroked paths, and thin filled rectangles (how Word and WPS draw borders), with every transform
 * applied (the page's own `cm`, form XObjects' matrices, the viewport's flip and rotation).
 * Coordinates are page points, origin top left, y down. Pure: the operator codes are passed in.
 */

export type Matrix = readonly [number, number, number, number, number, number];

/** A horizontal (`y` fixed, from `from` to `to` in x) or vertical (`x` fixed, in y) ruling line. */
export interface Rule {
  axis: 'h' | 'v';
  /** The fixed coordinate: y of a horizontal rule, x of a vertical one. */
  at: number;
  from: number;
  to: number;
}

/** The operator codes this module reads (pdf.js `OPS`). */
export interface OperatorCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  setStrokeRGBColor: number;
  setFillRGBColor: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

export interface OperatorList {
  fnArray: readonly number[];
  argsArray: readonly unknown[];
}

export const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

export const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** A filled rectangle at most this thick (points) is a drawn line, not a shaded cell. */
export const THIN = 2.5;
/** Segments shorter than this are ticks, dots or glyph parts, not borders. */
const MIN_LENGTH = 3;
/** How far off the axis a segment may lean and still count as horizontal or vertical. */
const SKEW = 0.6;

// pdf.js's path codes inside `constructPath` (DrawOPS: moveTo, lineTo, curveTo, quadraticCurveTo, closePath).
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

interface State {
  ctm: Matrix;
  strokeVisible: boolean;
  fillVisible: boolean;
}

/** A colour so light it cannot be seen on paper: a white border draws nothing. */
const visible = (hex: unknown) => {
  if (typeof hex !== 'string' || !/^#[0-9a-f]{6}$/i.test(hex)) return true;
  const channels = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return channels.some((channel) => channel < 0xf0);
};

/** The sub-paths of a pdf.js path, as lists of points (curves keep only their end points, marked). */
function subpaths(data: ArrayLike<number>): { points: [number, number][]; curved: boolean; closed: boolean }[] {
  const paths: { points: [number, number][]; curved: boolean; closed: boolean }[] = [];
  let current: { points: [number, number][]; curved: boolean; closed: boolean } | undefined;
  for (let index = 0; index < data.length;) {
    const op = data[index++];
    if (op === MOVE) {
      current = { points: [[data[index]!, data[index + 1]!]], curved: false, closed: false };
      paths.push(current);
      index += 2;
    } else if (op === LINE) {
      current?.points.push([data[index]!, data[index + 1]!]);
      index += 2;
    } else if (op === CURVE || op === QUAD) {
      const count = op === CURVE ? 6 : 4;
      if (current) {
        current.curved = true;
        current.points.push([data[index + count - 2]!, data[index + count - 1]!]);
      }
      index += count;
    } else if (op === CLOSE) {
      if (current) {
        current.closed = true;
        current = { points: [current.points[0]!], curved: false, closed: false };
        paths.push(current);
      }
    } else {
      break; // An unknown code: the rest cannot be read.
    }
  }
  return paths.filter((path) => path.points.length > 1);
}

function segmentRule(a: [number, number], b: [number, number]): Rule | undefined {
  const dx = Math.abs(a[0] - b[0]);
  const dy = Math.abs(a[1] - b[1]);
  if (dy <= SKEW && dx >= MIN_LENGTH) return { axis: 'h', at: (a[1] + b[1]) / 2, from: Math.min(a[0], b[0]), to: Math.max(a[0], b[0]) };
  if (dx <= SKEW && dy >= MIN_LENGTH) return { axis: 'v', at: (a[0] + b[0]) / 2, from: Math.min(a[1], b[1]), to: Math.max(a[1], b[1]) };
  return undefined;
}

/** A filled axis-aligned rectangle that is thin: the line it draws. */
function thinRectangleRule(points: readonly [number, number][]): Rule | undefined {
  const ring = points.length === 5 && points[0]![0] === points[4]![0] && points[0]![1] === points[4]![1] ? points.slice(0, 4) : points;
  if (ring.length !== 4) return undefined;
  for (let index = 0; index < 4; index++) {
    const [a, b] = [ring[index]!, ring[(index + 1) % 4]!];
    if (Math.abs(a[0] - b[0]) > SKEW && Math.abs(a[1] - b[1]) > SKEW) return undefined;
  }
  const xs = ring.map((point) => point[0]);
  const ys = ring.map((point) => point[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const [width, height] = [x1 - x0, y1 - y0];
  if (height <= THIN && width >= MIN_LENGTH && width > 2 * height) return { axis: 'h', at: (y0 + y1) / 2, from: x0, to: x1 };
  if (width <= THIN && height >= MIN_LENGTH && height > 2 * width) return { axis: 'v', at: (x0 + x1) / 2, from: y0, to: y1 };
  return undefined;
}

/**
 * The ruling lines drawn by an operator list. `base` maps user space to page points with the
 * origin top left (pdf.js's viewport transform at scale 1).
 */
export function rulesOf(list: OperatorList, ops: OperatorCodes, base: Matrix): Rule[] {
  const rules: Rule[] = [];
  const stack: State[] = [];
  let state: State = { ctm: base, strokeVisible: true, fillVisible: true };
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fills = new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const closes = new Set([ops.closeStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  for (let index = 0; index < list.fnArray.length; index++) {
    const fn = list.fnArray[index];
    const args = list.argsArray[index] as unknown[] | null;
    if (fn === ops.save) stack.push(state);
    else if (fn === ops.restore) state = stack.pop() ?? state;
    else if (fn === ops.transform && args) state = { ...state, ctm: multiply(state.ctm, args as unknown as Matrix) };
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(state);
      const matrix =
        Array.isArray(args?.[0]) || ArrayBuffer.isView(args?.[0])
          ? (Array.from(args![0] as ArrayLike<number>) as unknown as Matrix)
          : undefined;
      if (matrix && matrix.length === 6) state = { ...state, ctm: multiply(state.ctm, matrix) };
    } else if (fn === ops.paintFormXObjectEnd) state = stack.pop() ?? state;
    else if (fn === ops.setStrokeRGBColor) state = { ...state, strokeVisible: visible(args?.[0]) };
    else if (fn === ops.setFillRGBColor) state = { ...state, fillVisible: visible(args?.[0]) };
    else if (fn === ops.constructPath && args) {
      const paint = args[0] as number;
      const stroked = strokes.has(paint) && state.strokeVisible;
      const filled = fills.has(paint) && state.fillVisible;
      if (!stroked && !filled) continue;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data) continue;
      for (const path of subpaths(data)) {
        const points = path.points.map(([x, y]) => apply(state.ctm, x, y));
        if (stroked && !path.curved) {
          const closed = path.closed || closes.has(paint);
          const ends = closed ? [...points, points[0]!] : points;
          for (let at = 1; at < ends.length; at++) {
            const rule = segmentRule(ends[at - 1]!, ends[at]!);
            if (rule) rules.push(rule);
          }
        }
        if (filled && !path.curved) {
          const rule = thinRectangleRule(points);
          if (rule) rules.push(rule);
        }
      }
    }
  }
  return rules;
}
