// The editing mode's pure logic (src/edit): reading typed values, TSV, the undo stack, the state's
// edits, moving over the merged layout and where a pasted block lands. The browser tests
// (test/browser/edit*.test.ts) drive the same logic through the keys, the clipboard and forms.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gridFor, type Grid } from '../../src/pure.js';
import { foldLabel } from '../../src/import/labels/normalize.js';
import { readEntry, entryText } from '../../src/edit/entry.js';
import { parseTsv, toTsv } from '../../src/edit/tsv.js';
import { History } from '../../src/edit/history.js';
import {
  applyItems,
  blankReport,
  fillItems,
  itemsTo,
  itemsToState,
  readValue,
  withTables,
  writeValue,
  type EditState,
} from '../../src/edit/state.js';
import { Navigation, type Place } from '../../src/edit/navigation.js';
import { planPaste, type PasteLabels } from '../../src/edit/paste.js';
import { cellCommand, entryCommand, type Key } from '../../src/edit/keys.js';
import { readField } from '../../src/edit/fields.js';
import { ACTIVE_PATHS } from '../spec.js';
import { loadReport } from '../helpers/fixtures.js';
import type { Report } from '../../src/model/schema.js';
import type { TableId } from '../../src/model/tables.js';

describe('readEntry: what an editor types into a cell', () => {
  it('reads digits typed with a Chinese input method, thousands separators and spaces', () => {
    for (const [text, value] of [
      ['12', 12],
      ['１２', 12],
      ['1,234', 1234],
      ['１，２３４', 1234],
      [' 7 ', 7],
      ['0', 0],
    ] as const)
      assert.deepEqual(readEntry(text, false), { kind: 'value', value }, text);
  });

  it('reads the missing-value tokens as blank, never as 0', () => {
    for (const text of ['', '  ', '/', '／', '—', '——', '-', '无', '未填报'])
      assert.deepEqual(readEntry(text, false), { kind: 'blank' }, text);
  });

  it('keeps counts to whole numbers, zero or more; amounts (万元) may have decimals', () => {
    assert.deepEqual(readEntry('1.5', false), { kind: 'invalid', reason: 'count' });
    assert.deepEqual(readEntry('-3', false), { kind: 'invalid', reason: 'count' });
    assert.deepEqual(readEntry('1.5', true), { kind: 'value', value: 1.5 });
    assert.deepEqual(readEntry('18,651.06', true), { kind: 'value', value: 18651.06 });
    assert.deepEqual(readEntry('-3', true), { kind: 'invalid', reason: 'amount' });
  });

  it('never reads a number out of text: a note or unit after it, letters, two numbers', () => {
    for (const text of ['abc', '12件', '3（其中修订1件）', '1 2a', '十二', '12/13'])
      assert.deepEqual(readEntry(text, false), { kind: 'invalid', reason: 'text' }, text);
  });

  it('gives a value back as it is typed: digits only, blank as empty', () => {
    assert.equal(entryText(1234), '1234');
    assert.equal(entryText(18651.06), '18651.06');
    assert.equal(entryText(null), '');
  });
});

describe('TSV as spreadsheets put it on the clipboard', () => {
  it('splits rows and cells; the line break Excel ends a block with is not a row', () => {
    assert.deepEqual(parseTsv('1\t2\t3\r\n4\t\t6\r\n'), [
      ['1', '2', '3'],
      ['4', '', '6'],
    ]);
    assert.deepEqual(parseTsv('5'), [['5']]);
    assert.deepEqual(parseTsv(''), []);
  });

  it('reads a vertical list, with an empty line as a blank cell', () => {
    assert.deepEqual(parseTsv('1\n\n3\n'), [['1'], [''], ['3']]);
  });

  it('reads quoted cells holding a line break, a tab or a quote', () => {
    assert.deepEqual(parseTsv('"（二）部分公开\n（区分处理的）"\t5\r\n"a\tb"\t"say ""hi"""\r\n'), [
      ['（二）部分公开\n（区分处理的）', '5'],
      ['a\tb', 'say "hi"'],
    ]);
  });

  it('leaves a quote inside a cell as it is', () => {
    assert.deepEqual(parseTsv('12"\t3'), [['12"', '3']]);
  });

  it('writes what it reads', () => {
    const rows = [
      ['1', '', 'a\tb'],
      ['"q"', 'line\nbreak', '3'],
    ];
    assert.deepEqual(parseTsv(toTsv(rows)), rows);
  });
});

describe('History: the undo stack', () => {
  it('undoes and redoes steps in order', () => {
    const history = new History<string>();
    history.push('a');
    history.push('b');
    assert.equal(history.undo(), 'b');
    assert.equal(history.undo(), 'a');
    assert.equal(history.undo(), undefined);
    assert.equal(history.redo(), 'a');
    assert.equal(history.canRedo, true);
  });

  it('forgets what was undone once a new step comes', () => {
    const history = new History<string>();
    history.push('a');
    history.undo();
    history.push('c');
    assert.equal(history.canRedo, false);
    assert.equal(history.redo(), undefined);
    assert.equal(history.undo(), 'c');
  });

  it('keeps at most its limit of steps', () => {
    const history = new History<number>(3);
    for (let step = 0; step < 5; step += 1) history.push(step);
    assert.deepEqual([history.undo(), history.undo(), history.undo(), history.undo()], [4, 3, 2, undefined]);
  });
});

describe('the editing state', () => {
  const sample = () => loadReport('000-yipingyuan-2023');

  it('writes a cell by copying only the objects on its path', () => {
    const report = sample();
    const next = writeValue(report, 'applications.results.withheld.stateSecret.commercial', 9);
    assert.equal(readValue(next, 'applications.results.withheld.stateSecret.commercial'), 9);
    assert.notEqual(next.applications, report.applications);
    assert.equal(next.applications!.received, report.applications!.received);
    assert.equal(next.active, report.active);
    assert.equal(
      readValue(report, 'applications.results.withheld.stateSecret.commercial'),
      sample().applications!.results.withheld.stateSecret.commercial,
    );
  });

  it('keeps a blank cell as null; drops an empty title, date or prose section', () => {
    const report = writeValue(sample(), 'reviews.review.upheld', null);
    assert.equal(report.reviews!.review.upheld, null);
    assert.ok('upheld' in report.reviews!.review);
    const titled = writeValue(report, 'title', '标题');
    assert.equal(titled.title, '标题');
    assert.ok(!('title' in writeValue(titled, 'title', '')));
    const prose = writeValue(report, 'sections.problems', '问题');
    assert.equal(prose.sections?.problems, '问题');
    assert.ok(!('problems' in writeValue(prose, 'sections.problems', '').sections!));
    assert.equal(writeValue(report, 'year', 2024).year, 2024);
    assert.equal(writeValue(report, 'agency', '').agency, '');
  });

  it('starts a blank report of the current format with every cell of the three tables null', () => {
    const report = blankReport(2024);
    assert.equal(report.format, '2021');
    assert.equal(report.year, 2024);
    assert.equal(report.agency, '');
    for (const path of ACTIVE_PATHS) assert.equal(readValue(report, path), null, path);
    assert.equal(report.applications!.results.otherHandling && 'feeUnpaid' in report.applications!.results.otherHandling, true);
    const cells = JSON.stringify(report).match(/null/g)!.length;
    assert.equal(cells, 10 + 175 + 15);
  });

  it('gives an element the tables it shows and the report lacks, blank', () => {
    const report = sample();
    delete (report as Partial<Report>).reviews;
    const completed = withTables(report, ['applications', 'reviews']);
    assert.equal(completed.reviews!.litigationAfterReview.total, null);
    assert.equal(completed.applications, report.applications);
    assert.equal(withTables(completed, ['reviews']), completed);
  });

  it('fills every blank cell that is not a total with 0, and nothing else', () => {
    const state: EditState = { report: blankReport(2024), entries: new Map([['active.fees', 'abc']]) };
    const items = fillItems(state, ['active', 'reviews'], 0);
    const paths = items.map((item) => item.path);
    assert.ok(paths.includes('active.licensing'));
    assert.ok(!paths.includes('active.fees'), 'a cell holding text is not blank');
    assert.ok(!paths.some((path) => path.endsWith('.total')), 'totals stay blank (computed)');
    assert.equal(paths.length, 9 + 12);
    assert.ok(items.every((item) => item.from.value === null && item.to.value === 0));
    const filled = applyItems(state, items, 'to');
    assert.equal(fillItems(filled, ['active', 'reviews'], 0).length, 0);
  });

  it('applies a step either way: undo gives the state back exactly', () => {
    const state: EditState = { report: sample(), entries: new Map() };
    const items = itemsTo(state, [
      ['reviews.review.upheld', { value: 3 }],
      ['reviews.review.corrected', { value: 0, text: 'x1' }],
      ['agency', { value: '新机关' }],
    ]);
    const done = applyItems(state, items, 'to');
    assert.equal(done.report.reviews!.review.upheld, 3);
    assert.equal(done.entries.get('reviews.review.corrected'), 'x1');
    assert.equal(done.report.agency, '新机关');
    const undone = applyItems(done, items, 'from');
    assert.deepEqual(undone.report, state.report);
    assert.equal(undone.entries.size, 0);
    assert.deepEqual(itemsToState(undone, state, ['active', 'applications', 'reviews']), []);
  });

  it('leaves out what does not change', () => {
    const state: EditState = { report: sample(), entries: new Map() };
    const same = readValue(state.report, 'reviews.review.upheld');
    assert.deepEqual(itemsTo(state, [['reviews.review.upheld', { value: same }]]), []);
  });
});

// ---- the layouts as the elements render them (the HTML table model of each grid)

interface Cell extends Place {
  path: string;
}

/** Every data cell's grid place, and the row-header labels of every grid row. */
function placesOf(grid: Grid): { cells: Cell[]; labels: PasteLabels<Cell> } {
  const taken: boolean[][] = [];
  const cells: Cell[] = [];
  const rowLabels: Set<string>[] = [];
  const all = new Set<string>();
  const rows = grid.sections.flatMap((section) => [...section.head, ...section.body]);
  rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row.cells) {
      while (taken[r]?.[col]) col += 1;
      for (let dr = 0; dr < cell.rowspan; dr += 1) for (let dc = 0; dc < cell.colspan; dc += 1) (taken[r + dr] ??= [])[col + dc] = true;
      if (cell.kind === 'data') cells.push({ path: cell.path, row: r, col, span: cell.colspan });
      else {
        all.add(foldLabel(cell.label.zh));
        if (cell.kind === 'header' && cell.axis !== 'column')
          for (let dr = 0; dr < cell.rowspan; dr += 1) (rowLabels[r + dr] ??= new Set()).add(foldLabel(cell.label.zh));
      }
      col += cell.colspan;
    }
  });
  return { cells, labels: { all, ofRow: (cell) => rowLabels[cell.row] ?? new Set() } };
}

function layout(table: TableId) {
  const { cells, labels } = placesOf(gridFor(table));
  const navigation = new Navigation(cells);
  const at = (path: string) => cells.find((cell) => cell.path === path)!;
  return { navigation, labels, at };
}

describe('moving as in Excel over the merged layout', () => {
  it('表二: arrows skip label cells and bands; a single value spanning three columns is one stop', () => {
    const { navigation, at } = layout('active');
    assert.equal(navigation.move(at('active.regulations.issued'), 'right')!.path, 'active.regulations.repealed');
    assert.equal(navigation.move(at('active.regulations.issued'), 'left'), undefined);
    assert.equal(navigation.move(at('active.regulations.inForce'), 'down')!.path, 'active.normativeDocuments.inForce');
    assert.equal(navigation.move(at('active.normativeDocuments.inForce'), 'down', 3)!.path, 'active.licensing');
    assert.equal(navigation.move(at('active.licensing'), 'down')!.path, 'active.punishment');
    assert.equal(navigation.move(at('active.licensing'), 'right'), undefined);
    // The column a run of vertical moves started from is kept through the merged cells.
    const column = at('active.regulations.inForce').col;
    assert.equal(navigation.move(at('active.punishment'), 'up', column)!.path, 'active.licensing');
    assert.equal(navigation.move(at('active.licensing'), 'up', column)!.path, 'active.normativeDocuments.inForce');
    assert.equal(navigation.move(at('active.fees'), 'down'), undefined);
  });

  it('表二: Tab goes right and wraps to the next row; after the last cell it leaves', () => {
    const { navigation, at } = layout('active');
    const order: string[] = [];
    for (let cell: Cell | undefined = navigation.first; cell; cell = navigation.next(cell)) order.push(cell.path);
    assert.deepEqual(order, ACTIVE_PATHS);
    const back: string[] = [];
    for (let cell: Cell | undefined = navigation.last; cell; cell = navigation.previous(cell)) back.push(cell.path);
    assert.deepEqual(back, [...ACTIVE_PATHS].reverse());
    assert.equal(navigation.next(at('active.fees')), undefined);
  });

  it('表三: down goes through the result rows under their groups; Ctrl+arrow goes to the edge', () => {
    const { navigation, at } = layout('applications');
    assert.equal(
      navigation.move(at('applications.results.partlyGranted.research'), 'down')!.path,
      'applications.results.withheld.stateSecret.research',
    );
    assert.equal(
      navigation.move(at('applications.received.naturalPerson'), 'down', undefined, true)!.path,
      'applications.carriedForward.naturalPerson',
    );
    assert.equal(navigation.move(at('applications.received.commercial'), 'right', undefined, true)!.path, 'applications.received.total');
    assert.deepEqual(
      [
        navigation.rowEdge(at('applications.carriedOver.other'), 'first')!.path,
        navigation.rowEdge(at('applications.carriedOver.other'), 'last')!.path,
      ],
      ['applications.carriedOver.naturalPerson', 'applications.carriedOver.total'],
    );
  });

  it('selects the rectangle between two cells, a merged cell when it overlaps', () => {
    const { navigation, at } = layout('active');
    assert.deepEqual(
      navigation.rectangle(at('active.normativeDocuments.inForce'), at('active.regulations.repealed')).map((cell) => cell.path),
      [
        'active.regulations.repealed',
        'active.regulations.inForce',
        'active.normativeDocuments.repealed',
        'active.normativeDocuments.inForce',
      ],
    );
    // A corner on a value spanning the three columns widens the rectangle to them, as in Excel.
    assert.deepEqual(
      navigation.rectangle(at('active.normativeDocuments.inForce'), at('active.punishment')).map((cell) => cell.path),
      [
        'active.normativeDocuments.issued',
        'active.normativeDocuments.repealed',
        'active.normativeDocuments.inForce',
        'active.licensing',
        'active.punishment',
      ],
    );
  });
});

describe('where a pasted block lands', () => {
  const paths = (plan: { targets: { cell: Cell; text: string }[] }) => plan.targets.map(({ cell, text }) => `${cell.path}=${text}`);

  it('fills the rectangle from the active cell in the data order', () => {
    const { navigation, labels, at } = layout('applications');
    const plan = planPaste(navigation, at('applications.received.commercial'), parseTsv('1\t2\t3\r\n4\t5\t6\r\n'), labels);
    assert.deepEqual(paths(plan), [
      'applications.received.commercial=1',
      'applications.received.research=2',
      'applications.received.nonprofit=3',
      'applications.carriedOver.commercial=4',
      'applications.carriedOver.research=5',
      'applications.carriedOver.nonprofit=6',
    ]);
    assert.equal(plan.stopped, undefined);
  });

  it('表二: a vertical list goes down through the merged single values', () => {
    const { navigation, labels, at } = layout('active');
    const plan = planPaste(navigation, at('active.regulations.issued'), parseTsv('1\n2\n3\n4\n5\n6.5\n'), labels);
    assert.deepEqual(paths(plan), [
      'active.regulations.issued=1',
      'active.normativeDocuments.issued=2',
      'active.licensing=3',
      'active.punishment=4',
      'active.compulsion=5',
      'active.fees=6.5',
    ]);
  });

  it('drops a copied header row and the row labels, with the empty fields of merged labels', () => {
    const { navigation, labels, at } = layout('applications');
    // Excel's TSV of the official layout: a merged cell's value at its top-left, the rest of it empty.
    const block = [
      ['', '', '', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'],
      ['一、本年新收政府信息公开申请数量', '', '', '10', '1', '', '0', '0', '0', '11'],
      ['二、上年结转政府信息公开申请数量', '', '', '2', '0', '0', '0', '0', '0', '2'],
    ];
    const plan = planPaste(navigation, at('applications.received.naturalPerson'), block, labels);
    assert.deepEqual(paths(plan), [
      'applications.received.naturalPerson=10',
      'applications.received.commercial=1',
      'applications.received.research=',
      'applications.received.nonprofit=0',
      'applications.received.legalService=0',
      'applications.received.other=0',
      'applications.received.total=11',
      'applications.carriedOver.naturalPerson=2',
      'applications.carriedOver.commercial=0',
      'applications.carriedOver.research=0',
      'applications.carriedOver.nonprofit=0',
      'applications.carriedOver.legalService=0',
      'applications.carriedOver.other=0',
      'applications.carriedOver.total=2',
    ]);
    assert.equal(plan.stopped, undefined);
  });

  it('drops the labels of result rows under their groups (empty fields of the rowspans before them)', () => {
    const { navigation, labels, at } = layout('applications');
    const block = [
      ['三、本年度办理结果', '（三）不予公开', '1.属于国家秘密', '1', '2', '3', '4', '5', '6', '21'],
      ['', '', '2.其他法律行政法规禁止公开', '', '0', '0', '0', '0', '0', '0'],
    ];
    const plan = planPaste(navigation, at('applications.results.withheld.stateSecret.naturalPerson'), block, labels);
    assert.equal(plan.targets.length, 14);
    assert.deepEqual(paths(plan).slice(6, 8), [
      'applications.results.withheld.stateSecret.total=21',
      'applications.results.withheld.lawProhibited.naturalPerson=',
    ]);
  });

  it('stops where a row is labelled as another row, never guessing', () => {
    const { navigation, labels, at } = layout('applications');
    const block = [['二、上年结转政府信息公开申请数量', '1', '2', '3', '4', '5', '6', '21']];
    const plan = planPaste(navigation, at('applications.received.naturalPerson'), block, labels);
    assert.deepEqual(plan.targets, []);
    assert.deepEqual(plan.stopped, { row: 1, column: 1, reason: 'label', label: '二、上年结转政府信息公开申请数量' });
  });

  it('says where a block that does not fit stopped; trailing empty lines are no content', () => {
    const { navigation, labels, at } = layout('reviews');
    const wide = planPaste(navigation, at('reviews.litigationAfterReview.pending'), parseTsv('1\t2\t3\r\n'), labels);
    assert.deepEqual(paths(wide), ['reviews.litigationAfterReview.pending=1', 'reviews.litigationAfterReview.total=2']);
    assert.deepEqual(wide.stopped, { row: 1, column: 3, reason: 'outside' });
    const tall = planPaste(navigation, at('reviews.review.upheld'), parseTsv('1\r\n2\r\n'), labels);
    assert.deepEqual(tall.stopped, { row: 2, column: 1, reason: 'outside' });
    const padded = planPaste(navigation, at('reviews.review.upheld'), parseTsv('1\t2\r\n\t\r\n\r\n'), labels);
    assert.equal(padded.stopped, undefined);
    assert.equal(padded.targets.length, 2);
  });
});

describe('the keys as commands', () => {
  const key = (name: string, modifiers: Partial<Key> = {}): Key => ({
    key: name,
    shiftKey: false,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    ...modifiers,
  });
  const to = (command: { kind: string; to?: Cell } | undefined) =>
    command && 'to' in command ? `${command.kind} ${command.to!.path}` : command?.kind;

  it('on a cell: moves, selection, undo and redo, F2, Delete, typing; Tab after the last cell and Ctrl+C are the browser’s', () => {
    const { navigation, at } = layout('active');
    const cell = at('active.regulations.repealed');
    assert.equal(to(cellCommand(key('ArrowDown'), navigation, cell)), 'go active.normativeDocuments.repealed');
    assert.equal(
      to(cellCommand(key('Enter', { shiftKey: true }), navigation, at('active.licensing'))),
      'go active.normativeDocuments.issued',
    );
    assert.equal(to(cellCommand(key('ArrowRight', { shiftKey: true }), navigation, cell)), 'extend active.regulations.inForce');
    assert.equal(to(cellCommand(key('ArrowLeft'), navigation, at('active.regulations.issued'))), 'stay');
    assert.equal(to(cellCommand(key('z', { ctrlKey: true }), navigation, cell)), 'undo');
    assert.equal(to(cellCommand(key('z', { metaKey: true, shiftKey: true }), navigation, cell)), 'redo');
    assert.equal(to(cellCommand(key('y', { ctrlKey: true }), navigation, cell)), 'redo');
    assert.equal(to(cellCommand(key('F2'), navigation, cell)), 'edit');
    assert.equal(to(cellCommand(key('Backspace'), navigation, cell)), 'clear');
    assert.deepEqual(cellCommand(key('７'), navigation, cell), { kind: 'type', text: '７' });
    assert.equal(cellCommand(key('Tab'), navigation, at('active.fees')), undefined);
    assert.equal(cellCommand(key('c', { ctrlKey: true }), navigation, cell), undefined);
    assert.equal(cellCommand(key('Shift'), navigation, cell), undefined);
  });

  it('in the input: Enter and Tab commit and move, Esc cancels, F2 toggles; arrows after F2 are the caret’s', () => {
    const { navigation, at } = layout('reviews');
    const cell = at('reviews.review.upheld');
    assert.equal(to(entryCommand(key('Tab'), navigation, cell, { mode: 'enter' })), 'commit reviews.review.corrected');
    assert.deepEqual(entryCommand(key('Tab'), navigation, at('reviews.litigationAfterReview.total'), { mode: 'enter' }), {
      kind: 'commit',
      leave: true,
    });
    assert.deepEqual(entryCommand(key('Enter'), navigation, cell, { mode: 'edit' }), { kind: 'commit' });
    assert.equal(to(entryCommand(key('ArrowRight'), navigation, cell, { mode: 'enter' })), 'commit reviews.review.corrected');
    assert.equal(entryCommand(key('ArrowRight'), navigation, cell, { mode: 'edit' }), undefined);
    assert.equal(entryCommand(key('Escape'), navigation, cell, { mode: 'edit' })!.kind, 'cancel');
    assert.equal(entryCommand(key('F2'), navigation, cell, { mode: 'enter' })!.kind, 'toggle');
    assert.equal(entryCommand(key('5'), navigation, cell, { mode: 'enter' }), undefined);
  });
});

describe('the report’s own fields', () => {
  it('reads a year typed in full-width digits, keeps a year or date that is not one out of the report', () => {
    assert.deepEqual(readField('year', '２０２４'), { value: 2024 });
    assert.ok('error' in readField('year', '24年'));
    assert.deepEqual(readField('publishedOn', '2025-01-20'), { value: '2025-01-20' });
    assert.deepEqual(readField('publishedOn', ''), { value: null });
    assert.ok('error' in readField('publishedOn', '2025年1月'));
    assert.deepEqual(readField('agency', ' 某某县人民政府 '), { value: '某某县人民政府' });
    assert.deepEqual(readField('sections.overview', '  一、\n二、'), { value: '  一、\n二、' });
  });
});
