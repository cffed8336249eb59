// The React 19 comparison (bench only, never shipped): the same three tables from the same report
// JSON with the same checks, rendered with React into shadow roots that carry the elements' own
// stylesheet, producing the DOM the elements produce (bench/react/same-dom.mjs checks it in every run).
// It reads, checks and lays out with the library's plain functions — what a React team using
// `disclosure-tables` for everything but the elements would write — and renders idiomatically:
// createElement, one root, a portal per table, memoised cells that re-render only when their inputs change.
import { createElement as h, Fragment, memo } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { BEYOND_RULES } from '../../src/check/beyond.ts';
import { checkWith } from '../../src/check/rules.ts';
import { reportValues } from '../../src/check/values.ts';
import { activeTableStyles } from '../../src/active-table/active-table.styles.ts';
import { applicationTableStyles } from '../../src/application-table/application-table.styles.ts';
import { tableStyles } from '../../src/internal/table.styles.ts';
import { reviewTableStyles } from '../../src/review-table/review-table.styles.ts';
import { gridFor } from '../../src/layout/tables.ts';
import { checkStructure } from '../../src/model/structure.ts';
import { pick } from '../../src/model/text.ts';
import { UI, severityText } from '../../src/model/ui-text.ts';
import { groupFindings } from '../../src/view/findings-view.ts';
import { captionSubtitle, cellId, dataCellView, findingId, layoutView, legendOf, markingOf } from '../../src/view/table-view.ts';

const LANG = 'zh';

/** A label; in English the translation with the official Chinese beside it. */
const label = (view) =>
  view.official ? [view.text, h('span', { key: 'o', className: 'official', lang: 'zh-CN' }, view.official)] : view.text;

function Header({ cell, prefix }) {
  const span = { colSpan: cell.colspan > 1 ? cell.colspan : undefined, rowSpan: cell.rowspan > 1 ? cell.rowspan : undefined };
  if (cell.kind === 'note') return h('td', { className: 'note', part: 'note', ...span }, label(cell.label));
  return h(
    'th',
    { id: prefix + cell.id, className: `header ${cell.axis}`, part: `header ${cell.axis}-header`, ...span },
    label(cell.label),
  );
}

/** One data cell; re-rendered only when what it shows changed (its value, computed state, marks, link). */
const DataCell = memo(
  function DataCell({ cell, values, marking, prefix }) {
    const view = dataCellView(cell, values, marking, LANG);
    return h(
      'td',
      {
        part: view.states,
        colSpan: view.colspan > 1 ? view.colspan : undefined,
        headers: view.headers.map((id) => prefix + id).join(' '),
        'data-path': view.path,
        id: view.linked ? cellId(prefix, view.path) : undefined,
        'aria-describedby': view.findings.length ? view.findings.map((index) => findingId(prefix, index)).join(' ') : undefined,
        tabIndex: view.findings.length ? -1 : undefined,
      },
      h('span', { className: view.blank ? 'sr-only' : 'value' }, view.text),
      view.computed && h('span', { className: 'computed-mark', 'aria-hidden': 'true' }, view.computed.mark),
      view.computed && h('span', { className: 'sr-only' }, view.computed.words),
    );
  },
  (before, after) =>
    before.cell === after.cell &&
    before.prefix === after.prefix &&
    before.values.shown[before.cell.index] === after.values.shown[after.cell.index] &&
    before.values.computed[before.cell.index] === after.values.computed[after.cell.index] &&
    before.marking.marks.get(before.cell.path) === after.marking.marks.get(after.cell.path) &&
    before.marking.linked.has(before.cell.path) === after.marking.linked.has(after.cell.path),
);

/** The narrow screen's column control: on a wide page (the bench's) the elements carry its fieldset empty, and so does this. */
const Choice = () => h('fieldset', { className: 'column-choice', part: 'column-choice' });

function Rows({ rows, tag, values, marking, prefix }) {
  if (!rows.length) return null;
  return h(
    tag,
    null,
    rows.map((row, index) =>
      h(
        'tr',
        { key: index },
        row.headers.map((cell, position) => h(Header, { key: `h${position}`, cell, prefix })),
        row.cells.map((cell) => h(DataCell, { key: cell.path, cell, values, marking, prefix })),
      ),
    ),
  );
}

function FindingItem({ item: { finding, index }, prefix }) {
  return h(
    'li',
    {
      id: findingId(prefix, index),
      className: `finding ${finding.severity}`,
      part: `finding finding-${finding.severity}`,
      'data-rule': finding.rule,
    },
    h('span', { className: 'icon', 'aria-hidden': 'true' }),
    h('span', { className: 'severity' }, pick(severityText(finding.severity), LANG)),
    h('span', { className: 'message' }, finding.message),
  );
}

function Findings({ findings, prefix }) {
  const count = (severity) => findings.filter((finding) => finding.severity === severity).length;
  const counts = UI.severityCounts({ errors: count('error'), warnings: count('warning'), infos: count('info') });
  const title = pick(counts.zh ? UI.headed(UI.findings, counts) : UI.findings, LANG);
  const items = (group) => group.items.map((item) => h(FindingItem, { key: item.index, item, prefix }));
  return h(
    'section',
    { className: 'findings', part: 'findings', 'aria-labelledby': `${prefix}findings ${prefix}caption` },
    h('p', { className: 'findings-title', id: `${prefix}findings` }, title),
    findings.length
      ? groupFindings(findings).map((group, index) =>
          group.title
            ? h(
                'details',
                { key: index, className: `finding-group ${group.severity}`, 'data-rule': group.rule },
                h(
                  'summary',
                  null,
                  h('span', { className: 'icon', 'aria-hidden': 'true' }),
                  h('span', { className: 'severity' }, pick(severityText(group.severity), LANG)),
                  pick(group.title, LANG),
                ),
                h('ul', null, items(group)),
              )
            : h('ul', { key: index, className: `finding-list ${group.severity}` }, items(group)),
        )
      : h('p', { className: 'none' }, pick(UI.noFindings, LANG)),
  );
}

/** One table with its checks, as a table element shows it on a wide screen. */
function Table({ report, table, values, findings }) {
  const prefix = `dt-${table}-`;
  const layout = layoutView(gridFor(table, report), LANG);
  const marking = markingOf(findings, true);
  const legend = legendOf(values, LANG);
  const chosen = layout.choices.length ? layout.choices[0].key : undefined;
  return h(
    Fragment,
    null,
    h(
      'div',
      { className: `frame ${table}`, 'data-show': 'one' },
      chosen !== undefined && h(Choice),
      h(
        'div',
        { className: 'scroll', part: 'scroll', role: 'region', tabIndex: 0, 'aria-labelledby': `${prefix}caption` },
        h(
          'table',
          { part: 'table', className: `table ${table}` },
          h(
            'caption',
            { id: `${prefix}caption`, part: 'caption' },
            h('span', { className: 'title' }, layout.title),
            ' ',
            h('span', { className: 'subtitle' }, captionSubtitle(report, LANG)),
          ),
          h(
            'colgroup',
            null,
            layout.columns.map((choice, index) =>
              h(
                'col',
                choice === null
                  ? { key: index }
                  : { key: index, className: choice === chosen ? 'choice chosen' : 'choice', 'data-choice': choice },
              ),
            ),
          ),
          layout.sections.map((section, index) =>
            h(
              Fragment,
              { key: index },
              h(Rows, { rows: section.head, tag: 'thead', values, marking, prefix }),
              h(Rows, { rows: section.body, tag: 'tbody', values, marking, prefix }),
            ),
          ),
        ),
      ),
    ),
    legend &&
      h(
        'p',
        { className: 'legend', part: 'legend' },
        h('span', { className: 'computed-mark', 'aria-hidden': 'true' }, legend.mark),
        ' ',
        legend.text,
      ),
    h(Findings, { findings, prefix }),
  );
}

/** What an element derives from its report: the structure checked, the values, the findings of its table. */
function derive(input, table) {
  const report = checkStructure(input);
  if (!report) throw new Error(`${table}: the report is not well-formed`);
  const values = reportValues(report, [table]);
  // The rules beyond one table too, as an element runs them for a report with prose.
  const findings = checkWith(report, { lang: LANG, tables: [table], values }, report.sections ? BEYOND_RULES : undefined);
  return { report, table, values: values[table], findings };
}

/** Each table element's style sheets (the shared ones, then its own), constructed once, as lit adopts them. */
const OWN_STYLES = { active: activeTableStyles, applications: applicationTableStyles, reviews: reviewTableStyles };
const sheets = new Map();
const sheetOf = (style) => {
  let sheet = sheets.get(style);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(style.cssText);
    sheets.set(style, sheet);
  }
  return sheet;
};
const stylesheets = (table) => [sheetOf(tableStyles), sheetOf(OWN_STYLES[table])];

/**
 * Renders tables into `stage`: one host per table with a shadow root carrying the elements'
 * stylesheet, one React root, a portal per table. `items` are `{ table, json }` (the JSON text an
 * element reads from its inline script). Returns `update(index, report)`, which re-checks and re-renders one table.
 */
export function renderTables(stage, items) {
  const tables = items.map(({ table, json }) => {
    const host = document.createElement('div');
    host.className = `react-host ${table}`;
    stage.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = stylesheets(table);
    return { shadow, derived: derive(JSON.parse(json), table) };
  });
  const container = document.createElement('div');
  container.hidden = true;
  stage.append(container);
  const root = createRoot(container);
  const draw = () =>
    root.render(
      h(
        Fragment,
        null,
        tables.map(({ shadow, derived }, index) => createPortal(h(Table, derived), shadow, String(index))),
      ),
    );
  flushSync(draw);
  return {
    hosts: tables.map(({ shadow }) => shadow.host),
    update(index, input) {
      tables[index].derived = derive(input, tables[index].derived.table);
      flushSync(draw);
    },
  };
}

/**
 * A node's DOM as a reader and a stylesheet see it: elements with their attributes (sorted), the
 * `checked` state of inputs, and text with runs of white space as one space; comments and
 * white-space-only text between elements left out (lit's markers and template indentation, which
 * render nothing).
 */
export function canonicalDom(node) {
  const out = [];
  const walk = (current) => {
    for (const child of current.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const text = child.data.replace(/\s+/g, ' ');
        if (text.trim()) out.push(JSON.stringify(text.trim()));
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const attributes = [...child.attributes]
          .filter((attribute) => !(child.localName === 'input' && attribute.name === 'checked'))
          .map((attribute) => `${attribute.name}=${JSON.stringify(attribute.value)}`)
          .sort();
        if (child.localName === 'input') attributes.push(`:checked=${child.checked}`);
        out.push(`<${child.localName} ${attributes.join(' ')}>`);
        walk(child);
        out.push(`</${child.localName}>`);
      }
    }
  };
  walk(node);
  return out.join('\n');
}

/** The floor for any shadow-DOM table: the elements' own shadow DOM (`{ table, html }`) set into bare shadow roots with their style sheets. */
export function renderShadowCopies(stage, copies) {
  for (const { table, html } of copies) {
    const host = document.createElement('div');
    stage.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = stylesheets(table);
    shadow.innerHTML = html;
  }
}

// The bench's pages call these (bench/render.mjs, bench/update.mjs).
globalThis.benchReact = { renderTables, renderShadowCopies, canonicalDom };
