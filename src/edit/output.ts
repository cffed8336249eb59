/**
 * The outputs of the editing mode, all from the same state: the report JSON (download, copy), the
 * tables as static HTML (copy, for a CMS that takes no script), and the official tables for Excel
 * (download .xlsx, copy for pasting into Excel or WPS). The heavier ones load on demand.
 */
import type { Report } from '../model/schema.js';
import type { TableId } from '../model/tables.js';
import { pick, type Lang } from '../model/text.js';
import { ACTION_TEXT, type OUTPUT_ACTIONS } from './bar.js';
import { EDIT } from './edit-text.js';

type Outputs = typeof import('./outputs/index.js');
let outputs: Promise<Outputs> | undefined;
const loadOutputs = () => (outputs ??= import('./outputs/index.js'));

export type OutputAction = (typeof OUTPUT_ACTIONS)[number];

export const reportJson = (report: Report): string => JSON.stringify(report, null, 2);

/** A file name from the report: 一平垣乡人民政府-2023.json. */
const fileName = (report: Report, extension: string) =>
  `${(report.agency.trim() || 'report').replace(/[\\/:*?"<>|\s]+/g, '_')}-${report.year}.${extension}`;

interface ClipboardText {
  text: string;
  html?: string;
}

/**
 * Writes to the clipboard. The `ClipboardItem` is made at once, inside the click, with promises for
 * its contents (Safari requires that), so content that needs a file loaded first can still be copied.
 */
async function writeClipboard(content: Promise<ClipboardText>, withHtml: boolean): Promise<void> {
  const clipboard = globalThis.navigator?.clipboard;
  if (!clipboard) throw new Error('no clipboard');
  if (withHtml && typeof ClipboardItem !== 'undefined' && clipboard.write) {
    const blob = (type: 'text/plain' | 'text/html') =>
      content.then((value) => new Blob([type === 'text/html' ? (value.html ?? '') : value.text], { type }));
    await clipboard.write([new ClipboardItem({ 'text/plain': blob('text/plain'), 'text/html': blob('text/html') })]);
  } else await clipboard.writeText((await content).text);
}

function download(anchorParent: HTMLElement, data: BlobPart, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const anchor = anchorParent.ownerDocument.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.hidden = true;
  anchorParent.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Runs an output (the tables: those the element shows); resolves to the words of what happened, done or failed. */
export async function runOutput(
  action: OutputAction,
  report: Report,
  { lang, tables, anchorParent }: { lang: Lang; tables: readonly TableId[]; anchorParent: HTMLElement },
): Promise<string> {
  const what = ACTION_TEXT[action];
  try {
    switch (action) {
      case 'download-json': {
        const name = fileName(report, 'json');
        download(anchorParent, reportJson(report), 'application/json', name);
        return pick(EDIT.downloaded(name), lang);
      }
      case 'download-excel': {
        const name = fileName(report, 'xlsx');
        const bytes = (await loadOutputs()).reportToXlsx(report, { lang, tables });
        download(anchorParent, bytes as BlobPart, XLSX, name);
        return pick(EDIT.downloaded(name), lang);
      }
      case 'copy-json':
        await writeClipboard(Promise.resolve({ text: reportJson(report) }), false);
        break;
      case 'copy-html':
        await writeClipboard(
          loadOutputs().then(({ tablesHtml }) => {
            const markup = tablesHtml(report, { lang, tables });
            return { text: markup, html: markup };
          }),
          true,
        );
        break;
      case 'copy-excel':
        await writeClipboard(
          loadOutputs().then(({ tablesForClipboard }) => tablesForClipboard(report, { lang, tables })),
          true,
        );
        break;
    }
    return pick(EDIT.copiedOutput(what), lang);
  } catch (error) {
    console.warn('disclosure-tables:', error);
    return pick(EDIT.outputFailed(what), lang);
  }
}
