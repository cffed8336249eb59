/**
 * The editing mode's outputs that need more code than the editor itself: the static HTML of the
 * tables (for a CMS that takes no script), the Excel workbook and the tables for the clipboard. Loaded
 * the first time one of them is asked for (in the drop-in, a file of its own).
 */
export { tablesHtml } from '../../static/table-html.js';
export { reportToXlsx, tablesForClipboard } from '../../export/index.js';
