/**
 * The whole report as static HTML (the command line's `html`): its title, publication date, the
 * six sections with the prose of 一、五、六 and the tables, for a CMS that takes no script. What
 * the tables alone lack travels with it machine-readably, so that the importer gives back the
 * very report JSON it came from (src/import/source/html-walk.ts reads it):
 *   `data-dt-report` on the article, with `data-agency`, `data-year`, and `data-title`,
 *   `data-published-on`, `data-sections` (the prose keys given) where the report has them;
 *   `data-dt-section="overview|problems|other"` on each given section's prose, `data-dt-text` its exact text.
 */
import type { Report } from '../model/schema.js';
import { SECTION_KEYS, SECTION_ORDER, SECTION_TITLES, type SectionKey } from '../model/sections.js';
import { TABLE_IDS, type TableId } from '../model/tables.js';
import { pick } from '../model/text.js';
import { UI } from '../model/ui-text.js';
import { labelView } from '../view/table-view.js';
import { isolate } from '../view/bidi.js';
import { STATIC_TABLE_STYLES, tableHtml, type TablesHtmlOptions } from './table-html.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\r': '&#13;' };
/** Escaped text; a carriage return as a reference, which the HTML parser keeps (a raw one becomes a line feed). */
const escape = (text: string) => text.replace(/[&<>"'\r]/g, (char) => ESCAPES[char]!);
const attribute = (name: string, value: string | number | undefined) => (value === undefined ? '' : ` ${name}="${escape(String(value))}"`);

const HTML_LANG = { zh: 'zh-CN', en: 'en' } as const;

/** Styles of the report's own parts, beside the tables' (STATIC_TABLE_CSS). */
export const STATIC_REPORT_CSS = `.dt-report-title,.dt-published{text-align:center;overflow-wrap:anywhere}
.dt-prose p{text-indent:2em;line-height:1.8;margin:0 0 .5em;overflow-wrap:anywhere}
.dt-missing{font-style:italic;opacity:.75}
.dt-official{font-size:.8em;font-weight:normal}`;

export function reportHtml(report: Report, { tables = TABLE_IDS, styles = true, ...options }: TablesHtmlOptions = {}): string {
  const lang = options.lang ?? 'zh';
  const heading = (level: number, label: { zh: string; en: string }, className: string) => {
    const view = labelView(label, lang);
    const official = view.official ? `<br><span class="dt-official" lang="zh-CN">${escape(view.official)}</span>` : '';
    return `<h${level} class="${className}">${escape(view.text)}${official}</h${level}>`;
  };
  const title = report.title ? { zh: report.title, en: report.title } : UI.reportTitle(isolate(report.agency), report.year);
  const given = SECTION_KEYS.filter((key) => report.sections?.[key] !== undefined);
  const prose = (key: SectionKey) => {
    const text = report.sections?.[key];
    if (text === undefined) return `<p class="dt-missing">${escape(pick(UI.noSection, lang))}</p>`;
    const paragraphs = text.split('\n').map((line) => `<p>${escape(line)}</p>`);
    return `<div class="dt-prose" data-dt-section="${key}"${attribute('data-dt-text', text)}>\n${paragraphs.join('\n')}\n</div>`;
  };
  const body = SECTION_ORDER.map((section) => {
    const table = (TABLE_IDS as readonly string[]).includes(section) ? (section as TableId) : undefined;
    if (table && (!tables.includes(table) || !report[table])) return '';
    const content = table ? tableHtml(report, table, options) : prose(section as SectionKey);
    return `<section class="dt-section">\n${heading(2, SECTION_TITLES[section], 'dt-section-title')}\n${content}\n</section>`;
  }).filter(Boolean);
  const published = report.publishedOn
    ? `\n<p class="dt-published"><time datetime="${escape(report.publishedOn)}">${escape(pick(UI.publishedOn(report.publishedOn), lang))}</time></p>`
    : '';
  const data = [
    attribute('data-agency', report.agency),
    attribute('data-year', report.year),
    attribute('data-title', report.title),
    attribute('data-published-on', report.publishedOn),
    attribute('data-sections', report.sections ? given.join(' ') : undefined),
  ].join('');
  const article = `<article class="dt-report" data-dt-report="${report.format}"${data} lang="${HTML_LANG[lang]}">
${heading(1, title, 'dt-report-title')}${published}
${body.join('\n')}
</article>`;
  return styles ? `${STATIC_TABLE_STYLES.replace('</style>', `${STATIC_REPORT_CSS}\n</style>`)}\n${article}` : article;
}
