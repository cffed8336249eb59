/**
 * Test generator: renders a clean report in the official layout (built by `src/layout`) as HTML
 * or as text copied from a page, with the real-world variants of format.md §7 switched on one by
 * one. Only for tests: the source text it builds is escaped, and nothing here runs in the library.
 */
import type { TableId } from '../../src/model/tables.js';
import { SECTION_TITLES } from '../../src/model/sections.js';
import type { Report } from '../../src/model/schema.js';
import { gridFor } from '../../src/layout/tables.js';
import type { GridCell } from '../../src/layout/grid.js';

/** One cell of a rendered table: a label (plain text) or a value at a contract path. */
export interface ModelCell {
  label?: string;
  path?: string;
  colspan: number;
  rowspan: number;
}
export type TableModel = ModelCell[][];

export type SectionId = keyof typeof SECTION_TITLES;

export interface Variant {
  /** Label text → HTML (already escaped) or text. */
  label?: (label: string, format: 'html' | 'text') => string;
  /** A value → its printed form (HTML: escaped markup). */
  value?: (value: number | null, path: string, format: 'html' | 'text') => string;
  /** Replaces label texts (typos, old labels, half-width punctuation). */
  relabel?: (label: string) => string;
  /** Edits a table's model (drop a row, add a subtotal …). */
  table?: (id: TableId, model: TableModel, part: number) => TableModel;
  splitActive?: boolean;
  flattenReviews?: boolean;
  headings?: Partial<Record<SectionId, string>>;
  /** A whole page: <title>, site chrome, a PubDate meta. */
  page?: { pubDate: string };
  /** Text: 'tab-leading' (every cell on its own line after a tab, like the sample), 'tab-separated' rows, 'space-separated' rows. */
  textStyle?: 'tab-leading' | 'tab-separated' | 'space-separated';
  /** Paragraph HTML around prose text (default <p>…</p>). */
  paragraph?: (html: string) => string;
}

export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function valueAt(report: Report, path: string): number | null {
  const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], report);
  return (value ?? null) as number | null;
}

const modelCell = (cell: GridCell): ModelCell =>
  cell.kind === 'data'
    ? { path: cell.path, colspan: cell.colspan, rowspan: 1 }
    : { label: cell.label.zh, colspan: cell.colspan, rowspan: cell.rowspan };

/** The official layout of a table, one model per printed table (表二 split: four). */
export function tableModels(report: Report, id: TableId, split: boolean): TableModel[] {
  const grid = gridFor(id, report);
  const sections = grid.sections.map((section) => [...section.head, ...section.body].map((row) => row.cells.map(modelCell)));
  return split ? sections : [sections.flat()];
}

/** Grid positions of each row's cells: [row][index] → start column; and which (row, col) are covered from above. */
function positions(model: TableModel): { starts: number[][]; coveredBy: Map<string, ModelCell> } {
  const taken = new Map<string, ModelCell>();
  const starts: number[][] = [];
  model.forEach((row, r) => {
    let col = 0;
    starts.push(
      row.map((cell) => {
        while (taken.has(`${r},${col}`)) col++;
        const start = col;
        for (let dr = 0; dr < cell.rowspan; dr++) for (let dc = 0; dc < cell.colspan; dc++) taken.set(`${r + dr},${start + dc}`, cell);
        col += cell.colspan;
        return start;
      }),
    );
  });
  return { starts, coveredBy: taken };
}

/** 表四 with r2/r3 flattened: cells spanning header rows become one row high, with empty cells below. */
export function flattenHeaderRowspans(model: TableModel, headerRows: number): TableModel {
  const { starts } = positions(model);
  const rows = model.map((row, r) => row.map((cell, i) => ({ cell: { ...cell }, col: starts[r]![i]! })));
  for (let r = 0; r < headerRows; r++) {
    for (const { cell, col } of rows[r]!) {
      if (cell.rowspan <= 1 || r + cell.rowspan > headerRows) continue;
      for (let below = r + 1; below < r + cell.rowspan; below++)
        rows[below]!.push({ cell: { label: '', colspan: cell.colspan, rowspan: 1 }, col });
      cell.rowspan = 1;
    }
  }
  return rows.map((row) => row.sort((a, b) => a.col - b.col).map(({ cell }) => cell));
}

/** Removes a body row (not the first of a group), shortening the groups that span it. */
export function dropRow(model: TableModel, index: number): TableModel {
  return model
    .map((row, r) => (r < index ? row.map((cell) => (r + cell.rowspan > index ? { ...cell, rowspan: cell.rowspan - 1 } : cell)) : row))
    .filter((_, r) => r !== index);
}

/** Inserts a body row after `index`; groups spanning row `index` (or ending there) take it in. */
export function insertRowAfter(model: TableModel, index: number, row: ModelCell[]): TableModel {
  const out = model.map((cells, r) =>
    r <= index
      ? cells.map((cell) => (cell.rowspan > 1 && r + cell.rowspan - 1 >= index ? { ...cell, rowspan: cell.rowspan + 1 } : cell))
      : cells,
  );
  out.splice(index + 1, 0, row);
  return out;
}

/** The index of the model row holding a cell with this path prefix. */
export const rowIndexOf = (model: TableModel, pathPrefix: string) =>
  model.findIndex((row) => row.some((cell) => cell.path?.startsWith(`${pathPrefix}.`)));

const REVIEW_HEADER_ROWS = 3;

function modelsFor(report: Report, id: TableId, variant: Variant): TableModel[] {
  let models = tableModels(report, id, id === 'active' && Boolean(variant.splitActive));
  if (id === 'reviews' && variant.flattenReviews) models = models.map((model) => flattenHeaderRowspans(model, REVIEW_HEADER_ROWS));
  if (variant.table) models = models.map((model, part) => variant.table!(id, model, part));
  return models;
}

const defaultValue = (value: number | null) => (value === null ? '' : String(value));

function labelText(label: string, variant: Variant, format: 'html' | 'text'): string {
  const relabelled = variant.relabel ? variant.relabel(label) : label;
  if (variant.label) return variant.label(relabelled, format);
  return format === 'html' ? escapeHtml(relabelled) : relabelled;
}

function cellContent(report: Report, cell: ModelCell, variant: Variant, format: 'html' | 'text'): string {
  if (cell.path) {
    const value = valueAt(report, cell.path);
    return variant.value ? variant.value(value, cell.path, format) : defaultValue(value);
  }
  return cell.label ? labelText(cell.label, variant, format) : '';
}

const TABLE_SECTION: Record<TableId, SectionId> = { active: 'active', applications: 'applications', reviews: 'reviews' };
const SECTION_ORDER: readonly SectionId[] = ['overview', 'active', 'applications', 'reviews', 'problems', 'other'];

function heading(id: SectionId, variant: Variant): string {
  return variant.headings?.[id] ?? SECTION_TITLES[id].zh;
}

export function renderHtml(report: Report, variant: Variant = {}): string {
  const paragraph = variant.paragraph ?? ((html: string) => `<p>${html}</p>`);
  const parts: string[] = [];
  const title = report.title ?? `${report.agency}${report.year}年政府信息公开工作年度报告`;
  parts.push(`<h1>${escapeHtml(title)}</h1>`);
  for (const id of SECTION_ORDER) {
    parts.push(paragraph(escapeHtml(heading(id, variant))));
    if (id === 'overview' || id === 'problems' || id === 'other') {
      for (const line of (report.sections?.[id] ?? '').split('\n').filter(Boolean)) parts.push(paragraph(escapeHtml(line)));
      continue;
    }
    const table = (Object.keys(TABLE_SECTION) as TableId[]).find((key) => TABLE_SECTION[key] === id)!;
    if (!report[table]) continue;
    for (const model of modelsFor(report, table, variant)) {
      const rows = model.map((row) => {
        const cells = row.map((cell) => {
          const spans = `${cell.colspan > 1 ? ` colspan="${cell.colspan}"` : ''}${cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : ''}`;
          return `<td${spans}>${cellContent(report, cell, variant, 'html')}</td>`;
        });
        return `<tr>${cells.join('')}</tr>`;
      });
      parts.push(`<table border="1" cellspacing="0">\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`);
    }
  }
  const body = parts.join('\n');
  if (!variant.page) return body;
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}_${escapeHtml(report.agency)}</title>`,
    `<meta name="PubDate" content="${escapeHtml(variant.page.pubDate)} 09:30">`,
    '<style>td { padding: 4px }</style><script>window.__fromPage = true;</script>',
    '</head><body><div class="nav"><a href="/">首页</a> &gt; <a href="/xxgk">政府信息公开</a> &gt; 年度报告</div>',
    `<div class="article">${body}</div>`,
    '<div class="footer">主办单位：示例 版权所有</div></body></html>',
  ].join('\n');
}

export function renderText(report: Report, variant: Variant = {}): string {
  const style = variant.textStyle ?? 'tab-leading';
  const lines: string[] = [];
  lines.push(report.title ?? `${report.agency}${report.year}年政府信息公开工作年度报告`);
  for (const id of SECTION_ORDER) {
    lines.push(heading(id, variant));
    if (id === 'overview' || id === 'problems' || id === 'other') {
      lines.push(...(report.sections?.[id] ?? '').split('\n').filter(Boolean));
      continue;
    }
    const table = (Object.keys(TABLE_SECTION) as TableId[]).find((key) => TABLE_SECTION[key] === id)!;
    if (!report[table]) continue;
    for (const model of modelsFor(report, table, variant)) {
      const { starts, coveredBy } = positions(model);
      model.forEach((row, r) => {
        // A cell spanning down from a row above leaves an empty cell where it starts, as browsers copy it.
        const placeholders = new Map<number, string>();
        if (style === 'tab-leading') {
          for (const [key, cell] of coveredBy) {
            const [cr, cc] = key.split(',').map(Number) as [number, number];
            if (cr !== r || row.includes(cell)) continue;
            const origin = model.findIndex((cells) => cells.includes(cell));
            const originCol = starts[origin]![model[origin]!.indexOf(cell)]!;
            if (cc === originCol) placeholders.set(cc, '');
          }
        }
        const cells = [
          ...placeholders.entries(),
          ...row.map((cell, i) => [starts[r]![i]!, cellContent(report, cell, variant, 'text')] as [number, string]),
        ]
          .sort((a, b) => a[0] - b[0])
          .map(([, text]) => text);
        if (style === 'tab-leading') lines.push(...cells.map((text) => `\t${text}`), '');
        else if (style === 'tab-separated') lines.push(cells.join('\t'));
        else lines.push(cells.filter(Boolean).join(' '));
      });
    }
  }
  return lines.join('\n');
}
