// Render section: 1 and 100 full reports on one page (表二, 表三 and 表四 of each, as three elements
// with inline JSON, the way a CMS editor places them), timed until rendered and laid out, against
// the same tables as static HTML set with innerHTML (the floor: what the page cost before).
// Each sample is a fresh page with the drop-in file already loaded; figures are medians.
import { median } from './browser.mjs';
import { elementMarkup, reports } from './reports.mjs';

export const RENDER_BUDGET_RATIO = 1.5;
const SELECTOR = 'disclosure-active-table, disclosure-application-table, disclosure-review-table';

/** Renders the elements once and turns their shadow DOM into light-DOM HTML with scoped CSS. */
async function staticHtml(page, markup) {
  return page.evaluate(
    async (markup, selector) => {
      const stage = document.getElementById('stage');
      stage.innerHTML = markup;
      const elements = [...stage.querySelectorAll(selector)];
      await Promise.all(elements.map((element) => element.updateComplete));
      // The element's styles, scoped to a wrapper class instead of the shadow root.
      const scoped = (tag, cssText) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(cssText);
        const host = `.dt-${tag}`;
        const selectorFor = (text) =>
          text
            .split(',')
            .map((part) => part.trim())
            .map((part) =>
              part.includes(':host') ? part.replace(/:host\(([^()]*)\)/g, `${host}$1`).replace(/:host/g, host) : `${host} ${part}`,
            )
            .join(', ');
        const serialize = (rules) =>
          [...rules]
            .map((rule) => {
              if (rule instanceof CSSStyleRule) return `${selectorFor(rule.selectorText)} { ${rule.style.cssText} }`;
              if (rule instanceof CSSMediaRule) return `@media ${rule.conditionText} { ${serialize(rule.cssRules)} }`;
              if (rule instanceof CSSSupportsRule) return `@supports ${rule.conditionText} { ${serialize(rule.cssRules)} }`;
              return rule.cssText;
            })
            .join('\n');
        return serialize(sheet.cssRules);
      };
      const css = [];
      for (const tag of new Set(elements.map((element) => element.localName))) {
        const element = elements.find((item) => item.localName === tag);
        css.push(scoped(tag, element.constructor.elementStyles.map((style) => style.cssText).join('\n')));
      }
      const html = elements
        .map((element) => `<div class="dt-${element.localName}">${element.shadowRoot.innerHTML.replace(/<!--[\s\S]*?-->/g, '')}</div>`)
        .join('\n');
      stage.innerHTML = '';
      return `<style>${css.join('\n')}</style>\n${html}`;
    },
    markup,
    SELECTOR,
  );
}

/** One timed render in a fresh page: elements (inline JSON) or static HTML, from a served fragment. */
async function sample(env, route, kind) {
  const page = await env.freshPage();
  try {
    return await page.evaluate(
      async (route, kind, selector) => {
        const markup = await (await fetch(route)).text();
        const stage = document.getElementById('stage');
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        const start = performance.now();
        stage.innerHTML = markup;
        if (kind === 'elements') {
          const elements = stage.querySelectorAll(selector);
          await Promise.all([...elements].map((element) => element.updateComplete));
        }
        const rendered = performance.now();
        void document.body.offsetHeight; // style and layout, inside the shadow roots too
        const laidOut = performance.now();
        const tables =
          kind === 'elements'
            ? [...stage.querySelectorAll(selector)].filter((element) => element.shadowRoot?.querySelector('table')).length
            : stage.querySelectorAll('table').length;
        return { dom: rendered - start, total: laidOut - start, tables };
      },
      route,
      kind,
      SELECTOR,
    );
  } finally {
    await page.close();
  }
}

const ms = (value) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

export default {
  name: 'render',
  title: 'Render: N full reports on one page (表二 + 表三 + 表四 each), elements vs static HTML',
  async run({ log, budget, env, samples }) {
    const results = {};
    for (const count of [1, 100]) {
      const list = reports(count);
      const markup = elementMarkup(list);
      const prep = await env.freshPage();
      const staticMarkup = await staticHtml(prep, markup);
      await prep.close();
      env.server.routes[`/bench/elements-${count}.html`] = markup;
      env.server.routes[`/bench/static-${count}.html`] = staticMarkup;
      const runs = { elements: [], static: [] };
      const n = count === 1 ? samples * 2 + 1 : samples;
      for (let index = 0; index < n; index += 1) {
        // Interleaved, so drift in the machine hits both alike.
        runs.elements.push(await sample(env, `/bench/elements-${count}.html`, 'elements'));
        runs.static.push(await sample(env, `/bench/static-${count}.html`, 'static'));
      }
      const expected = count * 3;
      for (const kind of ['elements', 'static']) {
        const bad = runs[kind].find((run) => run.tables !== expected);
        if (bad) throw new Error(`${kind}: rendered ${bad.tables} tables, expected ${expected}`);
      }
      const figure = (kind, key) => median(runs[kind].map((run) => run[key]));
      const row = {
        elementsDom: figure('elements', 'dom'),
        elements: figure('elements', 'total'),
        staticDom: figure('static', 'dom'),
        static: figure('static', 'total'),
      };
      // Each element sample runs next to a static one: the median of those pairs' ratios is less
      // moved by other work on the machine than the ratio of the two medians.
      row.ratio = median(runs.elements.map((run, index) => run.total / runs.static[index].total));
      row.ratioOfMedians = row.elements / row.static;
      results[count] = row;
      log(
        `${String(count).padStart(3)} report${count === 1 ? ' ' : 's'} (${expected} tables, ${n} fresh pages each, medians): ` +
          `elements ${ms(row.elements)} (DOM ${ms(row.elementsDom)}) · static HTML ${ms(row.static)} (DOM ${ms(row.staticDom)}) · ` +
          `ratio ${row.ratio.toFixed(2)}× (median of paired samples; ratio of medians ${row.ratioOfMedians.toFixed(2)}×)`,
      );
      log(
        `    markup: elements with inline JSON ${(Buffer.byteLength(markup) / 1024).toFixed(1)} KB, static HTML ${(Buffer.byteLength(staticMarkup) / 1024).toFixed(1)} KB`,
      );
    }
    budget(
      `100 reports ≤ ${RENDER_BUDGET_RATIO}× static HTML`,
      results[100].ratio <= RENDER_BUDGET_RATIO,
      `${results[100].ratio.toFixed(2)}× (${ms(results[100].elements)} vs ${ms(results[100].static)}, rendered and laid out)`,
    );
    return results;
  },
};
