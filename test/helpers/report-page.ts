/**
 * The pages the PDF tests print: a report page as an agency would publish it (title over two lines,
 * the six sections, the library's static tables), with variants, and a page that is only a picture.
 * Pure strings, for Node tests and browser tests alike (the browser ones print through a
 * web-test-runner command, scripts/build-test-deps.mjs).
 */
import type { Report } from '../../src/model/schema.js';
import { tablesHtml } from '../../src/static/table-html.js';

export interface PrintVariant {
  /** Push 表三 down by this many pixels, so that the page break falls inside it. */
  splitApplications?: number;
  /** Draw no table borders at all. */
  borderless?: boolean;
  /** A signature under section 六: the body's name and the date, right-aligned. */
  signature?: { body: string; date: string };
}

const escape = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

/** A whole report page, as an agency would publish it, with the library's own tables. */
export function reportPage(report: Report, variant: PrintVariant = {}): string {
  const sections = report.sections ?? {};
  const prose = (text: string | undefined) =>
    (text ?? '')
      .split('\n')
      .map((line) => `<p>${escape(line)}</p>`)
      .join('');
  const tables = (id: 'active' | 'applications' | 'reviews') => tablesHtml(report, { tables: [id], idPrefix: `${id}-` });
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    body { font: 12px/1.6 "Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Micro Hei", sans-serif; margin: 0; }
    h1 { font-size: 18px; text-align: center; margin: 0 0 12px; }
    h2 { font-size: 14px; margin: 12px 0 6px; }
    p { text-indent: 2em; margin: 0 0 4px; }
    .dt-region { overflow: visible !important; max-width: none !important; display: block !important; }
    table { font-size: 9px; }
    ${variant.borderless ? 'table, th, td, tr, thead, tbody { border: 0 !important; outline: 0 !important; box-shadow: none !important; }' : ''}
  </style></head><body>
    <h1>${escape(report.agency)}<br>${report.year} 年政府信息公开工作年度报告</h1>
    <h2>一、总体情况</h2>${prose(sections.overview ?? '本年度按照要求做好政府信息公开工作。')}
    <h2>二、主动公开政府信息情况</h2>${tables('active')}
    ${variant.splitApplications ? `<div style="height:${variant.splitApplications}px"></div>` : ''}
    <h2>三、收到和处理政府信息公开申请情况</h2>${tables('applications')}
    <h2>四、政府信息公开行政复议、行政诉讼情况</h2>${tables('reviews')}
    <h2>五、存在的主要问题及改进情况</h2>${prose(sections.problems ?? '个别信息更新不够及时，下一步将加强审核。')}
    <h2>六、其他需要报告的事项</h2>${prose(sections.other ?? '本年度未收取信息处理费。')}
    ${variant.signature ? `<p style="text-align:right">${escape(variant.signature.body)}</p><p style="text-align:right">${escape(variant.signature.date)}</p>` : ''}
  </body></html>`;
}

/** A page holding only a picture of text (a scan): a canvas drawn into a PNG. */
export const IMAGE_ONLY_PAGE = `<!doctype html><html><body style="margin:0"><img id="scan" style="width:500px"><script>
  const canvas = document.createElement('canvas'); canvas.width = 500; canvas.height = 300;
  const context = canvas.getContext('2d'); context.fillStyle = '#fff'; context.fillRect(0, 0, 500, 300);
  context.fillStyle = '#000'; context.font = '24px sans-serif'; context.fillText('2024 annual report (scanned)', 20, 60);
  for (let y = 100; y < 300; y += 30) context.fillRect(20, y, 460, 1);
  document.getElementById('scan').src = canvas.toDataURL('image/png');
</script></body></html>`;
