// The import demo: paste a published report (HTML or copied text), or drop or choose its file (a
// PDF, the report's .docx or a workbook of its tables, .xlsx), see its report JSON and the importer's
// warnings. Everything from the source is shown with textContent, never as markup.
// The imported report is rendered and checked by <disclosure-report> in `#rendered`.
import '../src/report/define.js';
import { decodeSource, importReport, type ImportOptions, type ImportResult } from '../src/import/index.js';
import { tablesHtml } from '../src/static/table-html.js';
import { browserReaders } from '../src/load/browser.js';
import { fromBytes } from '../src/load/load.js';
import { sniffBytes } from '../src/load/sniff.js';
import type { Report } from '../src/model/schema.js';
import { copyForExcel, downloadXlsx } from './office.js';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const form = byId<HTMLFormElement>('import-form');
const source = byId<HTMLTextAreaElement>('source');
const sample = byId<HTMLSelectElement>('sample');
const file = byId<HTMLInputElement>('file');
const status = byId<HTMLParagraphElement>('status');
const warningList = byId<HTMLOListElement>('warnings');
const warningCount = byId<HTMLSpanElement>('warning-count');
const json = byId<HTMLPreElement>('json');
const staticHtml = byId<HTMLPreElement>('static-html');
const rendered = byId<HTMLDivElement>('rendered');
const report = document.createElement('disclosure-report');
report.setAttribute('heading-level', '3');
rendered.replaceChildren(report);

function options(): ImportOptions {
  const value = (id: string) => byId<HTMLInputElement>(id).value.trim();
  const result: ImportOptions = {};
  if (value('agency')) result.agency = value('agency');
  if (value('year')) result.year = Number(value('year'));
  if (value('title')) result.title = value('title');
  if (value('publishedOn')) result.publishedOn = value('publishedOn');
  if (byId<HTMLInputElement>('partial').checked) result.partial = true;
  return result;
}

let current: Report | undefined;

function show(result: ImportResult): void {
  current = result.ok ? result.report : undefined;
  byId<HTMLButtonElement>('excel-download').disabled = !current;
  byId<HTMLButtonElement>('excel-copy').disabled = !current;
  status.dataset.ok = String(result.ok);
  status.textContent = result.ok ? '导入成功 · Imported' : `导入失败：${result.error.zh} · ${result.error.en}`;
  json.textContent = result.ok ? JSON.stringify(result.report, null, 2) : '';
  staticHtml.textContent = result.ok ? tablesHtml(result.report) : '';
  report.report = result.ok ? result.report : undefined;
  rendered.hidden = !result.ok;
  warningCount.textContent = `(${result.warnings.length})`;
  warningList.replaceChildren(
    ...result.warnings.map((warning) => {
      const item = document.createElement('li');
      const message = document.createElement('div');
      message.textContent = `${warning.message.zh} · ${warning.message.en}`;
      const where = document.createElement('div');
      where.className = 'where';
      const parts = [warning.line !== undefined ? `行 line ${warning.line}` : '', warning.path ?? ''].filter(Boolean);
      where.textContent = parts.join(' · ');
      if (warning.source) {
        const quote = document.createElement('q');
        quote.textContent = warning.source;
        where.append(parts.length ? ' · ' : '', quote);
      }
      item.append(message, where);
      return item;
    }),
  );
}

function run(): void {
  show(importReport(source.value, options()));
}

// Re-import as the source is edited (debounced: a whole page takes tens of milliseconds).
let pending: ReturnType<typeof setTimeout> | undefined;
source.addEventListener('input', () => {
  clearTimeout(pending);
  pending = setTimeout(run, 250);
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  run();
});

sample.addEventListener('change', async () => {
  if (!sample.value) return;
  const response = await fetch(new URL(`../test/fixtures/${sample.value}`, import.meta.url));
  source.value = response.ok ? await response.text() : '';
  // The copied text and the editor's article body name no agency: the page around them did.
  byId<HTMLInputElement>('agency').value =
    { '000-yipingyuan-2023.source.txt': '一平垣乡人民政府', '012-pingtan-zone-2024.source.html': '平潭综合实验区' }[sample.value] ?? '';
  run();
});

/** A chosen or dropped file: PDF, Word, Excel (or an old binary format, refused) go to the loader, which loads their reader only now; anything else is text. */
async function readFile(chosen: File): Promise<void> {
  const bytes = new Uint8Array(await chosen.arrayBuffer());
  const format = sniffBytes(bytes).format;
  if (format !== 'text') {
    status.dataset.ok = '';
    status.textContent = `正在读取… · Reading… (${chosen.name})`;
    source.value = '';
    // The demo runs from source: the PDF reader registers itself when imported.
    if (format === 'pdf') await import('../src/import/pdf/browser.js');
    const loaded = await fromBytes(bytes, { where: chosen.name, text: 'report', import: options() }, browserReaders);
    const warnings = [...loaded.notes];
    show(loaded.ok ? { ok: true, report: loaded.report, warnings } : { ok: false, error: loaded.problems[0]!.message, warnings });
    return;
  }
  // A page saved from a GBK site stays readable (File.text() would assume UTF-8).
  const decoded = decodeSource(bytes);
  source.value = decoded.text;
  run();
  if (decoded.note) status.textContent = `${decoded.note.zh} / ${decoded.note.en}. ${status.textContent ?? ''}`;
}

file.addEventListener('change', () => {
  const chosen = file.files?.[0];
  if (chosen) void readFile(chosen);
});

form.addEventListener('dragover', (event) => event.preventDefault());
form.addEventListener('drop', (event) => {
  const dropped = event.dataTransfer?.files[0];
  if (!dropped) return;
  event.preventDefault();
  void readFile(dropped);
});

byId<HTMLButtonElement>('excel-download').addEventListener('click', () => current && downloadXlsx(current, 'zh'));
byId<HTMLButtonElement>('excel-copy').addEventListener('click', async () => {
  if (!current) return;
  await copyForExcel(current, 'zh');
  status.textContent = '已复制表格，可粘贴到 Excel 或 WPS · Tables copied: paste them into Excel or WPS';
});
