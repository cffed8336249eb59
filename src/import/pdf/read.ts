/**
 * PDF bytes → report JSON, with pdf.js passed in (Node and the browser load it differently): each
 * page's text items and ruling lines, the tables rebuilt from them, then the label-driven mapping.
 * Refuses, naming the cause and the remedy, what it cannot read: a scan, garbled fonts, an
 * encrypted, damaged or truncated file, a table it cannot rebuild. Never throws.
 */
import { mapDocument } from '../assemble/map.js';
import type { ImportOptions, ImportResult, ImportWarning } from '../types.js';
import type { Bilingual } from '../../model/text.js';
import { rulesOf, type Matrix, type OperatorCodes, type OperatorList } from './geometry.js';
import { layoutDocument, type PageContent } from './document.js';
import { fragmentOf, type Fragment, type TextItem } from './text.js';
import { PDF_FAILURES, PDF_NOTES } from './messages.js';

/** The parts of pdf.js this reader uses (pdfjs-dist 5.6). */
export interface Pdfjs {
  getDocument(options: Record<string, unknown>): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
  OPS: Record<string, number>;
}

interface PdfDocument {
  numPages: number;
  getPage(number: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}

interface PdfPage {
  getViewport(options: { scale: number }): { width: number; height: number; transform: number[] };
  getTextContent(): Promise<{ items: unknown[] }>;
  getOperatorList(): Promise<OperatorList>;
  cleanup(): void;
}

export interface PdfEnvironment {
  pdfjs: Pdfjs;
  /** Extra `getDocument` options: where the CMaps and standard fonts are (local paths or same-site URLs). */
  documentOptions: Record<string, unknown>;
}

const failed = (error: Bilingual, warnings: ImportWarning[] = []): ImportResult => ({ ok: false, error, warnings });

/** A well-formed PDF ends with %%EOF (allowing trailing junk); a truncated download does not. */
function isTruncated(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 2048)));
  return !tail.includes('%%EOF');
}

const IMAGE_OPS = [
  'paintImageXObject',
  'paintInlineImageXObject',
  'paintImageMaskXObject',
  'paintImageXObjectRepeat',
  'paintInlineImageXObjectGroup',
  'paintImageMaskXObjectGroup',
  'paintSolidColorImageMask',
];

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;
// U+FFFD, C0 controls and the private use area: what pdf.js gives for glyphs without a Unicode mapping.
const UNMAPPED = /[\ufffd\u0000-\u0008\u000e-\u001f\ue000-\uf8ff]/u;

/** Whether the text layer reads as text: Chinese characters, few unmappable glyphs. */
function garbled(fragments: readonly Fragment[]): string | undefined {
  const chars = Array.from(
    fragments
      .map((fragment) => fragment.text)
      .join('')
      .replace(/\s+/g, ''),
  );
  if (!chars.length) return undefined;
  const unmapped = chars.filter((char) => UNMAPPED.test(char)).length;
  const chinese = chars.filter((char) => CJK.test(char)).length;
  if (unmapped / chars.length <= 0.02 && chinese / chars.length >= 0.2) return undefined;
  const sample = fragments
    .map((fragment) => fragment.text.trim())
    .find((text) => text.length >= 3)
    ?.slice(0, 12)
    .replace(/[\u0000-\u001f]/g, '�');
  return sample ?? chars.slice(0, 12).join('');
}

const errorName = (error: unknown) =>
  error && typeof error === 'object' && 'name' in error ? String((error as { name: unknown }).name) : '';
const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function readPages(
  doc: PdfDocument,
  ops: OperatorCodes,
  imageOps: ReadonlySet<number>,
): Promise<{ pages: PageContent[]; images: number }> {
  const pages: PageContent[] = [];
  let images = 0;
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number);
    const viewport = page.getViewport({ scale: 1 });
    const base = viewport.transform as unknown as Matrix;
    const content = await page.getTextContent();
    const list = await page.getOperatorList();
    images += list.fnArray.filter((fn) => imageOps.has(fn)).length;
    const fragments = content.items.flatMap((item) =>
      item && typeof item === 'object' && 'str' in item ? (fragmentOf(item as TextItem, base) ?? []) : [],
    );
    pages.push({ number, width: viewport.width, height: viewport.height, rules: rulesOf(list, ops, base), fragments });
    page.cleanup();
  }
  return { pages, images };
}

/** Imports a report from the bytes of a PDF. Never throws. */
export async function readPdf(
  input: ArrayBuffer | Uint8Array,
  environment: PdfEnvironment,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (!new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-')) return failed(PDF_FAILURES.notPdf());
  if (isTruncated(bytes)) return failed(PDF_FAILURES.truncated());
  const { pdfjs, documentOptions } = environment;
  let task: ReturnType<Pdfjs['getDocument']> | undefined;
  let doc: PdfDocument;
  try {
    // pdf.js takes the buffer over (a copy, so the caller's bytes stay as they are; never a Node Buffer).
    task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0, ...documentOptions });
    doc = await task.promise;
  } catch (error) {
    await task?.destroy().catch(() => undefined);
    if (errorName(error) === 'PasswordException') return failed(PDF_FAILURES.encrypted());
    return failed(PDF_FAILURES.damaged(errorMessage(error)));
  }
  try {
    const ops = pdfjs.OPS as unknown as OperatorCodes;
    const imageOps = new Set(IMAGE_OPS.map((name) => pdfjs.OPS[name]).filter((code): code is number => code !== undefined));
    let read: Awaited<ReturnType<typeof readPages>>;
    try {
      read = await readPages(doc, ops, imageOps);
    } catch (error) {
      return failed(PDF_FAILURES.damaged(errorMessage(error)));
    }
    const fragments = read.pages.flatMap((page) => page.fragments);
    const textLength = fragments.reduce((sum, fragment) => sum + fragment.text.trim().length, 0);
    if (textLength < 20) return failed(read.images ? PDF_FAILURES.imageOnly() : PDF_FAILURES.noText());
    const sample = garbled(fragments);
    if (sample !== undefined) return failed(PDF_FAILURES.unmappedFonts(sample));

    const layout = layoutDocument(read.pages);
    if (layout.unprovable) return failed(PDF_FAILURES.unprovable(String(layout.unprovable.page)));
    const result = mapDocument(layout.doc, options);
    const onPage = (warning: ImportWarning): ImportWarning => {
      const { line, ...rest } = warning;
      const place = line !== undefined ? layout.places[line - 1] : undefined;
      return place ? { ...rest, page: place.page } : rest;
    };
    const notes: ImportWarning[] = layout.borderless.map(({ page }) => ({
      kind: 'borderlessTable',
      message: PDF_NOTES.borderlessTable(page),
      source: '',
      page,
    }));
    const warnings = [...notes, ...result.warnings.map(onPage)];
    if (!result.ok) {
      const cause = result.error;
      return failed(layout.ruled || layout.borderless.length ? cause : PDF_FAILURES.noTables(cause), warnings);
    }
    return { ok: true, report: result.report, warnings };
  } catch (error) {
    return failed({ zh: `读取 PDF 时出错：${errorMessage(error)}`, en: `reading the PDF failed: ${errorMessage(error)}` });
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
