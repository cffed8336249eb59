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

/**
 * `read(key)`, kept for `owner` (a function, a vocabulary) during this import, so each distinct key is
 * read once; outside an import, read every time. The value must not be changed by its users.
 */
export function remembered<V extends object | string>(owner: object, key: string, read: (key: string) => V): V {
  if (!active) return read(key);
  let memo = active.get(owner) as Map<string, V> | undefined;
  if (!memo) active.set(owner, (memo = new Map()));
  const known = memo.get(key);
  if (known !== undefined) return known;
  const value = read(key);
  memo.set(key, value);
  return value;
}
