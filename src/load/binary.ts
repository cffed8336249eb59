/**
 * Sources that are not plain text: PDF, .docx and .xlsx go to their readers (each loaded only when
 * such a file comes); every other binary format is refused with what to do instead. In the drop-in
 * this module travels with the importer's file, so reading report JSON never loads it.
 */
import { bi } from '../model/text.js';
import { fromImport, problem, type FromBytesOptions, type Loaded, type Readers, type ReportProblem } from './load.js';
import { sniffBytes, type Sniffed } from './sniff.js';
import { pdfReader } from './pdf-reader.js';

/** Why a file of this format cannot be read, and what to do instead. */
export function unsupportedFormat(sniffed: Sniffed, where: string): ReportProblem {
  const say = (zh: string, en: string) => problem(where, 'unsupported-format', bi(`${where}：${zh}`, `${where}: ${en}`));
  switch (sniffed.format) {
    case 'ole':
      if (sniffed.program === 'excel' || sniffed.program === 'et')
        return say(
          '这是旧版 Excel（.xls）或 WPS 表格（.et）文件，无法直接读取；请在 Excel 或 WPS 中另存为 .xlsx 后再试',
          'an old Excel (.xls) or WPS Spreadsheets (.et) file cannot be read; save it as .xlsx in Excel or WPS and try again',
        );
      return say(
        '这是旧版 Word（.doc）或 WPS 文字（.wps）文件，无法直接读取；请在 Word 或 WPS 中另存为 .docx 或 PDF 后再试',
        'an old Word (.doc) or WPS Writer (.wps) file cannot be read; save it as .docx or PDF in Word or WPS and try again',
      );
    case 'rtf':
      return say(
        '这是 RTF 文件，无法直接读取；请另存为 .docx 或 PDF 后再试',
        'an RTF file cannot be read; save it as .docx or PDF and try again',
      );
    case 'image':
      return say(
        '这是图片，其中的表格需要文字识别（OCR）；请改用报告的 Word、PDF 原件或网页，或粘贴表格',
        'this is an image: its tables would need OCR; use the report’s Word or PDF file or web page, or paste the table',
      );
    case 'zip':
      return say(
        '这是压缩文件，但不是 .docx 或 .xlsx；请解压后选择报告文件，或另存为 .docx / .xlsx',
        'a zip file that is neither .docx nor .xlsx; unpack it and pick the report, or save as .docx / .xlsx',
      );
    case 'pdf':
    case 'docx':
    case 'xlsx':
      return say(`此处无法读取 ${sniffed.format.toUpperCase()} 文件`, `${sniffed.format.toUpperCase()} files cannot be read here`);
    default:
      return say(
        '不是文本文件，也不是可以读取的格式（JSON、HTML、文本、PDF、.docx、.xlsx）',
        'not text, nor a format that can be read (JSON, HTML, text, PDF, .docx, .xlsx)',
      );
  }
}

/** Reads, or refuses with advice, the bytes of a source that is not plain text. */
export async function readBinary(bytes: Uint8Array, options: FromBytesOptions, readers: Readers): Promise<Loaded> {
  const sniffed = sniffBytes(bytes);
  if (sniffed.format === 'pdf' || sniffed.format === 'docx' || sniffed.format === 'xlsx') {
    // In the browser the PDF reader comes from here, not from the elements' readers, so that the
    // drop-in file does not grow for it: the one the app registered, or the drop-in's own file.
    const reader = readers[sniffed.format] ?? (sniffed.format === 'pdf' ? pdfReader : undefined);
    if (reader) return fromImport(await (await reader())(bytes, options.import), options.where);
  }
  return { ok: false, problems: [unsupportedFormat(sniffed, options.where)], notes: [] };
}
