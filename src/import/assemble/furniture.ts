/**
 * Page furniture: the lines a saved page prints after the article in the article's own container
 * — the site footer and the article's tools. The signature is looked for before them.
 */
import type { SourceParagraph } from '../source/intermediate.js';

/**
 * An explicit vocabulary, none of it ever in a body's name or a date: copyright, sponsor and
 * organiser, the site's identifier code, ICP and public-security filings, technical support
 * (anywhere in the line: footers run them together), and the links and tools that start a line.
 */
const FURNITURE =
  /版权所有|copyright|©|网站标识码|ICP[备证]|公网安备|技术支持[:：]|^(?:主办单位|主办[:：]|承办单位|承办[:：]|协办单位|联系我们|网站地图|关于我们|返回顶部|打印本页|关闭窗口|[【[](?:打印|关闭)|分享到|扫一扫|相关链接|上一篇|下一篇|责任编辑)/i;

/** Lines looked at, at most: a footer is a few lines (the work stays within the tail of the page). */
const MAX_FURNITURE_LINES = 20;

/** How many lines just before `end` are page furniture. */
export function furnitureBefore(lines: readonly SourceParagraph[], end: number): number {
  let start = end;
  while (start > 0 && end - start < MAX_FURNITURE_LINES && FURNITURE.test(lines[start - 1]!.text)) start--;
  return end - start;
}
