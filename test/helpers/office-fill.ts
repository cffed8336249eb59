/**
 * The official blank Word template (test/fixtures/office/template-2021-blank.docx, as distributed,
 * WPS-authored), filled programmatically with a report's figures by editing its XML: its merges
 * and cell properties stay as they are; only the empty data cells get a number, the title and the
 * “（文字描述）” placeholders the report's text. Variants rewrite the same XML the ways Word and WPS
 * write it (split runs, tracked changes, content controls, grid columns skipped, legacy merges…).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { gridFor } from '../../src/layout/tables.js';
import { TABLE_IDS } from '../../src/model/tables.js';
import type { Report } from '../../src/model/schema.js';
import { shownValues } from '../../src/check/values.js';

/** Where the template is, for Node (read from the file) and the browser (fetched from the test server). */
export const TEMPLATE_URL = '/test/fixtures/office/template-2021-blank.docx';

let template: Uint8Array | undefined;
/** Gives the template's bytes to the functions below (office-node.ts does it in Node; a browser test after fetching it). */
export const useTemplate = (bytes: Uint8Array): void => void (template = bytes);
export const templateBytes = (): Uint8Array => {
  if (!template) throw new Error('no template: call useTemplate(bytes) first');
  return template;
};

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const run = (text: string) => `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;

/** The `<w:tc>` elements of a table row, and the `<w:tr>` elements of a table, as XML text. */
const cellsOf = (row: string): string[] => row.match(/<w:tc(?:\s[^>]*)?>[\s\S]*?<\/w:tc>/g) ?? [];
const rowsOf = (table: string): string[] => table.match(/<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/g) ?? [];
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
const isContinuation = (cell: string) => /<w:vMerge\/>|<w:vMerge w:val="continue"\/>/.test(cell);

/** A cell's first paragraph holding `text` alone (its runs replaced). */
function setCellText(cell: string, text: string): string {
  return cell.replace(/(<w:p(?:\s[^>]*)?>)([\s\S]*?)(<\/w:p>)/, (_whole, open: string, inner: string, close: string) => {
    const properties = /^<w:pPr>[\s\S]*?<\/w:pPr>/.exec(inner)?.[0] ?? '';
    return `${open}${properties}${run(text)}${close}`;
  });
}

/** 表三 with （六）其他处理 as one row, as some reports print it (005): its three sub-rows become one. */
function singleOtherHandling(table: string): string {
  const rows = rowsOf(table);
  const at = rows.findIndex((row) => textOf(row).includes('（六）其他处理'));
  // The row's cells: the merged 三、 column, （六）其他处理, its first sub-label, then the figures.
  const [first, sixth, , ...rest] = cellsOf(rows[at]!);
  const label = sixth!.replace('<w:vMerge w:val="restart"/>', '').replace(/<w:tcW [^>]*\/>/, (width) => `${width}<w:gridSpan w:val="2"/>`);
  const rowStart = rows[at]!.slice(0, rows[at]!.indexOf('<w:tc'));
  const merged = `${rowStart}${first}${label}${rest.join('')}</w:tr>`;
  return table
    .replace(rows[at]!, merged)
    .replace(rows[at + 1]!, '')
    .replace(rows[at + 2]!, '');
}

/** Fills one table's empty data cells, in reading order, with the report's figures for that table. */
function fillTable(table: string, values: (number | null)[]): string {
  let next = 0;
  const filled = table.replace(/<w:tc(?:\s[^>]*)?>[\s\S]*?<\/w:tc>/g, (cell) => {
    if (isContinuation(cell) || textOf(cell).replace(/[\s\u3000]/g, '') !== '') return cell;
    const value = values[next++];
    if (value === undefined) throw new Error('the template has more empty cells than the table has data cells');
    return value === null ? cell : setCellText(cell, String(value));
  });
  if (next !== values.length) throw new Error(`the template has ${next} empty cells for ${values.length} data cells`);
  return filled;
}

/** The first paragraph holding `text`, as XML text. */
function paragraphsWith(xml: string, text: string): string | undefined {
  return xml.match(new RegExp(`<w:p(?:\\s[^>]*)?>(?:(?!</w:p>)[\\s\\S])*?${text}(?:(?!</w:p>)[\\s\\S])*?</w:p>`))?.[0];
}

const paragraphOf = (template: string, lines: readonly string[]) => {
  const properties = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(template)?.[0] ?? '';
  const open = /^<w:p(?:\s[^>]*)?>/.exec(template)![0];
  return lines.map((line) => `${open}${properties}${run(line)}</w:p>`).join('');
};

const chineseDate = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
};

/** The template's document.xml filled with `report`. */
export function filledDocumentXml(report: Report, xml = templateDocumentXml()): string {
  let document = xml;
  const values = shownValues(report);
  const tables = document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g)!;
  TABLE_IDS.forEach((id, index) => {
    let table = tables[index]!;
    if (id === 'applications' && report.applications && 'naturalPerson' in report.applications.results.otherHandling)
      table = singleOtherHandling(table);
    const grid = gridFor(id, report);
    const cells = grid.sections
      .flatMap((section) => [...section.head, ...section.body])
      .flatMap((row) => row.cells.filter((cell) => cell.kind === 'data'));
    document = document.replace(
      tables[index]!,
      fillTable(
        table,
        cells.map((cell) => (cell.kind === 'data' ? (values.get(cell.path)?.given ?? null) : null)),
      ),
    );
  });
  const title = paragraphsWith(document, '政府信息公开工作年度报告格式模板')!;
  document = document.replace(title, report.title ? paragraphOf(title, [report.title]) : '');
  const placeholders = [
    paragraphsWith(document, '（文字描述）')!,
    undefined,
    paragraphsWith(document, '（文字描述，收取信息处理费情况在此处报告。）')!,
  ];
  const sections = [report.sections?.overview, report.sections?.problems, report.sections?.other];
  const first = placeholders[0]!;
  // The first two placeholders read the same: replace them one at a time.
  document = document.replace(first, paragraphOf(first, sections[0]?.split('\n') ?? []));
  const second = paragraphsWith(document, '（文字描述）')!;
  document = document.replace(second, paragraphOf(second, sections[1]?.split('\n') ?? []));
  const closing = [...(sections[2]?.split('\n') ?? []), ...(report.publishedOn ? [chineseDate(report.publishedOn)] : [])];
  document = document.replace(placeholders[2]!, paragraphOf(placeholders[2]!, closing));
  return document;
}

export function templateDocumentXml(): string {
  return strFromU8(unzipSync(templateBytes())['word/document.xml']!);
}

/** The template package with its document.xml replaced. */
export function docxWith(documentXml: string): Uint8Array {
  const files = unzipSync(templateBytes());
  files['word/document.xml'] = strToU8(documentXml);
  return zipSync(files, { level: 6 });
}

/** The template filled with `report`, as .docx bytes. */
export const filledDocx = (report: Report): Uint8Array => docxWith(filledDocumentXml(report));

// --- Variants: the same document as other producers and editing habits write it.

/** Every run split in two runs of the same formatting (Word does this after editing, spell-checking…). */
export function splitRuns(xml: string): string {
  return xml.replace(
    /<w:r>(<w:rPr>(?:(?!<\/w:r>)[\s\S])*?<\/w:rPr>)?<w:t(?:\s[^>]*)?>([^<]{2,})<\/w:t><\/w:r>/g,
    (_whole, properties: string | undefined, text: string) => {
      const chars = Array.from(text);
      const half = Math.ceil(chars.length / 2);
      const part = (value: string) => `<w:r>${properties ?? ''}<w:t xml:space="preserve">${value}</w:t></w:r>`;
      return `${part(chars.slice(0, half).join(''))}<w:proofErr w:type="spellStart"/>${part(chars.slice(half).join(''))}<w:proofErr w:type="spellEnd"/>`;
    },
  );
}

/** A label edited with tracking on: the old wording deleted, the new inserted. */
export function trackedLabel(xml: string, label: string, oldWording: string): string {
  const tracked = `<w:del w:id="901" w:author="审核人" w:date="2024-01-10T09:00:00Z"><w:r><w:delText>${oldWording}</w:delText></w:r></w:del><w:ins w:id="902" w:author="审核人" w:date="2024-01-10T09:00:00Z"><w:r><w:t>${label}</w:t></w:r></w:ins>`;
  const pattern = new RegExp(`<w:r>(?:<w:rPr>(?:(?!</w:r>)[\\s\\S])*?</w:rPr>)?<w:t(?:\\s[^>]*)?>${label}</w:t></w:r>`);
  if (!pattern.test(xml)) throw new Error(`no run reads ${label}`);
  return xml.replace(pattern, tracked);
}

/** A deleted table row, kept in the file as a tracked deletion. */
export function trackedDeletedRow(xml: string): string {
  return xml.replace(/<\/w:tbl>/, () => {
    const row = `<w:tr><w:trPr><w:del w:id="903" w:author="审核人" w:date="2024-01-10T09:00:00Z"/></w:trPr><w:tc><w:p><w:r><w:t>删除的行</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>99</w:t></w:r></w:p></w:tc></w:tr>`;
    return `${row}</w:tbl>`;
  });
}

/** Content controls: the title paragraph, one table cell and one run wrapped in `w:sdt`. */
export function contentControls(xml: string, titleText: string, cellText: string): string {
  const sdt = (inner: string) =>
    `<w:sdt><w:sdtPr><w:alias w:val="填报"/><w:tag w:val="field"/></w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;
  const title = paragraphsWith(xml, titleText)!;
  let out = xml.replace(title, sdt(title));
  const cell = out.match(
    new RegExp(`<w:tc>(?:(?!</w:tc>)[\\s\\S])*?<w:t(?:\\s[^>]*)?>${cellText}</w:t>(?:(?!</w:tc>)[\\s\\S])*?</w:tc>`),
  )![0];
  out = out.replace(cell, sdt(cell));
  // A run-level control around the first data value of 表四.
  const tables = out.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g)!;
  const reviews = tables[2]!;
  const lastRow = rowsOf(reviews).pop()!;
  const withRun = lastRow.replace(/<w:r><w:t xml:space="preserve">([^<]*)<\/w:t><\/w:r>/, (runXml) => sdt(runXml));
  return out.replace(lastRow, withRun);
}

/** Every row of every table shifted by one grid column (`w:gridBefore`), and a `w:gridAfter` on one. */
export function gridBefore(xml: string): string {
  return xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, (table) =>
    table
      .replace(/<w:tblGrid>/, '<w:tblGrid><w:gridCol w:w="300"/>')
      .replace(/<\/w:tblGrid>/, '<w:gridCol w:w="300"/></w:tblGrid>')
      .replace(/(<w:tr(?:\s[^>]*)?>(?:<w:tblPrEx>[\s\S]*?<\/w:tblPrEx>)?)(<w:trPr>)?/g, (_whole, start: string, trPr?: string) =>
        trPr
          ? `${start}<w:trPr><w:gridBefore w:val="1"/><w:gridAfter w:val="1"/>`
          : `${start}<w:trPr><w:gridBefore w:val="1"/><w:gridAfter w:val="1"/></w:trPr>`,
      ),
  );
}

/** `w:gridSpan` written as the legacy horizontal merge (`w:hMerge` restart + continue cells). */
export function legacyHorizontalMerges(xml: string): string {
  return xml.replace(
    /<w:tc>(<w:tcPr>)((?:(?!<\/w:tcPr>)[\s\S])*?)<w:gridSpan w:val="(\d+)"\/>([\s\S]*?<\/w:tc>)/g,
    (_whole, open: string, before: string, span: string, rest: string) => {
      const continuation = `<w:tc><w:tcPr><w:hMerge/></w:tcPr><w:p/></w:tc>`;
      return `<w:tc>${open}${before}<w:hMerge w:val="restart"/>${rest}${continuation.repeat(Number(span) - 1)}`;
    },
  );
}

/** The whole body inside a one-cell layout table (pages built that way), the tables nested in it. */
export function nestedInLayoutTable(xml: string): string {
  return xml.replace(
    /(<w:body>)([\s\S]*?)(<w:sectPr[\s\S]*<\/w:body>)/,
    (_whole, open: string, body: string, close: string) =>
      `${open}<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="9000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="9000" w:type="dxa"/></w:tcPr>${body}<w:p/></w:tc></w:tr></w:tbl>${close}`,
  );
}
