/**
 * Drafts in the browser (`draft-key`): every change of an editable element is saved to localStorage
 * under its key, with the time; on load the element offers an unsaved draft back. A draft is read
 * like any report (the structure check), so a damaged one is dropped, never shown half-read.
 */
import { checkStructure } from '../model/structure.js';
import type { Report } from '../model/schema.js';
import type { EditState } from './state.js';

const PREFIX = 'disclosure-tables:draft:';

export interface Draft {
  savedAt: number;
  state: EditState;
}

/** The structure check, for a report whose agency is not filled in yet (a new report). */
export function checkEdited(input: unknown): Report | undefined {
  const agency = (input as { agency?: unknown } | null)?.agency;
  if (agency !== '') return checkStructure(input);
  const report = checkStructure({ ...(input as object), agency: '-' });
  return report && { ...report, agency: '' };
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Storage blocked (a sandboxed frame, privacy settings): drafts are off.
    return undefined;
  }
}

export function saveDraft(key: string, state: EditState, now = Date.now()): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify({ savedAt: now, report: state.report, entries: [...state.entries] }));
  } catch {
    // Full or blocked: the edit itself is unaffected.
  }
}

/** The draft saved under a key: undefined when there is none, null when it cannot be read. */
export function readDraft(key: string): Draft | null | undefined {
  const text = storage()?.getItem(PREFIX + key);
  if (text === null || text === undefined) return undefined;
  try {
    const data = JSON.parse(text) as { savedAt?: unknown; report?: unknown; entries?: unknown };
    const report = checkEdited(data.report);
    const entries = Array.isArray(data.entries) ? data.entries : [];
    if (!report || typeof data.savedAt !== 'number') return null;
    const valid = entries.filter(
      (item): item is [string, string] => Array.isArray(item) && typeof item[0] === 'string' && typeof item[1] === 'string',
    );
    return { savedAt: data.savedAt, state: { report, entries: new Map(valid) } };
  } catch {
    return null;
  }
}

export function removeDraft(key: string): void {
  try {
    storage()?.removeItem(PREFIX + key);
  } catch {
    // Nothing to do.
  }
}

/** A local time as 2024-05-01 10:22 (no Intl: its first use is slow). */
export function timeText(time: number): string {
  const date = new Date(time);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}
