/**
 * Exports of the official tables for spreadsheets: an .xlsx workbook in the official merged layout,
 * and TSV + HTML for the clipboard. Pure functions (no DOM, no Node built-ins).
 */
import '../model/english.js';
export { reportToXlsx, type XlsxOptions } from './xlsx.js';
export { tablesForClipboard, type ClipboardOptions, type ClipboardTables } from './clipboard.js';
