import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gridFor, type Grid, type GridCell, type GridRow } from '../../src/pure.js';
import {
  ACTIVE_PATHS,
  APPLICATION_HEAD_ROWS,
  APPLICATION_RESULTS_ROW_START,
  APPLICATION_ROW_LABELS,
  REVIEW_RESULT_LABELS,
  STATE_SECRET_COMMERCIAL_HEADERS,
} from '../spec.js';

/** A row as the spec draws it: `label(colspan×rowspan)` for headers and notes, `D` for data cells. */
const draw = (row: GridRow) =>
  row.cells.map((cell: GridCell) =>
    cell.kind === 'data' ? (cell.colspan > 1 ? `D(${cell.colspan})` : 'D') : `${cell.label.zh}(${cell.colspan}×${cell.rowspan})`,
  );
const headRows = (grid: Grid) => grid.sections.flatMap((section) => section.head);
const bodyRows = (grid: Grid) => grid.sections.flatMap((section) => section.body);
const headerTexts = (grid: Grid, path: string) => grid.cells.get(path)!.headers.map((id) => grid.headers.get(id)!.label.zh);

describe('layout of 表三 (format.md §2.3)', () => {
  const grid = gridFor('applications');

  it('has 10 grid columns, 3 row-header columns and 175 data cells', () => {
    assert.equal(grid.columnCount, 10);
    assert.equal(grid.rowHeaderColumns, 3);
    assert.equal(grid.cells.size, 175);
  });

  it('draws the three header rows of the spec', () => {
    assert.deepEqual(headRows(grid).map(draw), APPLICATION_HEAD_ROWS);
    assert.equal(headRows(grid)[0]!.cells[0]!.kind, 'note');
  });

  it('draws 25 body rows with the spans of the spec and every label verbatim', () => {
    const body = bodyRows(grid);
    assert.equal(body.length, 25);
    const headers = body.flatMap((row) => row.cells.filter((cell) => cell.kind === 'header'));
    assert.deepEqual(
      headers.map((cell) => cell.label.zh),
      APPLICATION_ROW_LABELS,
    );
    const span = (label: string) => {
      const cell = headers.find((header) => header.label.zh === label)!;
      return `${cell.colspan}×${cell.rowspan}`;
    };
    assert.equal(span('一、本年新收政府信息公开申请数量'), '3×1');
    assert.equal(span('三、本年度办理结果'), '1×22');
    assert.equal(span('（一）予以公开'), '2×1');
    assert.equal(span('（三）不予公开'), '1×8');
    assert.equal(span('（四）无法提供'), '1×3');
    assert.equal(span('（五）不予处理'), '1×5');
    assert.equal(span('（六）其他处理'), '1×3');
    assert.equal(span('（七）总计'), '2×1');
    assert.equal(span('四、结转下年度继续办理'), '3×1');
    for (const row of body) assert.equal(row.cells.filter((cell) => cell.kind === 'data').length, 7);
    assert.deepEqual(draw(body[2]!).slice(0, 2), APPLICATION_RESULTS_ROW_START);
  });

  it('gives every data cell its contract path and the ids of all its headers', () => {
    assert.deepEqual(headerTexts(grid, 'applications.results.withheld.stateSecret.commercial'), STATE_SECRET_COMMERCIAL_HEADERS);
    assert.deepEqual(headerTexts(grid, 'applications.received.total'), ['申请人情况', '总计', '一、本年新收政府信息公开申请数量']);
    assert.equal(grid.cells.get('applications.results.total.naturalPerson')!.total, true);
    assert.equal(grid.cells.get('applications.received.total')!.total, true);
    assert.equal(grid.cells.get('applications.received.other')!.total, false);
    assert.equal(new Set(grid.headers.keys()).size, grid.headers.size);
  });

  it('with a single-row （六）: 三、 spans 20 rows and the table has 23 body rows', () => {
    const single = gridFor('applications', { applications: { results: { otherHandling: { naturalPerson: 0 } } } } as never);
    const body = bodyRows(single);
    assert.equal(body.length, 23);
    const headers = body.flatMap((row) => row.cells.filter((cell) => cell.kind === 'header'));
    const three = headers.find((cell) => cell.label.zh === '三、本年度办理结果')!;
    assert.equal(three.rowspan, 20);
    const six = headers.find((cell) => cell.label.zh === '（六）其他处理')!;
    assert.equal(`${six.colspan}×${six.rowspan}`, '2×1');
    assert.ok(single.cells.has('applications.results.otherHandling.naturalPerson'));
    assert.equal(single.cells.size, 161);
  });
});

describe('layout of 表四 (format.md §2.4)', () => {
  const grid = gridFor('reviews');
  it('has 15 columns, no row-header column and one data row', () => {
    assert.equal(grid.columnCount, 15);
    assert.equal(grid.rowHeaderColumns, 0);
    assert.deepEqual(bodyRows(grid).map(draw), [Array(15).fill('D')]);
  });
  it('draws the three header rows of the spec', () => {
    assert.deepEqual(headRows(grid).map(draw), [
      ['行政复议(5×1)', '行政诉讼(10×1)'],
      [...REVIEW_RESULT_LABELS.map((label) => `${label}(1×2)`), '未经复议直接起诉(5×1)', '复议后起诉(5×1)'],
      [...REVIEW_RESULT_LABELS, ...REVIEW_RESULT_LABELS].map((label) => `${label}(1×1)`),
    ]);
  });
  it('announces a cell with its full path', () => {
    assert.deepEqual(headerTexts(grid, 'reviews.litigationAfterReview.upheld'), ['行政诉讼', '复议后起诉', '结果维持']);
    assert.deepEqual(headerTexts(grid, 'reviews.review.total'), ['行政复议', '总计']);
    assert.deepEqual([...grid.cells.keys()].slice(0, 6), [
      'reviews.review.upheld',
      'reviews.review.corrected',
      'reviews.review.other',
      'reviews.review.pending',
      'reviews.review.total',
      'reviews.litigationDirect.upheld',
    ]);
  });
});

describe('layout of 表二 (format.md §2.2)', () => {
  const grid = gridFor('active');
  it('draws the 14 rows of the spec in 4 columns', () => {
    assert.equal(grid.columnCount, 4);
    assert.deepEqual(bodyRows(grid).map(draw), [
      ['第二十条第（一）项(4×1)'],
      ['信息内容(1×1)', '本年制发件数(1×1)', '本年废止件数(1×1)', '现行有效件数(1×1)'],
      ['规章(1×1)', 'D', 'D', 'D'],
      ['行政规范性文件(1×1)', 'D', 'D', 'D'],
      ['第二十条第（五）项(4×1)'],
      ['信息内容(1×1)', '本年处理决定数量(3×1)'],
      ['行政许可(1×1)', 'D(3)'],
      ['第二十条第（六）项(4×1)'],
      ['信息内容(1×1)', '本年处理决定数量(3×1)'],
      ['行政处罚(1×1)', 'D(3)'],
      ['行政强制(1×1)', 'D(3)'],
      ['第二十条第（八）项(4×1)'],
      ['信息内容(1×1)', '本年收费金额（单位：万元）(3×1)'],
      ['行政事业性收费(1×1)', 'D(3)'],
    ]);
    assert.equal(headRows(grid).length, 0, '表二 repeats its headers per band, so none belongs in <thead>');
  });
  it('maps cells to their contract paths and band headers', () => {
    assert.deepEqual([...grid.cells.keys()], ACTIVE_PATHS);
    assert.deepEqual(headerTexts(grid, 'active.fees'), ['第二十条第（八）项', '本年收费金额（单位：万元）', '行政事业性收费']);
  });
});
