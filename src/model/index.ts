export * from './text.js';
export * from './keys.js';
export * from './labels.js';
export * from './schema.js';
export * from './parse.js';
export * from './json-text.js';
