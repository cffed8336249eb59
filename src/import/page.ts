/**
 * Facts about a page that a pasted table lacks: the agency and year of the report, read from the
 * page's `<title>` or its headings (「…2023年政府信息公开工作年度报告」). Used when an element
 * upgrades a table already on the page.
 */
import { titleParts } from './assemble/metadata.js';
import type { ImportOptions } from './types.js';

export function pageFacts(doc: Document): Pick<ImportOptions, 'agency' | 'year' | 'title'> {
  const candidates = [
    ...doc.title.split(/\s*[_|｜]\s*|\s+[-—–]+\s+/),
    ...Array.from(doc.querySelectorAll('h1, h2, h3, .title, [class*="title"]'), (element) => element.textContent ?? '').slice(0, 40),
  ];
  for (const candidate of candidates) {
    const parts = titleParts(candidate);
    if (parts) return { agency: parts.agency, year: parts.year, title: parts.title };
  }
  return {};
}
