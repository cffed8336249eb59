/**
 * `disclosure-tables/edit`: the editing mode of the elements (`editable`). The elements load it by
 * themselves the first time `editable` is set; importing it up front only saves that request. Its
 * pure parts are exported for tools of their own: reading a typed value, TSV, a blank report.
 */
export { attachEditor, type EditHost, type EditOptions } from './editor.js';
export { attachOutputs, outputsOf, type OutputHost, type OutputOptions } from './output-bar.js';
export { readEntry, type Entry } from './entry.js';
export { parseTsv, toTsv } from './tsv.js';
export { blankReport } from './state.js';
export type { DisclosureEditDetail, DisclosureEditEvent, EditChange, EditSource } from '../internal/events.js';
