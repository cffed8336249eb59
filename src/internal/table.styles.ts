/**
 * Shared styles of every table: a clean official look close to the printed form, themable through
 * `--disclosure-*` custom properties, with forced-colours and print rules.
 */
import { css, unsafeCSS } from 'lit';
import { TOKENS } from '../view/tokens.js';
import { styleFile } from './style-files.js';

/** The defaults of the `--disclosure-*` custom properties: the tokens the static export's style sheet uses too. */
const defaults = unsafeCSS(
  `:host{--_border:var(--disclosure-border-color,${TOKENS.border});` +
    `--_header-bg:var(--disclosure-header-background,${TOKENS.headerBackground});` +
    `--_invalid:var(--disclosure-invalid-color,${TOKENS.invalid});` +
    `--_invalid-bg:var(--disclosure-invalid-background,${TOKENS.invalidBackground});` +
    `--_warning:var(--disclosure-warning-color,${TOKENS.warning});` +
    `--_warning-bg:var(--disclosure-warning-background,${TOKENS.warningBackground});` +
    `--_computed:var(--disclosure-computed-color,${TOKENS.computed});` +
    `--_focus:var(--disclosure-focus-color,${TOKENS.focus});` +
    `--_padding:var(--disclosure-cell-padding,${TOKENS.padding})}`,
);

export const tableStyles = css`
  ${defaults}
  /* Fonts and colours come from the page; text layout that article styles often set on a CMS body
     (text-indent: 2em, justify, break-all, pre-wrap, letter-spacing) does not belong in a table. */
  :host {
    display: block;
    font: inherit;
    text-indent: 0;
    text-align: start;
    white-space: normal;
    word-break: normal;
    letter-spacing: normal;
    word-spacing: normal;
    color: var(--disclosure-color, inherit);
    font-family: var(--disclosure-font-family, inherit);
    font-size: var(--disclosure-font-size, inherit);
    page: disclosure-landscape;
  }
  :host([hidden]) {
    display: none;
  }
  .column-choice {
    display: none;
    border: 0;
    margin: 0 0 0.4em;
    padding: 0;
    flex-wrap: wrap;
    gap: 0.3em;
    align-items: center;
  }
  .column-choice legend {
    float: left;
    margin-inline-end: 0.5em;
    font-weight: 600;
  }
  .column-choice .choice,
  .column-choice .whole {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    border: 1px solid var(--_border);
    border-radius: 1em;
    padding: 0.2em 0.7em;
    font: inherit;
    background: var(--disclosure-background, transparent);
    color: inherit;
    cursor: pointer;
  }
  .column-choice .choice:has(input:checked),
  .column-choice .whole[aria-pressed='true'] {
    background: var(--_header-bg);
    font-weight: 600;
    box-shadow: inset 0 0 0 1px var(--_border);
  }
  .column-choice .choice:has(input:focus-visible),
  .column-choice .whole:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Too narrow for the official layout (the element's own width, not the viewport's): the row headers
     beside one column of 表三 or one group of 表四, the rest collapsed — the same table, so ids, headers
     and marks keep working; the whole table on demand. */
  .frame[data-narrow] > .column-choice {
    display: flex;
  }
  .frame[data-narrow][data-show='one'] col.choice:not(.chosen) {
    visibility: collapse;
  }
  /* Beside one column, 表三's row-group headers read top to bottom in a slim column, as the printed form has them. */
  .frame[data-narrow][data-show='one'] th.row {
    min-width: 0;
  }
  .frame[data-narrow][data-show='one'] table.applications th.row[rowspan] {
    width: 1.2em;
    padding-inline: 0.15em;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  /* A grid track of minmax(0, 1fr) lets the region shrink below the table's width inside a host
     page's flex or grid item or a layout table (a plain block would pass the table's width up and
     widen the page), while still filling the width it is given. position: relative keeps the
     visually hidden texts inside the region, so they never widen the page either. */
  .scroll {
    overflow-x: auto;
    max-width: 100%;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    position: relative;
  }
  .scroll:focus-visible,
  td:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    line-height: 1.4;
    background: var(--disclosure-background, transparent);
  }
  caption {
    caption-side: top;
    text-align: center;
    padding: 0.4em 0;
    font-weight: 600;
  }
  /* Title lines as wide as their text (at most the screen's width) and sticky at both edges: on a
     narrow screen, where the table scrolls, they stay in view instead of centring on the table's
     full width. */
  caption .title,
  caption .subtitle {
    display: block;
    /* A long unbroken name must not widen the page. */
    overflow-wrap: anywhere;
    width: fit-content;
    max-width: calc(100vw - 2em);
    margin-inline: auto;
    position: sticky;
    inset-inline: 0.5em;
  }
  caption .subtitle {
    font-weight: normal;
    font-size: 0.9em;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: var(--_padding);
    vertical-align: middle;
  }
  th {
    background: var(--_header-bg);
    font-weight: 600;
    text-align: center;
    /* A host page's overflow-wrap: anywhere would split English headers mid-word. */
    overflow-wrap: normal;
  }
  th.row {
    text-align: left;
    font-weight: normal;
  }
  th.band {
    text-align: left;
  }
  th .official,
  td.note .official {
    display: block;
    font-size: 0.8em;
    font-weight: normal;
    opacity: 0.8;
  }
  td.note {
    font-size: 0.85em;
    text-align: center;
    background: var(--_header-bg);
  }
  td[part~='cell'] {
    text-align: right;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    min-width: 3.5em;
  }
  table.reviews td[part~='cell'] {
    min-width: 2.5em;
  }
  td[part~='total'] {
    font-weight: 600;
  }
  td[part~='computed'] .value {
    color: var(--_computed);
    font-style: italic;
  }
  .computed-mark {
    color: var(--_computed);
    font-size: 0.7em;
    vertical-align: super;
    margin-inline-start: 0.15em;
    font-style: normal;
  }
  td[part~='warning'] {
    background: var(--_warning-bg);
    box-shadow: inset 0 0 0 2px var(--_warning);
  }
  td[part~='invalid'] {
    background: var(--_invalid-bg);
    box-shadow: inset 0 0 0 2px var(--_invalid);
    color: var(--_invalid);
  }
  /* A blank cell is the mildest of marks on screen: a thin dashed line, no fill, quieter than a wrong total. */
  @media screen and (forced-colors: none) {
    td[part~='blank'][part~='warning']:not([part~='invalid']) {
      background: none;
      box-shadow: none;
      outline: 1px dashed var(--_warning);
      outline-offset: -3px;
    }
  }
  .legend {
    font-size: 0.85em;
    margin: 0.4em 0 0;
  }
  .findings {
    margin-top: 0.75em;
  }
  .findings-title {
    font-weight: 600;
    margin: 0 0 0.25em;
  }
  .findings ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  /* Errors, warnings and notes differ in icon, word and pattern, not in colour alone (here and in
     <disclosure-report>'s summary). */
  .finding,
  .finding-group > summary {
    border-inline-start: 0.25em solid transparent;
    padding-inline-start: 0.4em;
    margin-block: 0.15em;
  }
  .finding.error,
  .finding-group.error > summary,
  .summary li.error[data-index] {
    border-inline-start: 0.3em solid var(--_invalid);
  }
  .finding.warning,
  .finding-group.warning > summary,
  .summary li.warning[data-index] {
    border-inline-start: 0.2em dashed var(--_warning);
  }
  .finding.info,
  .finding-group.info > summary,
  .summary li.info[data-index] {
    border-inline-start: 0.15em dotted currentColor;
  }
  .finding-list {
    list-style: none;
  }
  .finding-group {
    margin-block: 0.15em;
  }
  .finding-group > summary {
    cursor: pointer;
    list-style-position: inside;
  }
  .finding-group > ul {
    list-style: none;
    margin-inline-start: 1em;
  }
  .icon::before {
    display: inline-block;
    width: 1.2em;
    text-align: center;
    font-weight: 700;
  }
  .error .icon::before {
    content: '✕';
  }
  .warning .icon::before {
    content: '!';
  }
  .info .icon::before {
    content: 'i';
    font-style: italic;
  }
  /* In the findings under a table, the report's summary and the notes on how a report was read. */
  .severity {
    font-weight: 600;
    margin-inline-end: 0.4em;
  }
  .error .severity {
    color: var(--_invalid);
  }
  .warning .severity {
    color: var(--_warning);
  }
  .error-panel {
    border: 2px solid var(--_invalid);
    background: var(--_invalid-bg);
    padding: 0.5em 0.75em;
  }
  .error-panel .error-title {
    font-weight: 600;
    margin: 0 0 0.25em;
  }
  @media (forced-colors: active) {
    th,
    td,
    td.note {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    td[part~='invalid'] {
      outline: 3px solid Highlight;
      outline-offset: -3px;
      box-shadow: none;
    }
    td[part~='warning'] {
      outline: 2px dashed Highlight;
      outline-offset: -3px;
      box-shadow: none;
    }
    td[part~='computed'] .value,
    .computed-mark {
      color: LinkText;
    }
    .error-panel {
      border-color: CanvasText;
    }
  }
  @media print {
    :host {
      color: #000;
      font-size: 9pt;
    }
    /* Paper always gets the official layout. */
    .column-choice {
      display: none !important;
    }
    col.choice {
      visibility: visible !important;
    }
    .scroll {
      overflow: visible;
    }
    thead {
      display: table-header-group;
    }
    tr,
    th,
    td {
      break-inside: avoid;
    }
    th,
    td.note {
      background: none;
    }
    td[part~='warning'],
    td[part~='invalid'] {
      background: none;
      box-shadow: none;
      outline: 1.5pt solid #000;
      outline-offset: -2pt;
    }
  }
`;

/** A4 landscape for the pages that hold a table, A4 portrait for a report's prose. `@page` rules do not apply inside shadow roots, so a
 * named page is declared once in the document; it only affects elements that opt into it. */
const pagedDocuments = new WeakSet<Document>();
export const PAGE_RULES =
  '@page disclosure-landscape { size: A4 landscape; margin: 12mm; } @page disclosure-portrait { size: A4 portrait; margin: 15mm; }';
export function ensurePrintPage(doc: Document): void {
  if (pagedDocuments.has(doc)) return;
  pagedDocuments.add(doc);
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(PAGE_RULES);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    // No constructable style sheets (Safari before 16.4, older embedded browsers): the drop-in's
    // file of these rules (no inline style for a strict CSP), or else a <style> in the head.
    const sheet = styleFile
      ? Object.assign(doc.createElement('link'), { rel: 'stylesheet', href: styleFile('page') })
      : doc.createElement('style');
    if (!styleFile) sheet.textContent = PAGE_RULES;
    (doc.head ?? doc.documentElement).append(sheet);
  }
}
