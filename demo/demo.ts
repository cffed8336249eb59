// The demo page: every element on the bundled sample report and the shared real reports,
// with switches for language and checks, and a JSON editor that renders and checks as you type.
import '../src/index.js';
import { inlineJson, parseReport, reportHtml, type DisclosureCheckEvent, type DisclosureErrorEvent } from '../src/index.js';
import { copyForExcel, downloadXlsx } from './office.js';
import sample from '../test/fixtures/000-yipingyuan-2023.json';
import huaian from '../test/fixtures/001-huaian-city-2024.json';
import hongze from '../test/fixtures/005-hongze-district-2024.json';
import pingtan from '../test/fixtures/012-pingtan-zone-2024.json';
import shuyang from '../test/fixtures/014-shuyang-fgj-2023.json';

const reports: Record<string, unknown> = {
  '一平垣乡人民政府 2023（示例 sample）': sample,
  '淮安市人民政府 2024': huaian,
  '淮安市洪泽区人民政府 2024（（六）单行）': hongze,
  '平潭综合实验区 2024': pingtan,
  '沭阳县发展和改革局 2023（空白列）': shuyang,
};

const tags = {
  report: 'disclosure-report',
  application: 'disclosure-application-table',
  active: 'disclosure-active-table',
  review: 'disclosure-review-table',
} as const;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const picker = $<HTMLSelectElement>('report-picker');
const viewPicker = $<HTMLSelectElement>('view-picker');
const stage = $<HTMLElement>('stage');
const editor = $<HTMLTextAreaElement>('json');
const log = $<HTMLElement>('event-log');
const form = $<HTMLFormElement>('controls');

for (const name of Object.keys(reports)) picker.add(new Option(name, name));

let element: HTMLElement & { report?: unknown; checks?: string };

function mount(): void {
  const tag = tags[viewPicker.value as keyof typeof tags];
  element = document.createElement(tag) as typeof element;
  // The element's own download / copy buttons for Excel, above its tables.
  element.setAttribute('outputs', '');
  stage.replaceChildren(element);
  applySettings();
  renderFromEditor();
}

function applySettings(): void {
  const data = new FormData(form);
  element.setAttribute('lang', String(data.get('lang')));
  element.setAttribute('checks', String(data.get('checks')));
}

function renderFromEditor(): void {
  try {
    element.report = JSON.parse(editor.value);
  } catch {
    // Not JSON yet: show the syntax error through the element's own error panel.
    element.report = undefined;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = editor.value;
    element.replaceChildren(script);
  }
}

function loadPicked(): void {
  editor.value = JSON.stringify(reports[picker.value], null, 2);
  element.replaceChildren();
  renderFromEditor();
}

stage.addEventListener('disclosure-check', (event: DisclosureCheckEvent) => {
  const counts = event.detail.findings.reduce<Record<string, number>>(
    (acc, f) => ((acc[f.severity] = (acc[f.severity] ?? 0) + 1), acc),
    {},
  );
  log.textContent = `disclosure-check: ${event.detail.findings.length} findings ${JSON.stringify(counts)}`;
});
stage.addEventListener('disclosure-error', (event: DisclosureErrorEvent) => {
  log.textContent = `disclosure-error: ${event.detail.errors.length} problems`;
});
picker.addEventListener('change', loadPicked);
viewPicker.addEventListener('change', mount);
form.addEventListener('change', (event) => {
  if (event.target !== picker && event.target !== viewPicker) applySettings();
});
editor.addEventListener('input', () => {
  element.replaceChildren();
  renderFromEditor();
});

// Static HTML of the report in the editor, for a CMS that takes no script.
const staticOut = $<HTMLTextAreaElement>('static-html');
const staticCopy = $<HTMLButtonElement>('static-copy');
$<HTMLButtonElement>('static-make').addEventListener('click', () => {
  let parsed;
  try {
    parsed = parseReport(JSON.parse(editor.value));
  } catch {
    parsed = undefined;
  }
  const lang = new FormData(form).get('lang') === 'en' ? 'en' : 'zh';
  staticOut.value = parsed?.ok ? reportHtml(parsed.report, { lang }) : '';
  staticCopy.disabled = !staticOut.value;
  if (!parsed?.ok) log.textContent = '报告 JSON 有误，见上方错误面板 · The report JSON has errors: see the error panel above';
});
staticCopy.addEventListener('click', async () => {
  await navigator.clipboard.writeText(staticOut.value);
  log.textContent = '已复制静态 HTML · Static HTML copied';
});

// The element with the report as inline JSON, escaped for a page (inlineJson).
$<HTMLButtonElement>('embed-copy').addEventListener('click', async () => {
  let report: unknown;
  try {
    report = JSON.parse(editor.value);
  } catch {
    log.textContent = '报告 JSON 有误 · The report JSON has errors';
    return;
  }
  await navigator.clipboard.writeText(
    `<disclosure-report>\n<script type="application/json">\n${inlineJson(report, 2)}\n</script>\n</disclosure-report>`,
  );
  log.textContent = '已复制嵌入代码 · Embed code copied';
});

// Excel: the tables of the report in the editor as .xlsx, or on the clipboard with their merges.
function editedReport() {
  try {
    const parsed = parseReport(JSON.parse(editor.value));
    if (parsed.ok) return parsed.report;
  } catch {
    // reported below
  }
  log.textContent = '报告 JSON 有误，见上方错误面板 · The report JSON has errors: see the error panel above';
  return undefined;
}
const chosenLang = () => (new FormData(form).get('lang') === 'en' ? 'en' : 'zh');
$<HTMLButtonElement>('excel-download').addEventListener('click', async () => {
  const report = editedReport();
  if (report) await downloadXlsx(report, chosenLang());
});
$<HTMLButtonElement>('excel-copy').addEventListener('click', async () => {
  const report = editedReport();
  if (!report) return;
  await copyForExcel(report, chosenLang());
  log.textContent = '已复制表格，可粘贴到 Excel 或 WPS · Tables copied: paste them into Excel or WPS';
});

// Deep links: ?view=application&report=2&lang=en&checks=silent
const query = new URLSearchParams(location.search);
if (query.get('view') && query.get('view')! in tags) viewPicker.value = query.get('view')!;
const reportIndex = Number(query.get('report'));
if (Number.isInteger(reportIndex) && picker.options[reportIndex]) picker.selectedIndex = reportIndex;
for (const name of ['lang', 'checks']) {
  const input = form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${query.get(name)}"]`);
  if (input) input.checked = true;
}
editor.value = JSON.stringify(reports[picker.value], null, 2);
mount();
