/**
 * In Node, a table's given values are read by a function compiled once per table variant from the
 * table's cells (values.ts): one named property read per row object and per cell, each at a call
 * site of its own, which the engine caches by the objects' shape. The generic reader walks keys
 * held in arrays, and every read there looks its key up afresh: the compiled one reads a report in
 * about half the time. Reviewers check whole provinces in Node, where there is no
 * Content-Security-Policy to forbid `new Function`. Browsers keep the generic reader (a page's policy
 * may forbid compiling code, and one report per element gains nothing): the browser files are built
 * with this module replaced by one whose `readCompiled` reads nothing (scripts/build-config.mjs), and a bundle
 * of the npm files compiles nothing outside Node.
 *
 * The code is made only from the table definitions' own keys, each written as a JSON string
 * literal; nothing of a report is ever compiled.
 */
import type { RowReader } from './values.js';

/** Reads a table's object into its given values, in cell index order (`null` where not a number). */
export type GivenReader = (data: unknown) => (number | null)[];

const inNode = (): boolean => {
  const process = (globalThis as { process?: { versions?: { node?: unknown } } }).process;
  return typeof process?.versions?.node === 'string';
};

const compiled = new WeakMap<object, GivenReader | null>();

/**
 * A table's given values read by the reader compiled for its rows (cells numbered row by row;
 * compiled on the first call), or undefined outside Node or where the engine refuses to compile.
 */
export function readCompiled(reader: { rows: readonly RowReader[] }, data: unknown): (number | null)[] | undefined {
  let read = compiled.get(reader);
  if (read === undefined) compiled.set(reader, (read = inNode() ? (compileReader(reader.rows) ?? null) : null));
  return read?.(data);
}

/** The reader compiled for a table whose rows are `rows`, or undefined where the engine refuses to compile code. */
export function compileReader(rows: readonly RowReader[]): GivenReader | undefined {
  // A row or a step on the way to one that is missing (or not an object) reads as an object
  // without keys, so each of its cells reads as blank — as the generic reader leaves them.
  const steps: string[] = [];
  const cells: string[] = [];
  const locals = new Map<string, string>();
  const nodeOf = (keys: readonly string[]): string => {
    let node = 'data';
    keys.forEach((key, depth) => {
      const path = JSON.stringify(keys.slice(0, depth + 1));
      let local = locals.get(path);
      if (!local) {
        local = `n${locals.size}`;
        locals.set(path, local);
        steps.push(`const ${local} = ${node}?.[${JSON.stringify(key)}] ?? NONE;`);
      }
      node = local;
    });
    return node;
  };
  for (const row of rows) {
    if (!row.columns) {
      const parent = nodeOf(row.keys.slice(0, -1));
      cells.push(`value(${parent}?.[${JSON.stringify(row.keys[row.keys.length - 1])}])`);
    } else {
      const node = nodeOf(row.keys);
      for (const column of row.columns) cells.push(`value(${node}[${JSON.stringify(column)}])`);
    }
  }
  const body = `'use strict';\nreturn (data) => {\n${steps.join('\n')}\nreturn [${cells.join(', ')}];\n};`;
  try {
    const make = new Function('value', 'NONE', body) as (value: (found: unknown) => number | null, none: object) => GivenReader;
    return make((found) => (typeof found === 'number' ? found : null), Object.freeze(Object.create(null) as object));
  } catch {
    return undefined;
  }
}
