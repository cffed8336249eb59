// Writes the style sheet files the drop-in links where a browser has no constructable style sheets
// (src/internal/style-root.ts): each element's styles, exactly as its class holds them, and the
// document's @page rules. Run by scripts/build.mjs after the drop-in file (lit's Node build gives
// the element classes without a DOM).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CSSResult } from 'lit';

const out = (name: string) => fileURLToPath(new URL(`../dist/disclosure-tables-${name}.css`, import.meta.url));
const elements = {
  report: (await import('../src/report/report.js')).DisclosureReport,
  'application-table': (await import('../src/application-table/application-table.js')).DisclosureApplicationTable,
  'active-table': (await import('../src/active-table/active-table.js')).DisclosureActiveTable,
  'review-table': (await import('../src/review-table/review-table.js')).DisclosureReviewTable,
};
for (const [name, element] of Object.entries(elements)) {
  void element.observedAttributes; // finalizes the class: its elementStyles
  const text = element.elementStyles.map((style) => (style as CSSResult).cssText.trim()).join('\n');
  writeFileSync(out(name), `/* disclosure-tables: <disclosure-${name}>, for browsers without constructable style sheets */\n${text}\n`);
}
const { PAGE_RULES } = await import('../src/internal/table.styles.js');
writeFileSync(out('page'), `/* disclosure-tables: the document's print pages */\n${PAGE_RULES}\n`);
// For a CMS page that hosts the static export's style sheet itself (classes only, no inline style).
const { STATIC_TABLE_CSS } = await import('../src/static/table-html.js');
const { STATIC_REPORT_CSS } = await import('../src/static/report-html.js');
writeFileSync(
  out('static'),
  `/* disclosure-tables: the static export (reportHtml, tablesHtml) */\n${STATIC_TABLE_CSS}\n${STATIC_REPORT_CSS}\n`,
);
console.log(`wrote ${Object.keys(elements).length + 2} style sheet files`);
