// Edit section: one typed cell committed in `<disclosure-report editable>` (a 表三 cell: typed into the
// cell's input, a frame rendered, then Enter, which also moves to the cell below) until the report is
// checked again and re-rendered, beside the read-only update of the same report (a new `report` object
// with the same cell changed, as bench/update.mjs does, also after a frame), on the same pages in the
// same run.
import { median } from './browser.mjs';
import { fixtures } from './reports.mjs';

export const EDIT_BUDGET_MS = 2;
const WARM_UP = 10;
const PATH = 'applications.received.naturalPerson';

async function measure(env, updates) {
  const page = await env.freshPage();
  try {
    return await page.evaluate(
      async (report, updates, warmUp, path) => {
        const stage = document.getElementById('stage');
        // An editor types at the speed of frames: the page has rendered before each change.
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        // The read-only figure: a new report object with one cell changed.
        const reader = document.createElement('disclosure-report');
        stage.append(reader);
        reader.report = report;
        await reader.updateComplete;
        const readOnly = [];
        for (let index = 0; index < updates + warmUp; index += 1) {
          const copy = structuredClone(report);
          copy.applications.received.naturalPerson = index + 1;
          await frame();
          const start = performance.now();
          reader.report = copy;
          await reader.updateComplete;
          if (index >= warmUp) readOnly.push(performance.now() - start);
        }
        reader.remove();
        // The edit: the cell's input holds the new value; Enter commits it.
        const editor = document.createElement('disclosure-report');
        editor.editable = true;
        stage.append(editor);
        editor.report = structuredClone(report);
        await editor.updateComplete;
        const td = editor.shadowRoot.querySelector(`td[data-path="${path}"]`);
        const key = (target, init) =>
          target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, ...init }));
        const edits = [];
        const laidOut = [];
        for (let index = 0; index < updates + warmUp; index += 1) {
          td.focus();
          key(td, { key: 'F2' });
          const input = td.querySelector('input.entry');
          input.value = String(index + 1);
          await frame();
          const start = performance.now();
          key(input, { key: 'Enter' });
          await editor.updateComplete;
          const rendered = performance.now();
          void document.body.offsetHeight;
          if (index >= warmUp) {
            edits.push(rendered - start);
            laidOut.push(performance.now() - start);
          }
        }
        const shown = td.querySelector('.value').textContent.trim();
        const value = editor.report.applications.received.naturalPerson;
        return { readOnly, edits, laidOut, shown, value };
      },
      fixtures[0].report,
      updates,
      WARM_UP,
      PATH,
    );
  } finally {
    await page.close();
  }
}

const ms = (value) => `${value.toFixed(3)} ms`;

export default {
  name: 'edit',
  title: 'Edit: one typed cell committed in <disclosure-report editable>',
  async run({ log, budget, env, samples }) {
    const pages = Math.max(3, Math.round(samples / 3));
    const updates = 40;
    const readOnly = [];
    const edits = [];
    const laidOut = [];
    for (let index = 0; index < pages; index += 1) {
      const run = await measure(env, updates);
      if (run.value !== updates + WARM_UP || run.shown !== String(updates + WARM_UP))
        throw new Error(`the edited cell holds ${run.value} and shows ${run.shown}`);
      readOnly.push(...run.readOnly);
      edits.push(...run.edits);
      laidOut.push(...run.laidOut);
    }
    const result = { edit: median(edits), laidOut: median(laidOut), readOnly: median(readOnly) };
    log(
      `<disclosure-report editable>: typed cell committed, checked and re-rendered ${ms(result.edit)} (+ layout ${ms(result.laidOut)}); ` +
        `read-only update of the same cell ${ms(result.readOnly)}; median of ${edits.length} edits on ${pages} fresh pages`,
    );
    budget(
      `one typed cell ≤ ${EDIT_BUDGET_MS} ms (<disclosure-report editable>, commit to re-render)`,
      result.edit <= EDIT_BUDGET_MS,
      `${ms(result.edit)}; the read-only update is ${ms(result.readOnly)} (${(result.edit / result.readOnly).toFixed(2)}×)`,
    );
    return result;
  },
};
