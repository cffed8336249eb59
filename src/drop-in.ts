/**
 * The drop-in file `dist/disclosure-tables.js`: one self-contained module that a CMS page loads with
 * `<script type="module" src="…/disclosure-tables.js">`. Loading it defines all four elements;
 * loading it twice, or beside another copy of the library, keeps the first definitions.
 * Nothing else belongs here: the importer (`disclosure-tables/import`) stays out of this file.
 * First of all, whatever ids the page holds must not stop lit from loading (unclobber.ts).
 */
import './internal/unclobber.js';
export { DisclosureApplicationTable } from './application-table/define.js';
export { DisclosureActiveTable } from './active-table/define.js';
export { DisclosureReviewTable } from './review-table/define.js';
export { DisclosureReport } from './report/define.js';
