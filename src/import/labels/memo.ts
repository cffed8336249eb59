/**
 * Readings kept for the duration of one import: a page's cells are read by several stages (which
 * table, which rows, the numbers) and its labels repeat, and each reading here is a pure function of
 * its text. Outside an import nothing is kept, so a long-running process holds no page's text.
 */
let active: Map<object, Map<string, unknown>> | undefined;

/** Runs `work` (one import's mapping) with the readings of each distinct text kept until it ends. */
export function withImportMemo<T>(work: () => T): T {
  if (active) return work();
  active = new Map();
  try {
    return work();
  } finally {
    active = undefined;
  }
}

/** The readings kept for `owner` (a function, a vocabulary) during this import; none outside one. */
export function memoFor<V>(owner: object): Map<string, V> | undefined {
  if (!active) return undefined;
  let memo = active.get(owner);
  if (!memo) active.set(owner, (memo = new Map()));
  return memo as Map<string, V>;
}
