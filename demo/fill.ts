// The filling demo: an editable <disclosure-report> in a form, as a CMS would host it. A blank report
// to start with (or the sample), the live findings in the element's own summary, its outputs (JSON,
// static HTML, Excel) in its bar, and what the form submits.
import '../src/index.js';
import type { DisclosureEditEvent, DisclosureReport } from '../src/index.js';
import sample from '../test/fixtures/000-yipingyuan-2023.json';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const element = document.querySelector<DisclosureReport>('disclosure-report')!;
const form = $<HTMLFormElement>('cms-form');
const log = $<HTMLParagraphElement>('event-log');
const submitted = $<HTMLTextAreaElement>('submitted');

$<HTMLButtonElement>('load-sample').addEventListener('click', () => {
  element.report = structuredClone(sample);
});
$<HTMLButtonElement>('new-report').addEventListener('click', () => {
  // No data: the editing mode starts a blank report of the current format.
  element.report = undefined;
});
$<HTMLFormElement>('fill-controls').addEventListener('change', (event) => {
  const target = event.target as HTMLInputElement;
  if (target.name === 'lang') element.setAttribute('lang', target.value);
  if (target.id === 'validate') element.validate = target.checked;
});

element.addEventListener('disclosure-edit', (event: DisclosureEditEvent) => {
  const { changes, source, invalid } = event.detail;
  const first = changes[0];
  log.textContent =
    `disclosure-edit (${source}): ${changes.length} ${changes.length === 1 ? 'change' : 'changes'}` +
    (first ? `, e.g. ${first.path}: ${JSON.stringify(first.from)} → ${JSON.stringify(first.to)}` : '') +
    (invalid.length ? `; ${invalid.length} cell(s) hold text that is not a value` : '');
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  // What the server receives: the field named "report" holds the report JSON.
  submitted.value = JSON.stringify(JSON.parse(String(new FormData(form).get('report'))), null, 2);
  log.textContent = '已提交（演示：未发送） · Submitted (demo: nothing was sent)';
});
form.addEventListener(
  'invalid',
  () => (log.textContent = `未提交：${element.validationMessage} · Not submitted: the report has errors`),
  true,
);
