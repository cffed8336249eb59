/**
 * Why a PDF cannot be read, naming the cause and what to do instead, and the PDF reader's notes.
 */
import type { Bilingual } from '../../model/text.js';

const bi = (zh: string, en: string): Bilingual => ({ zh, en });

const REMEDY = bi(
  '请在 WPS 或 Word 中打开原文档“另存为 PDF”后再试，或改用报告的 Word 文件、网页，或直接粘贴表格',
  'open the original document in WPS or Word and use “Save as PDF”, or use the report’s Word file or web page, or paste the table',
);

const withRemedy = (zh: string, en: string, remedy: Bilingual = REMEDY): Bilingual => bi(`${zh}；${remedy.zh}`, `${en}; ${remedy.en}`);

export const PDF_FAILURES = {
  notPdf: () => bi('不是 PDF 文件', 'not a PDF file'),
  imageOnly: () =>
    withRemedy(
      '这份 PDF 只有图片（扫描件），没有文字层，无法读取其中的数字',
      'this PDF holds only images (a scan) and no text layer, so its numbers cannot be read',
      bi(
        '请先进行文字识别（OCR），或改用报告的 Word 文件、网页，或直接粘贴表格',
        'run text recognition (OCR) on it first, or use the report’s Word file or web page, or paste the table',
      ),
    ),
  noText: () => withRemedy('这份 PDF 没有可读取的文字', 'this PDF has no text that can be read'),
  unmappedFonts: (sample: string) =>
    withRemedy(
      `这份 PDF 的字体没有 Unicode 映射，提取出的文字是乱码（如「${sample}」），无法可靠读取`,
      `the fonts of this PDF have no Unicode mapping, so its text comes out garbled (e.g. “${sample}”) and cannot be read reliably`,
    ),
  encrypted: () =>
    withRemedy(
      '这份 PDF 已加密，需要密码才能打开',
      'this PDF is encrypted and needs a password to open',
      bi(
        '请用原文档重新“另存为 PDF”（不设密码），或直接粘贴表格',
        'save the original document as PDF again without a password, or paste the table',
      ),
    ),
  damaged: (detail: string) =>
    withRemedy(
      `这份 PDF 已损坏或不完整（可能下载中断）：${detail}`,
      `this PDF is damaged or incomplete (an interrupted download?): ${detail}`,
      bi('请重新下载，或在 WPS 或 Word 中重新“另存为 PDF”', 'download it again, or save it as PDF again from WPS or Word'),
    ),
  truncated: () =>
    withRemedy(
      '这份 PDF 不完整：文件在结束标记（%%EOF）之前就截断了（可能下载中断）',
      'this PDF is incomplete: the file stops before its end marker (%%EOF), e.g. after an interrupted download',
      bi('请重新下载完整的文件', 'download the whole file again'),
    ),
  noTables: (cause: Bilingual) =>
    withRemedy(`无法从这份 PDF 重建报告的表格（${cause.zh}）`, `the report’s tables cannot be rebuilt from this PDF (${cause.en})`),
  unprovable: (where: string) =>
    withRemedy(
      `第 ${where} 页的表格没有框线，按表头位置也无法确定数字所在的列`,
      `the table on page ${where} has no ruling lines, and the positions of its header labels do not prove which column each number is in`,
    ),
  unavailable: (detail: string) =>
    bi(
      `无法加载 PDF 读取器（pdfjs-dist）：${detail}；请安装 pdfjs-dist 5.6.205（npm install pdfjs-dist@5.6.205）`,
      `the PDF reader (pdfjs-dist) could not be loaded: ${detail}; install pdfjs-dist 5.6.205 (npm install pdfjs-dist@5.6.205)`,
    ),
} satisfies Record<string, (...args: never[]) => Bilingual>;

export const PDF_NOTES = {
  borderlessTable: (page: number) =>
    bi(
      `第 ${page} 页的表格没有框线，按表头文字的位置确定各列；请核对`,
      `the table on page ${page} has no ruling lines; its columns were placed by the positions of the header labels — please check`,
    ),
} satisfies Record<string, (...args: never[]) => Bilingual>;

export type PdfWarningKind = keyof typeof PDF_NOTES;
