/**
 * Text items of a page as boxes in page points (origin top left), and the lines they form. A
 * text item is placed by its centre, so a glyph that overhangs a border still lands in its cell.
 */
import { apply, multiply, type Matrix } from './geometry.js';
import type { Box } from './grid.js';

export interface Fragment extends Box {
  text: string;
  /** Font size in points. */
  size: number;
}

export interface TextLine extends Box {
  fragments: Fragment[];
  size: number;
  text: string;
}

/** pdf.js's text item (the fields read here). */
export interface TextItem {
  str: string;
  transform: readonly number[];
  width: number;
  height: number;
}

// Fonts share one glyph between an ideograph and its radical form, and PDF writers (Chromium, Word)
// often map the glyph back to the radical: 「人⺠政府」 for 人民政府, 「⽬」 for 目. Kangxi radicals
// fold by NFKC; the CJK radicals supplement by its equivalent unified ideographs (Unicode's
// EquivalentUnifiedIdeograph.txt, the forms met in Chinese text).
const RADICALS: Record<string, string> = {
  '⺁': '厂',
  '⺅': '亻',
  '⺆': '冂',
  '⺉': '刂',
  '⺊': '卜',
  '⺌': '小',
  '⺍': '小',
  '⺎': '兀',
  '⺒': '巳',
  '⺓': '幺',
  '⺕': '彐',
  '⺖': '忄',
  '⺗': '心',
  '⺘': '扌',
  '⺙': '攵',
  '⺛': '旡',
  '⺜': '日',
  '⺝': '月',
  '⺟': '母',
  '⺠': '民',
  '⺡': '氵',
  '⺢': '氺',
  '⺣': '灬',
  '⺤': '爫',
  '⺦': '丬',
  '⺧': '牛',
  '⺨': '犭',
  '⺩': '王',
  '⺫': '目',
  '⺬': '示',
  '⺭': '礻',
  '⺯': '糹',
  '⺰': '纟',
  '⺲': '罒',
  '⺶': '羊',
  '⺹': '耂',
  '⺺': '肀',
  '⺼': '肉',
  '⺾': '艹',
  '⺿': '艹',
  '⻀': '艹',
  '⻁': '虎',
  '⻂': '衤',
  '⻃': '覀',
  '⻄': '西',
  '⻅': '见',
  '⻆': '角',
  '⻈': '讠',
  '⻉': '贝',
  '⻋': '车',
  '⻌': '辶',
  '⻍': '辶',
  '⻎': '辶',
  '⻐': '钅',
  '⻑': '長',
  '⻓': '长',
  '⻔': '门',
  '⻖': '阝',
  '⻗': '雨',
  '⻘': '青',
  '⻙': '韦',
  '⻚': '页',
  '⻛': '风',
  '⻜': '飞',
  '⻝': '食',
  '⻠': '饣',
  '⻢': '马',
  '⻣': '骨',
  '⻤': '鬼',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻧': '卤',
  '⻨': '麦',
  '⻩': '黄',
  '⻪': '黾',
  '⻬': '齐',
  '⻮': '齿',
  '⻰': '龙',
  '⻳': '龟',
};
const RADICAL = /[\u2e80-\u2eff\u2f00-\u2fdf]/g;

/** Text with radical forms written as the ideographs they stand for. */
export const foldRadicals = (text: string) => text.replace(RADICAL, (char) => RADICALS[char] ?? char.normalize('NFKC'));

const ASCENT = 0.86;
const DESCENT = 0.14;

/** A text item as a box on the page (`base`: the viewport transform). */
export function fragmentOf(item: TextItem, base: Matrix): Fragment | undefined {
  if (!item.str || !item.str.trim()) return undefined;
  const m = multiply(base, item.transform as unknown as Matrix);
  const origin = apply(m, 0, 0);
  const along = [m[0], m[1]];
  const up = [m[2], m[3]];
  const alongLength = Math.hypot(along[0]!, along[1]!) || 1;
  const upLength = Math.hypot(up[0]!, up[1]!) || 1;
  const size = item.height || upLength;
  const dx = [(along[0]! / alongLength) * item.width, (along[1]! / alongLength) * item.width];
  const ux = [(up[0]! / upLength) * size, (up[1]! / upLength) * size];
  const corners = [
    [origin[0] - ux[0]! * DESCENT, origin[1] - ux[1]! * DESCENT],
    [origin[0] + ux[0]! * ASCENT, origin[1] + ux[1]! * ASCENT],
    [origin[0] + dx[0]! - ux[0]! * DESCENT, origin[1] + dx[1]! - ux[1]! * DESCENT],
    [origin[0] + dx[0]! + ux[0]! * ASCENT, origin[1] + dx[1]! + ux[1]! * ASCENT],
  ];
  const xs = corners.map((corner) => corner[0]!);
  const ys = corners.map((corner) => corner[1]!);
  return { text: foldRadicals(item.str), size, x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
}

export const centreX = (box: Box) => (box.x0 + box.x1) / 2;
export const centreY = (box: Box) => (box.y0 + box.y1) / 2;
export const inside = (box: Box, x: number, y: number, margin = 0) =>
  x >= box.x0 - margin && x <= box.x1 + margin && y >= box.y0 - margin && y <= box.y1 + margin;

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

/**
 * A fragment cut at its spaces into words, each given its share of the width (a wide character
 * counts twice): used where one text item runs over a border, as "0 0 0" drawn as one string.
 */
export function splitWords(fragment: Fragment): Fragment[] {
  const parts = fragment.text.split(/(\s+)/).filter((part) => part !== '');
  if (parts.filter((part) => part.trim()).length < 2) return [fragment];
  const weight = (text: string) => Array.from(text).reduce((sum, char) => sum + (WIDE.test(char) ? 2 : 1), 0);
  const total = weight(fragment.text);
  const unit = (fragment.x1 - fragment.x0) / total;
  const words: Fragment[] = [];
  let x = fragment.x0;
  for (const part of parts) {
    const width = weight(part) * unit;
    if (part.trim()) words.push({ ...fragment, text: part, x0: x, x1: x + width });
    x += width;
  }
  return words;
}

/** Fragments grouped into lines (by vertical centre), top to bottom, each left to right. */
export function linesOf(fragments: readonly Fragment[]): TextLine[] {
  const sorted = [...fragments].sort((a, b) => centreY(a) - centreY(b) || a.x0 - b.x0);
  const groups: Fragment[][] = [];
  for (const fragment of sorted) {
    const group = groups[groups.length - 1];
    const last = group?.[0];
    if (group && last && Math.abs(centreY(fragment) - centreY(last)) <= Math.min(fragment.size, last.size) * 0.45) group.push(fragment);
    else groups.push([fragment]);
  }
  return groups.map((group) => {
    const items = group.sort((a, b) => a.x0 - b.x0);
    let text = '';
    items.forEach((item, index) => {
      const gap = index ? item.x0 - items[index - 1]!.x1 : 0;
      text += index && gap > item.size * 0.25 ? ` ${item.text}` : item.text;
    });
    return {
      fragments: items,
      size: Math.max(...items.map((item) => item.size)),
      text,
      x0: Math.min(...items.map((item) => item.x0)),
      x1: Math.max(...items.map((item) => item.x1)),
      y0: Math.min(...items.map((item) => item.y0)),
      y1: Math.max(...items.map((item) => item.y1)),
    };
  });
}

const DIGITS = /^[\d.,]+$/;

/**
 * The text of a cell: its lines joined by "\n", except a number wrapped in a narrow cell
 * ("39857" / "58"), whose parts join up again.
 */
export function cellText(fragments: readonly Fragment[], box: Box): string {
  const lines = linesOf(fragments);
  let text = '';
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    const wrappedNumber =
      previous && DIGITS.test(previous.text.trim()) && DIGITS.test(line.text.trim()) && box.x1 - previous.x1 < previous.size * 1.5;
    text += index === 0 ? line.text : wrappedNumber ? line.text.trim() : `\n${line.text}`;
  });
  return text.trim();
}
