// The demos' Excel controls: download the tables as .xlsx, or copy them (HTML + TSV) so that a
// paste into Excel or WPS keeps the merged headers. The export code loads only when used.
import type { Lang } from '../src/model/text.js';
import type { Report } from '../src/model/schema.js';

/** Saves the report's tables as an .xlsx file named after the report. */
export async function downloadXlsx(report: Report, lang: Lang): Promise<void> {
  const { reportToXlsx } = await import('../src/export/xlsx.js');
  const blob = new Blob([reportToXlsx(report, { lang }) as BlobPart], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${report.agency}-${report.year}.xlsx`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** Puts the tables on the clipboard as HTML (merged cells) and as tab-separated text. */
export async function copyForExcel(report: Report, lang: Lang): Promise<void> {
  const { tablesForClipboard } = await import('../src/export/clipboard.js');
  const { html, text } = tablesForClipboard(report, { lang });
  await navigator.clipboard.write([
    new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) }),
  ]);
}
