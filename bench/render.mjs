// Render section: 1 and 100 full reports on one page (表二, 表三 and 表四 of each, as three elements
// with inline JSON, the way a CMS editor places them), timed until rendered and laid out, against
// the same tables as static HTML set with innerHTML (what the page cost before), a React 19
// rendering of the same tables with the same checks (bench/react/app.mjs; its DOM is held against
// the elements' in the run), and the bare shadow-DOM floor (the elements' own shadow DOM set into
// plain shadow roots with their stylesheet: what any shadow-DOM table pays).
// Each sample is a fresh page with the drop-in file already loaded; figures are medians.
import { median } from './browser.mjs';
import { elementMarkup, reports, tableItems } from './reports.mjs';

/** Issue #17's budgets: ratios of medians of paired samples, rendered and laid out. */
export const BUDGETS = { hundred: 1.15, hundredReact: 0.95, one: 1.4 };
/** Issue #15's (looser) budgets, printed too. */
export const FIRST_BUDGETS = { hundred: 1.4, one: 1.6 };
const SELECTOR = 'disclosure-active-table, disclosure-application-table, disclosure-review-table';

/** Renders the elements once and turns their shadow DOM into light-DOM HTML with scoped CSS. */
export async function staticHtml(page, markup) {
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

/**
 * The same tables held side by side on one page: the elements' shadow DOM against the React
 * rendering's, table by table (bench/react/app.mjs's canonicalDom). Also returns the elements'
 * shadow DOM as markup, for the floor.
 */
async function sameDom(env, markup, items, selector) {
  const page = await env.freshPage('both');
  try {
    return await page.evaluate(
      async (markup, items, selector) => {
        const stage = document.getElementById('stage');
        stage.innerHTML = markup;
        const elements = [...stage.querySelectorAll(selector)];
        await Promise.all(elements.map((element) => element.updateComplete));
        const copies = elements.map((element, index) => ({
          table: items[index].table,
          html: element.shadowRoot.innerHTML.replace(/<!--[\s\S]*?-->/g, ''),
        }));
        const ours = elements.map((element) => globalThis.benchReact.canonicalDom(element.shadowRoot));
        const other = document.createElement('div');
        document.body.append(other);
        const { hosts } = globalThis.benchReact.renderTables(other, items);
        const theirs = hosts.map((host) => globalThis.benchReact.canonicalDom(host.shadowRoot));
        let same = 0;
        let first;
        ours.forEach((dom, index) => {
          if (dom === theirs[index]) same += 1;
          else if (!first) {
            const a = dom.split('\n');
            const b = (theirs[index] ?? '').split('\n');
            const line = a.findIndex((text, at) => text !== b[at]);
            first = { index, line, elements: a[line], react: b[line] };
          }
        });
        return { same, total: ours.length, first, copies };
      },
      markup,
      items,
      selector,
    );
  } finally {
    await page.close();
  }
}

/**
 * One timed render in a fresh page: the elements (inline JSON), static HTML, the React rendering
 * (the same JSON texts), or the floor (the elements' shadow DOM set into bare shadow roots).
 */
async function sample(env, route, kind) {
  const page = await env.freshPage(kind === 'react' || kind === 'floor' ? 'react' : 'elements');
  try {
    return await page.evaluate(
      async (route, kind, selector) => {
        const data = await (await fetch(route)).text();
        const stage = document.getElementById('stage');
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        const start = performance.now();
        if (kind === 'react') globalThis.benchReact.renderTables(stage, JSON.parse(data));
        else if (kind === 'floor') globalThis.benchReact.renderShadowCopies(stage, JSON.parse(data));
        else stage.innerHTML = data;
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
            : kind === 'static'
              ? stage.querySelectorAll('table').length
              : [...stage.children].filter((host) => host.shadowRoot?.querySelector('table')).length;
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
const KINDS = ['elements', 'static', 'react', 'floor'];
const NAMES = { elements: 'elements', static: 'static HTML', react: 'React 19 + checks', floor: 'bare shadow DOM' };

export default {
  name: 'render',
  title: 'Render: N full reports on one page (表二 + 表三 + 表四 each): elements, static HTML, React 19, bare shadow DOM',
  async run({ log, budget, env, samples }) {
    const results = {};
    log(
      `React comparison: React ${env.react.version} production build + the library's plain functions, ${(env.react.gzip / 1024).toFixed(1)} KB gzip (bench/react/app.mjs)`,
    );
    for (const count of [1, 100]) {
      const list = reports(count);
      const markup = elementMarkup(list);
      const items = tableItems(list).map(({ table, json }) => ({ table, json }));
      const prep = await env.freshPage();
      const staticMarkup = await staticHtml(prep, markup);
      await prep.close();
      const dom = await sameDom(env, markup, items, SELECTOR);
      budget(
        `React DOM = elements' DOM (${count} report${count === 1 ? '' : 's'})`,
        dom.same === dom.total,
        `${dom.same}/${dom.total} tables identical${dom.first ? `; first difference in table ${dom.first.index}, line ${dom.first.line}: elements ${dom.first.elements} · React ${dom.first.react}` : ''}`,
      );
      const routes = {
        elements: `/bench/elements-${count}.html`,
        static: `/bench/static-${count}.html`,
        react: `/bench/react-${count}.json`,
        floor: `/bench/floor-${count}.json`,
      };
      env.server.routes[routes.elements] = markup;
      env.server.routes[routes.static] = staticMarkup;
      env.server.routes[routes.react] = JSON.stringify(items);
      env.server.routes[routes.floor] = JSON.stringify(dom.copies);
      const runs = Object.fromEntries(KINDS.map((kind) => [kind, []]));
      // A whole number of turns: each kind takes each place in the round equally often.
      const n = Math.ceil((count === 1 ? samples * 2 + 1 : samples) / KINDS.length) * KINDS.length;
      for (let index = 0; index < n; index += 1) {
        // Interleaved, so drift in the machine hits all alike, and in an order that turns each round:
        // the first page of a round runs slower (the browser is still tearing the last one down), by
        // 5–15 % here — measured with one build in every place — which a fixed order put on the elements.
        for (let place = 0; place < KINDS.length; place += 1) {
          const kind = KINDS[(index + place) % KINDS.length];
          runs[kind].push(await sample(env, routes[kind], kind));
        }
      }
      const expected = count * 3;
      for (const kind of KINDS) {
        const bad = runs[kind].find((run) => run.tables !== expected);
        if (bad) throw new Error(`${kind}: rendered ${bad.tables} tables, expected ${expected}`);
      }
      const figure = (kind, key) => median(runs[kind].map((run) => run[key]));
      // Each elements sample runs next to one of each other kind: the median of those pairs' ratios
      // is less moved by other work on the machine than the ratio of two medians.
      const ratio = (kind) => median(runs.elements.map((run, index) => run.total / runs[kind][index].total));
      const row = Object.fromEntries(KINDS.map((kind) => [kind, { total: figure(kind, 'total'), dom: figure(kind, 'dom') }]));
      row.ratios = { static: ratio('static'), react: ratio('react'), floor: ratio('floor') };
      row.reactOverStatic = median(runs.react.map((run, index) => run.total / runs.static[index].total));
      row.floorOverStatic = median(runs.floor.map((run, index) => run.total / runs.static[index].total));
      results[count] = row;
      log(
        `${String(count).padStart(3)} report${count === 1 ? ' ' : 's'} (${expected} tables, ${n} fresh pages of each, medians, rendered + laid out; script and DOM in brackets):`,
      );
      for (const kind of KINDS) log(`      ${NAMES[kind].padEnd(18)} ${ms(row[kind].total).padStart(9)} (${ms(row[kind].dom)})`);
      log(
        `      elements / static ${row.ratios.static.toFixed(2)}× · elements / React ${row.ratios.react.toFixed(2)}× · elements / bare shadow DOM ${row.ratios.floor.toFixed(2)}× · ` +
          `React / static ${row.reactOverStatic.toFixed(2)}× · bare shadow DOM / static ${row.floorOverStatic.toFixed(2)}× (medians of paired samples)`,
      );
      log(
        `      markup: elements with inline JSON ${(Buffer.byteLength(markup) / 1024).toFixed(1)} KB, static HTML ${(Buffer.byteLength(staticMarkup) / 1024).toFixed(1)} KB`,
      );
    }
    const [one, hundred] = [results[1], results[100]];
    const line = (row, kind) => `${row.ratios[kind].toFixed(2)}× (${ms(row.elements.total)} vs ${ms(row[kind].total)})`;
    budget(`100 reports ≤ ${BUDGETS.hundred}× static HTML`, hundred.ratios.static <= BUDGETS.hundred, line(hundred, 'static'));
    budget(
      `100 reports ≤ ${BUDGETS.hundredReact}× React with checks`,
      hundred.ratios.react <= BUDGETS.hundredReact,
      line(hundred, 'react'),
    );
    budget(`1 report ≤ ${BUDGETS.one}× static HTML`, one.ratios.static <= BUDGETS.one, line(one, 'static'));
    budget(
      `(#15) 100 reports ≤ ${FIRST_BUDGETS.hundred}× static HTML`,
      hundred.ratios.static <= FIRST_BUDGETS.hundred,
      line(hundred, 'static'),
    );
    budget(`(#15) 1 report ≤ ${FIRST_BUDGETS.one}× static HTML`, one.ratios.static <= FIRST_BUDGETS.one, line(one, 'static'));
    return results;
  },
};
