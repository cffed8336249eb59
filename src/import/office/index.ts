/**
 * The Office importer: a report's own Word file (.docx) or a workbook of its tables (.xlsx) → report
 * JSON, through the same label-driven mapping as HTML, in Node and in the browser alike (no DOM,
 * no Node built-ins). In the drop-in build this is a file of its own, loaded only when such a file
 * comes. Never throws: a file that cannot be read gives `ok: false` with a message saying why.
 */
import { mapDocument } from '../assemble/map.js';
import type { SourceDocument } from '../source/intermediate.js';
import type { ImportOptions, ImportResult } from '../types.js';
import { bi, type Bilingual } from '../../model/text.js';
import { readDocument } from './docx.js';
import { readWorkbook } from './xlsx.js';
import { OfficeError, mainPart, openPackage } from './zip.js';

export { OfficeError } from './zip.js';

const fail = (error: Bilingual): ImportResult => ({ ok: false, error, warnings: [] });
/** Only XML parts are unpacked; images and embedded files never are. */
const xmlPart = (name: string) => /\.(xml|rels)$/i.test(name);

function run(bytes: Uint8Array, read: () => SourceDocument, noTables: Bilingual, options: ImportOptions): ImportResult {
  try {
    if (!(bytes instanceof Uint8Array) || bytes.length === 0) return fail(bi('文件为空', 'the file is empty'));
    const doc = read();
    if (!doc.blocks.some((block) => block.kind === 'table')) return fail(noTables);
    return mapDocument(doc, options);
  } catch (error) {
    if (error instanceof OfficeError) return fail(error.text);
    const detail = error instanceof Error ? error.message : String(error);
    return fail(bi(`导入失败：${detail}`, `import failed: ${detail}`));
  }
}

/** Imports a report from the bytes of its Word file (.docx). */
export async function importDocx(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  return run(
    bytes,
    () => {
      const pkg = openPackage(bytes, xmlPart);
      const path = mainPart(pkg, 'word/document.xml');
      const document = pkg.xml(path);
      if (!document)
        throw new OfficeError(
          bi('这不是 Word 文档：文件中没有正文（word/document.xml）', 'not a Word document: the file has no body (word/document.xml)'),
        );
      return readDocument(document);
    },
    bi(
      '此 Word 文件中没有表格：年度报告的表二、表三、表四应是 Word 表格（若表格是图片，请改用原始文件）',
      'this Word file has no tables: the report’s tables 2–4 should be Word tables (if they are pictures, use the original file)',
    ),
    options,
  );
}

/** Imports a report from the bytes of a workbook of its tables (.xlsx): one sheet or one sheet per table. */
export async function importXlsx(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  return run(
    bytes,
    () => {
      const pkg = openPackage(bytes, xmlPart);
      const path = mainPart(pkg, 'xl/workbook.xml');
      if (!pkg.xml(path))
        throw new OfficeError(
          bi('这不是 Excel 工作簿：文件中没有 xl/workbook.xml', 'not an Excel workbook: the file has no xl/workbook.xml'),
        );
      return readWorkbook(pkg, path);
    },
    bi('此工作簿中没有表格：各工作表都是空的', 'this workbook has no tables: every sheet is empty'),
    options,
  );
}
