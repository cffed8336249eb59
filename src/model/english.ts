/**
 * Brings the English catalogue with a module that produces English of its own accord (checkReport,
 * the static export, the importer, the command line): importing this makes `lang: 'en'` work at once.
 * The elements do not import it; they load the catalogue for an English page only.
 */
import { EN } from './text-en.js';
import { useEnglish } from './text.js';

useEnglish(EN);
