/**
 * The report's own fields as `<disclosure-report editable>` edits them: agency, year, title, date of
 * publication and the prose of 一、五、六. A year or a date that is not one stays in its field, with a
 * message, and is not written.
 */
import type { Bilingual } from '../model/text.js';
import { EDIT } from './edit-text.js';
import type { EditValue, FieldPath } from './state.js';

/** What a field's text means for the report: its value, or why it is not one. */
export function readField(path: FieldPath, text: string): { value: EditValue } | { error: Bilingual } {
  const folded = text.normalize('NFKC').trim();
  switch (path) {
    case 'year':
      return /^\d{4}$/.test(folded) ? { value: Number(folded) } : { error: EDIT.badYear(text) };
    case 'publishedOn':
      return !folded || /^\d{4}-\d{2}-\d{2}$/.test(folded) ? { value: folded || null } : { error: EDIT.badDate(text) };
    case 'agency':
    case 'title':
      return { value: text.trim() };
    default:
      // Prose keeps its own spacing and line breaks.
      return { value: text };
  }
}
