// The PDF reader's pure parts: ruling lines from an operator list, grids with merged cells, text
// placed by centre, parts of a table joined across a page break, radical forms folded.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rulesOf, type OperatorCodes } from '../../src/import/pdf/geometry.js';
import { gridsOf } from '../../src/import/pdf/grid.js';
import { cellText, foldRadicals, type Fragment } from '../../src/import/pdf/text.js';
import { layoutDocument, type PageContent } from '../../src/import/pdf/document.js';
import { expandGrid } from '../../src/import/source/intermediate.js';

// pdf.js's OPS codes (5.6) for the operators read.
const OPS: OperatorCodes = {
  save: 10,
  restore: 11,
  transform: 12,
  constructPath: 91,
  setStrokeRGBColor: 58,
  setFillRGBColor: 59,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  stroke: 20,
  closeStroke: 21,
  fill: 22,
  eoFill: 23,
  fillStroke: 24,
  eoFillStroke: 25,
  closeFillStroke: 26,
  closeEOFillStroke: 27,
};
const IDENTITY = [1, 0, 0, 1, 0, 0] as const;
const line = (x0: number, y0: number, x1: number, y1: number) => [0, x0, y0, 1, x1, y1];
const rect = (x: number, y: number, w: number, h: number) => [0, x, y, 1, x + w, y, 1, x + w, y + h, 1, x, y + h, 4];

/** Stroked lines of a grid: `xs` × `ys`, leaving out the vertical segments in `gaps` ("col,row"). */
function gridLines(xs: number[], ys: number[], gaps: string[] = []): number[] {
  const path: number[] = [];
  for (const y of ys) path.push(...line(xs[0]!, y, xs[xs.length - 1]!, y));
  xs.forEach((x, c) => ys.slice(1).forEach((y, r) => !gaps.includes(`${c},${r}`) && path.push(...line(x, ys[r]!, x, y))));
  return path;
}

const frag = (text: string, x0: number, y0: number, size = 10): Fragment => ({
  text,
  size,
  x0,
  x1: x0 + size * text.length,
  y0,
  y1: y0 + size,
});

describe('ruling lines from the operator list', () => {
  it('reads stroked segments and thin filled rectangles, with transforms and form matrices applied', () => {
    const list = {
      fnArray: [
        OPS.save,
        OPS.transform,
        OPS.constructPath,
        OPS.paintFormXObjectBegin,
        OPS.constructPath,
        OPS.paintFormXObjectEnd,
        OPS.restore,
        OPS.constructPath,
      ],
      argsArray: [
        null,
        [2, 0, 0, 2, 10, 0],
        [OPS.stroke, [Float32Array.from(line(0, 5, 50, 5))], null],
        [[1, 0, 0, 1, 0, 100], null],
        [OPS.fill, [Float32Array.from(rect(0, 0, 0.5, 40))], null],
        null,
        null,
        [OPS.fill, [Float32Array.from(rect(0, 0, 30, 30))], null],
      ],
    };
    const rules = rulesOf(list, OPS, IDENTITY);
    // The big filled square is a shaded area, not a line.
    assert.deepEqual(rules, [
      { axis: 'h', at: 10, from: 10, to: 110 },
      { axis: 'v', at: 10.5, from: 200, to: 280 },
    ]);
  });

  it('ignores white lines and curves', () => {
    const list = {
      fnArray: [OPS.setStrokeRGBColor, OPS.constructPath, OPS.setStrokeRGBColor, OPS.constructPath],
      argsArray: [
        ['#ffffff'],
        [OPS.stroke, [Float32Array.from(line(0, 0, 100, 0))], null],
        ['#000000'],
        [OPS.stroke, [Float32Array.from([0, 0, 0, 2, 10, 10, 20, 10, 30, 0])], null],
      ],
    };
    assert.deepEqual(rulesOf(list, OPS, IDENTITY), []);
  });
});

describe('grids from ruling lines', () => {
  it('a missing border merges cells into a colspan; lines stopping short still bound the table', () => {
    const path = gridLines([0, 100, 200, 300], [0, 20, 40], ['1,0']);
    const rules = rulesOf({ fnArray: [OPS.constructPath], argsArray: [[OPS.stroke, [Float32Array.from(path)], null]] }, OPS, IDENTITY);
    const [grid] = gridsOf(rules);
    assert.ok(grid);
    assert.deepEqual(
      grid.cells.map(({ row, col, rowspan, colspan }) => [row, col, rowspan, colspan]),
      [
        [0, 0, 1, 2],
        [0, 2, 1, 1],
        [1, 0, 1, 1],
        [1, 1, 1, 1],
        [1, 2, 1, 1],
      ],
    );
  });

  it('a single frame is no table', () => {
    const rules = rulesOf(
      { fnArray: [OPS.constructPath], argsArray: [[OPS.stroke, [Float32Array.from(rect(0, 0, 200, 50))], null]] },
      OPS,
      IDENTITY,
    );
    assert.deepEqual(gridsOf(rules), []);
  });

  it('a number wrapped in a narrow cell joins up; label lines keep their break', () => {
    assert.equal(cellText([frag('39857', 0, 0, 10), frag('58', 0, 12, 10)], { x0: 0, x1: 55, y0: 0, y1: 30 }), '3985758');
    assert.equal(cellText([frag('商业', 0, 0), frag('企业', 0, 12)], { x0: 0, x1: 60, y0: 0, y1: 30 }), '商业\n企业');
  });
});

describe('a table continued on the next page', () => {
  const page = (number: number, rows: string[][], extra: Fragment[] = []): PageContent => {
    const ys = rows.map((_, index) => 100 + index * 20);
    ys.push(100 + rows.length * 20);
    const path = gridLines([50, 250, 350], ys);
    return {
      number,
      width: 595,
      height: 842,
      rules: rulesOf({ fnArray: [OPS.constructPath], argsArray: [[OPS.stroke, [Float32Array.from(path)], null]] }, OPS, IDENTITY),
      fragments: [...rows.flatMap((cells, r) => cells.map((text, c) => frag(text, c ? 260 : 55, 104 + r * 20, 8))), ...extra],
    };
  };

  it('is joined to its first part: page numbers ignored, repeated headers dropped', () => {
    const first = page(
      1,
      [
        ['行政复议', '结果维持'],
        ['规章', '1'],
      ],
      [frag('- 1 -', 280, 800, 9)],
    );
    const second = page(
      2,
      [
        ['行政复议', '结果维持'],
        ['行政规范性文件', '8'],
      ],
      [frag('- 2 -', 280, 800, 9)],
    );
    const { doc } = layoutDocument([first, second]);
    const tables = doc.blocks.filter((block) => block.kind === 'table');
    assert.equal(tables.length, 1);
    const grid = expandGrid(tables[0]!.kind === 'table' ? tables[0]!.rows : []);
    assert.deepEqual(
      grid.map((row) => row.map((slot) => slot?.cell.text)),
      [
        ['行政复议', '结果维持'],
        ['规章', '1'],
        ['行政规范性文件', '8'],
      ],
    );
    assert.ok(!doc.blocks.some((block) => block.kind === 'paragraph' && /- \d -/.test(block.text)));
  });

  it('a row whose label is on one page and its numbers on the next is one row', () => {
    const first = page(1, [
      ['自然人', '总计'],
      ['一、本年新收政府信息公开申请数量', ''],
    ]);
    const second = page(2, [
      ['', '3119'],
      ['二、上年结转政府信息公开申请数量', '34'],
    ]);
    const { doc } = layoutDocument([first, second]);
    const table = doc.blocks.find((block) => block.kind === 'table');
    // The mended row's cells span both of its grid rows; each cell appears once.
    const rows = (table?.kind === 'table' ? table.rows : []).filter((row) => row.length);
    assert.deepEqual(
      rows.map((row) => row.map((cell) => cell.text)),
      [
        ['自然人', '总计'],
        ['一、本年新收政府信息公开申请数量', '3119'],
        ['二、上年结转政府信息公开申请数量', '34'],
      ],
    );
  });
});

describe('radical forms', () => {
  it('fold to the ideographs they stand for, and nothing else changes', () => {
    assert.equal(foldRadicals('淮安市人⺠政府⽬录（一）ABC'), '淮安市人民政府目录（一）ABC');
  });
});
