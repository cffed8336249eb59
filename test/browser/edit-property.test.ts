// The property test of the editing mode (issue #11 point 13): 500 random sequences of typing,
// clearing, pasting, 空白填 0, undo and redo, driven through the element's keys and clipboard events,
// keep `report` equal to a plain model of the same edits — an array of the 15 cells of 表四 in its data
// order, the texts that are not values beside it, and a stack of whole states for undo.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/review-table/define.js';
import type { DisclosureReviewTable } from '../../src/review-table/define.js';
import { cellAt } from '../helpers/browser.js';
import { entryInput, keydown, paste, valueAt } from '../helpers/edit.js';
import { REVIEW_CELL_KEYS, REVIEW_GROUP_KEYS } from '../../src/model/tables.js';

/** 表四's cells in data order (format.md §2.4: 行政复议, then 未经复议直接起诉, then 复议后起诉; 总计 last in each). */
const PATHS = REVIEW_GROUP_KEYS.flatMap((group) => REVIEW_CELL_KEYS.map((cell) => `reviews.${group}.${cell}`));
const isTotal = (index: number) => index % 5 === 4;

// ---- the plain model

interface ModelState {
  values: readonly (number | null)[];
  entries: ReadonlyMap<number, string>;
}

/** What a cell's text means, as the contract says: a count, blank, or text kept out of the report. */
function meaning(text: string): { value: number | null } | { text: string } {
  const folded = text.normalize('NFKC').trim();
  if (folded === '' || folded === '/' || folded === '—' || folded === '无') return { value: null };
  if (/^(?:0|[1-9]\d*|\d{1,3}(?:,\d{3})+)$/.test(folded)) return { value: Number(folded.replace(/,/g, '')) };
  return { text: text.trim() };
}

function write(state: ModelState, index: number, text: string): ModelState {
  const values = [...state.values];
  const entries = new Map(state.entries);
  const meant = meaning(text);
  if ('value' in meant) {
    values[index] = meant.value;
    entries.delete(index);
  } else entries.set(index, meant.text);
  return { values, entries };
}

const same = (a: ModelState, b: ModelState) =>
  a.values.every((value, index) => value === b.values[index]) &&
  a.entries.size === b.entries.size &&
  [...a.entries].every(([index, text]) => b.entries.get(index) === text);

class Model {
  state: ModelState = { values: PATHS.map(() => null), entries: new Map() };
  private done: ModelState[] = [];
  private undone: ModelState[] = [];

  change(next: ModelState): void {
    if (same(next, this.state)) return;
    this.done.push(this.state);
    this.undone = [];
    this.state = next;
  }

  undo(): void {
    const previous = this.done.pop();
    if (!previous) return;
    this.undone.push(this.state);
    this.state = previous;
  }

  redo(): void {
    const next = this.undone.pop();
    if (!next) return;
    this.done.push(this.state);
    this.state = next;
  }
}

// ---- the actions

const cellText = fc.oneof(
  fc.nat({ max: 2000 }).map(String),
  fc.nat({ max: 99 }).map((value) => String(value).replace(/\d/g, (digit) => String.fromCharCode(0xff10 + Number(digit)))),
  fc.constantFrom('', '/', '—', '无', 'x', '1.5', '-2', '3件', '1,200'),
);

type Action =
  | { kind: 'type'; cell: number; text: string; start: 'typing' | 'F2' }
  | { kind: 'clear'; cell: number; width: number }
  | { kind: 'paste'; cell: number; fields: string[] }
  | { kind: 'fill' }
  | { kind: 'undo' }
  | { kind: 'redo'; keys: 'Ctrl+Y' | 'Ctrl+Shift+Z' };

const cell = fc.nat({ max: PATHS.length - 1 });
const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('type' as const),
      cell,
      text: cellText,
      start: fc.constantFrom('typing' as const, 'F2' as const),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('clear' as const), cell, width: fc.integer({ min: 1, max: 4 }) }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('paste' as const), cell, fields: fc.array(cellText, { minLength: 1, maxLength: 6 }) }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'fill' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'undo' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('redo' as const), keys: fc.constantFrom('Ctrl+Y' as const, 'Ctrl+Shift+Z' as const) }),
  },
);

/** Clicks a cell: it becomes the only one selected, and focused. */
function click(el: HTMLElement, index: number): HTMLTableCellElement {
  const td = cellAt(el, PATHS[index]!);
  td.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
  td.focus();
  return td;
}

function perform(el: DisclosureReviewTable, model: Model, step: Action): void {
  switch (step.kind) {
    case 'type': {
      const td = click(el, step.cell);
      // Typing opens the input with the first key; F2 opens it with the cell's text. An input method then writes the rest.
      if (step.start === 'typing' && step.text && step.text.length === [...step.text].length) keydown(td, { key: step.text[0]! });
      else keydown(td, { key: 'F2' });
      const input = entryInput(el)!;
      input.value = step.text;
      keydown(input, { key: 'Enter' });
      model.change(write(model.state, step.cell, step.text));
      return;
    }
    case 'clear': {
      const td = click(el, step.cell);
      for (let extra = 1; extra < step.width; extra += 1) keydown(td, { key: 'ArrowRight', shiftKey: true });
      keydown(td, { key: 'Delete' });
      let next = model.state;
      for (let index = step.cell; index < Math.min(PATHS.length, step.cell + step.width); index += 1) next = write(next, index, '');
      model.change(next);
      return;
    }
    case 'paste': {
      // As Excel puts a row on the clipboard: cells by tabs, a line break at the end.
      paste(click(el, step.cell), { 'text/plain': `${step.fields.join('\t')}\r\n` });
      // 表四 is one row: the fields go to the cells from the active one, as far as the table goes.
      let next = model.state;
      step.fields.forEach((text, offset) => {
        if (step.cell + offset < PATHS.length) next = write(next, step.cell + offset, text);
      });
      model.change(next);
      return;
    }
    case 'fill': {
      el.fillBlanks(0);
      const values = model.state.values.map((value, index) =>
        value === null && !isTotal(index) && !model.state.entries.has(index) ? 0 : value,
      );
      model.change({ values, entries: model.state.entries });
      return;
    }
    case 'undo':
      keydown(click(el, 0), { key: 'z', ctrlKey: true });
      model.undo();
      return;
    case 'redo':
      keydown(click(el, 0), step.keys === 'Ctrl+Y' ? { key: 'y', ctrlKey: true } : { key: 'Z', ctrlKey: true, shiftKey: true });
      model.redo();
      return;
  }
}

describe('property: random edits keep report equal to a plain model of them', () => {
  it('500 sequences of typing, clearing, pasting, 空白填 0, undo and redo', async function () {
    this.timeout(120_000);
    const el = await fixture<DisclosureReviewTable>(html`<disclosure-review-table editable></disclosure-review-table>`);
    await el.updateComplete;
    const blank = structuredClone(el.report);
    let sequences = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 12 }), async (steps) => {
        // Each sequence starts from a blank report given anew (a new report: a new undo history).
        el.report = structuredClone(blank);
        await el.updateComplete;
        const model = new Model();
        for (const step of steps) {
          perform(el, model, step);
          expect(
            PATHS.map((path) => valueAt(el, path)),
            JSON.stringify(step),
          ).to.deep.equal(model.state.values);
        }
        await el.updateComplete;
        const shown = PATHS.map((path) => cellAt(el, path).querySelector('.entry-text')?.textContent ?? null);
        expect(shown).to.deep.equal(PATHS.map((_, index) => model.state.entries.get(index) ?? null));
        sequences += 1;
      }),
      { numRuns: 500 },
    );
    expect(sequences).to.equal(500);
  });
});
