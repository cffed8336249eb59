/**
 * The explanations of what the elements cannot read: the structure check with zod's errors, and why
 * JSON text does not parse. Loaded only when a report is not well-formed or its text is not JSON (the
 * drop-in keeps them in a file of its own; well-formed reports never need them).
 */
export { parseReport } from './parse.js';
export { jsonTextMessage, parseJsonText } from './json-text.js';
