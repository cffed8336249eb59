import './english.js';
export * from './text.js';
export * from './tables.js';
export * from './cells.js';
export * from './sections.js';
export * from './ui-text.js';
export * from './schema.js';
export * from './parse.js';
export * from './json-text.js';
