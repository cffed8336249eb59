/**
 * The structure check with its explanations (zod), for the elements: loaded only when a report is not
 * well-formed (the drop-in keeps it in a file of its own; well-formed reports never need it).
 */
export { parseReport } from './parse.js';
