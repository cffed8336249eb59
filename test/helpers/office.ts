/**
 * The template filler of office-fill.ts, for Node tests: the template is read from its file.
 */
import { readFileSync } from 'node:fs';
import { useTemplate } from './office-fill.js';

useTemplate(new Uint8Array(readFileSync(new URL('../fixtures/office/template-2021-blank.docx', import.meta.url))));

export * from './office-fill.js';
