/**
 * The importer's building blocks: normalisation, headings, titles, label segmentation, header
 * trees, the tag-line scan (for DOMParser) and the text source.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { orderColumns, resolveColumnPath } from '../../src/import/labels/header-tree.js';
import { headingOf } from '../../src/import/labels/headings.js';
import { startTagLines } from '../../src/import/source/html-lines.js';
import { parseHtmlWithParse5 } from '../../src/import/source/html-parse5.js';
import { expandGrid } from '../../src/import/source/intermediate.js';
import { titleParts } from '../../src/import/assemble/metadata.js';
import { importReport } from '../../src/import/node.js';
import { cleanProse, foldLabel, readCellValue } from '../../src/import/labels/normalize.js';
import { isoDate, readProse } from '../../src/import/assemble/prose.js';
import { editDistance, segmentLabels } from '../../src/import/labels/segment.js';
import { readTextSource, splitOnSpaces } from '../../src/import/source/text-source.js';
import { VOCABULARIES } from '../../src/import/labels/vocabulary.js';
import { parseReport } from '../../src/model/parse.js';

describe('import: cell values', () => {
  it('reads blanks and missing-value tokens as blank', () => {
    for (const text of ['', '  ', '\u00a0', '&nbsp;', '&nbsp; &nbsp;', '/', '／', '—', '——', '－', '-', '无', '\\']) {
      assert.deepEqual(readCellValue(text), { kind: 'blank' }, JSON.stringify(text));
    }
  });

  it('reads numbers with thousands separators, full-width digits and decimals', () => {
    assert.deepEqual(readCellValue('3,985,758'), { kind: 'number', value: 3985758 });
    assert.deepEqual(readCellValue('３，９８５，７５８'), { kind: 'number', value: 3985758 });
    assert.deepEqual(readCellValue(' 18651.06 '), { kind: 'number', value: 18651.06 });
    assert.deepEqual(readCellValue('０'), { kind: 'number', value: 0 });
    assert.deepEqual(readCellValue('-2'), { kind: 'number', value: -2 });
  });

  it('reads an annotated cell as its number, keeping the note for a warning', () => {
    assert.deepEqual(readCellValue('22（其中修订16件）'), { kind: 'number', value: 22, note: '(其中修订16件)' });
    assert.deepEqual(readCellValue('512件'), { kind: 'number', value: 512, note: '件' });
  });

  it('never reads a number out of text', () => {
    for (const text of [
      '2.重复申请',
      '1.属于国家秘密',
      '<img src=x onerror=alert(1)>',
      'alert(1)',
      '1,5',
      '00',
      '12.5.3',
      '约20',
      '100%',
      '二十',
    ]) {
      assert.deepEqual(readCellValue(text), { kind: 'text' }, text);
    }
  });
});

describe('import: labels and prose', () => {
  it('folds punctuation, spaces, &nbsp;, line breaks and quotes', () => {
    assert.equal(foldLabel('商业\n企业'), '商业企业');
    assert.equal(foldLabel('（一）予以公开'), '(一)予以公开');
    assert.equal(foldLabel('3.危及“三安全一稳定”'), '3.危及三安全一稳定');
    assert.equal(foldLabel('社会\u00a0 公益\u3000组织'), '社会公益组织');
  });

  it('cleans prose: no space next to Chinese text, spaces between Latin words kept', () => {
    assert.equal(cleanProse('  2023 年，我局\n  公开 Word 2019 文件。 '), '2023年，我局公开Word 2019文件。');
  });

  it('recognises section headings and their variants, not sub-headings', () => {
    assert.equal(headingOf('一、总体情况'), 'overview');
    assert.equal(headingOf('1、 总体情况'), 'overview');
    assert.equal(headingOf('4、 政府信息公开行政复议、行政诉讼情况'), 'reviews');
    assert.equal(headingOf('四、因政府信息公开工作被申请行政复议、提起行政诉讼情况'), 'reviews');
    assert.equal(headingOf('四、因政府信息公开工作被申请行政复议和提起行政诉讼情况'), 'reviews');
    assert.equal(headingOf('五、存在的主要问题及整改措施'), 'problems');
    assert.equal(headingOf('五、政府信息公开工作存在的主要问题及改进情况'), 'problems');
    assert.equal(headingOf('6、 其他需要报告的事项'), 'other');
    assert.equal(headingOf('（一）主动公开政府信息情况'), undefined);
    assert.equal(headingOf('本报告共分6个部分：总体情况、主动公开政府信息情况'), undefined);
  });

  it('reads agency and year from report titles', () => {
    assert.deepEqual(titleParts('一平垣乡人民政府2023年政府信息公开工作年度报告'), {
      agency: '一平垣乡人民政府',
      year: 2023,
      title: '一平垣乡人民政府2023年政府信息公开工作年度报告',
    });
    assert.equal(titleParts('平潭综合实验区2024年度政府信息公开工作年度报告')?.agency, '平潭综合实验区');
    assert.equal(titleParts('平潭综合实验区2024年度政府信息公开工作年度报告')?.year, 2024);
    assert.equal(titleParts('关于做好2023年政府信息公开工作年度报告'), undefined);
    assert.equal(titleParts('根据《条例》，现公布2023年政府信息公开工作年度报告'), undefined);
  });

  it('reads dates', () => {
    assert.equal(isoDate('2024年1月17日'), '2024-01-17');
    assert.equal(isoDate('2024-02-30'), undefined);
  });

  it('segments joined labels and tells a numbered row from a column', () => {
    const pieces = segmentLabels(foldLabel('三、本 年度办理结果（三）不\n予公开1.属于国家秘密'), VOCABULARIES.applications);
    assert.deepEqual(
      pieces.map((piece) => [piece.terms.map((term) => term.id), piece.numbering, piece.match]),
      [
        [['results'], '三', 'exact'],
        [['results.withheld'], '三', 'exact'],
        [['results.withheld.stateSecret'], '1', 'exact'],
      ],
    );
    const other = segmentLabels('3.其他', VOCABULARIES.applications)[0]!;
    assert.equal(other.numbering, '3');
    assert.deepEqual(other.terms.map((term) => term.kind).sort(), ['column', 'row']);
    assert.equal(segmentLabels(foldLabel('5.属于三类内容事务信息'), VOCABULARIES.applications)[0]!.match, 'typo');
    assert.equal(segmentLabels(foldLabel('5.属于三类内部事物信息'), VOCABULARIES.applications)[0]!.match, 'fuzzy');
    assert.equal(segmentLabels(foldLabel('<img src=x onerror=alert(1)>'), VOCABULARIES.applications)[0]!.match, 'unknown');
  });

  it('measures edit distance, giving up past the limit', () => {
    assert.equal(editDistance('kitten', 'sitting', 5), 3);
    assert.equal(editDistance('abc', 'abcdefgh', 2), 3);
  });
});

describe('import: column headers', () => {
  const pieces = (text: string) => segmentLabels(foldLabel(text), VOCABULARIES.reviews);

  it('resolves a column path down the header tree, flattened or not', () => {
    assert.deepEqual(resolveColumnPath(VOCABULARIES.reviews.columns, pieces('行政诉讼未经复议直接起诉结果维持')), {
      kind: 'data',
      key: 'litigationDirect.upheld',
    });
    assert.deepEqual(resolveColumnPath(VOCABULARIES.reviews.columns, pieces('行政复议结果\n纠正')), {
      kind: 'data',
      key: 'review.corrected',
    });
    assert.deepEqual(resolveColumnPath(VOCABULARIES.reviews.columns, pieces('行政诉讼总计')), { kind: 'extra' });
    assert.deepEqual(resolveColumnPath(VOCABULARIES.reviews.columns, pieces('总计')), { kind: 'unknown' });
  });

  it('orders columns from header labels printed breadth first', () => {
    const order = orderColumns(
      VOCABULARIES.reviews.columns,
      pieces(
        '行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉' + '结果维持结果纠正其他结果尚未审结总计'.repeat(2),
      ),
    );
    assert.equal(order.length, 15);
    assert.deepEqual(
      order.slice(4, 7).map((slot) => slot.key),
      ['review.total', 'litigationDirect.upheld', 'litigationDirect.corrected'],
    );
    assert.equal(order[14]!.key, 'litigationAfterReview.total');
  });

  it('keeps an unrecognised header in its place', () => {
    const applications = segmentLabels(
      foldLabel('<b>?</b>xx法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他'),
      VOCABULARIES.applications,
    );
    const order = orderColumns(VOCABULARIES.applications.columns, applications);
    assert.deepEqual(
      order.map((slot) => slot.key ?? '?'),
      ['?', 'commercial', 'research', 'nonprofit', 'legalService', 'other', 'total'],
    );
  });
});

describe('import: sources', () => {
  it('expands spans into a grid', () => {
    const cell = (text: string, colspan = 1, rowspan = 1) => ({ text, colspan, rowspan });
    const grid = expandGrid([[cell('a', 2, 2), cell('b')], [cell('c')]]);
    assert.equal(grid[1]![0]!.cell.text, 'a');
    assert.equal(grid[1]![0]!.top, false);
    assert.equal(grid[1]![2]!.cell.text, 'c');
    assert.equal(grid[1]![2]!.col, 2);
  });

  it('finds start-tag lines past comments, scripts and quoted attributes', () => {
    const source = '<p>a</p>\r\n<!-- <td>\n --><script>"<td>"</script><td title="<td>\n">x</td>\r<td>y';
    assert.deepEqual(Object.fromEntries(startTagLines(source, new Set(['p', 'td']))), { p: [1], td: [3, 5] });
  });

  it('gives parse5 line numbers to cells and paragraphs', () => {
    const doc = parseHtmlWithParse5('<p>标题</p>\n<table>\n<tr><td>规章</td>\n<td>0</td></tr></table>');
    assert.deepEqual(doc.blocks[0], { kind: 'paragraph', text: '标题', line: 1, scope: '/1/2/3/' });
    const table = doc.blocks[1];
    assert.equal(table?.kind, 'table');
    if (table?.kind === 'table')
      assert.deepEqual(
        table.rows[0]!.map((cell) => [cell.text, cell.line]),
        [
          ['规章', 3],
          ['0', 4],
        ],
      );
  });

  it('splits text cells at spaces next to numbers only', () => {
    assert.deepEqual(splitOnSpaces('规章 0 0 0'), ['规章', '0', '0', '0']);
    assert.deepEqual(splitOnSpaces('科研 机构 / 3,985,758'), ['科研 机构', '/', '3,985,758']);
  });

  it('reads the sample text: cells after tabs, labels continued on the next lines', () => {
    const text = readFileSync(new URL('../fixtures/000-yipingyuan-2023.source.txt', import.meta.url), 'utf8');
    const doc = readTextSource(text);
    const tables = doc.blocks.filter((block) => block.kind === 'table');
    assert.equal(tables.length, 3);
    const cells = tables[1]!.kind === 'table' ? tables[1]!.rows.flat() : [];
    assert.ok(cells.some((cell) => cell.text === '商业\n企业'));
    assert.ok(cells.some((cell) => cell.text === '(三)不\n予公开'));
    const prose = readProse(doc.blocks);
    assert.equal(prose.sections.other, '无');
  });

  it('keeps prose indented with a tab as prose', () => {
    const text = readFileSync(new URL('../fixtures/000-yipingyuan-2023.source.txt', import.meta.url), 'utf8');
    const indented = text.replace('\n今年以来，', '\n\t今年以来，').replace('\n下一步，', '\n\t下一步，');
    const result = importReport(indented, { agency: '一平垣乡人民政府' });
    assert.ok(result.ok);
    if (result.ok) assert.match(result.report.sections?.problems ?? '', /^今年以来，[^\n]+\n下一步，/);
  });

  it('with its title line, the sample needs no options', () => {
    const text = readFileSync(new URL('../fixtures/000-yipingyuan-2023.source.txt', import.meta.url), 'utf8');
    const result = importReport(`一平垣乡人民政府2023年政府信息公开工作年度报告\n${text}`);
    const expected = parseReport(JSON.parse(readFileSync(new URL('../fixtures/000-yipingyuan-2023.json', import.meta.url), 'utf8')));
    assert.ok(result.ok && expected.ok);
    if (!result.ok || !expected.ok) return;
    assert.deepEqual(result.report, { ...expected.report, title: '一平垣乡人民政府2023年政府信息公开工作年度报告' });
    assert.ok(!result.warnings.some((warning) => warning.path === 'year'));
  });
});
