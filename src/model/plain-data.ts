/**
 * A report given as a JavaScript value (a page's `report` property, a CMS back end's object) is read
 * as the JSON it stands for: plain objects through their own enumerable data properties only. An
 * inherited key, a getter, a Map, a Date, a class instance or a revoked Proxy is never read as data:
 * each becomes a structural problem at its path, and nothing it holds reaches the report.
 */

import { hasPlainPrototype } from './structure.js';

/** Where a value that is not plain data stands, and what it is. */
interface NotPlain {
  path: readonly (string | number)[];
  what: { zh: string; en: string };
}

/** Stands for a value that is not plain data in the copy (zod reports it as of the wrong type). */
const NOT_PLAIN: unique symbol = Symbol('not plain data');

const UNREADABLE = { zh: '无法读取的对象（如已撤销的 Proxy）', en: 'an unreadable object (such as a revoked Proxy)' };
const ACCESSOR = { zh: '取值函数（getter），不是数据', en: 'a getter, not data' };

function kindOf(proto: object): { zh: string; en: string } {
  let name = '';
  try {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'constructor');
    const constructor: unknown = descriptor && 'value' in descriptor ? descriptor.value : undefined;
    if (typeof constructor === 'function' && typeof constructor.name === 'string') name = constructor.name.slice(0, 40);
  } catch {
    // An exotic prototype: no name.
  }
  return name
    ? { zh: `${name} 类的对象，不是普通对象`, en: `an object of class ${name}, not a plain object` }
    : { zh: '非普通对象', en: 'an object that is not a plain object' };
}

/**
 * A copy of `input` as plain data, and where it is not plain data. Never throws, never calls a
 * getter, and reads each property once (a Proxy cannot answer differently the second time).
 */
export function plainData(input: unknown): { value: unknown; problems: NotPlain[] } {
  const problems: NotPlain[] = [];
  const path: (string | number)[] = [];
  const copy = (value: unknown, depth: number): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    try {
      if (Array.isArray(value)) return [];
      if (!hasPlainPrototype(value)) {
        problems.push({ path: [...path], what: kindOf(Object.getPrototypeOf(value) as object) });
        return NOT_PLAIN;
      }
      // The report is a few levels deep: anything deeper is not a report, and zod says so.
      if (depth > 8) return {};
      const out: Record<string, unknown> = {};
      for (const key of Reflect.ownKeys(value)) {
        if (typeof key !== 'string') continue;
        const descriptor = Object.getOwnPropertyDescriptor(value, key);
        if (!descriptor?.enumerable) continue;
        path.push(key);
        let item: unknown;
        if ('value' in descriptor) item = copy(descriptor.value, depth + 1);
        else {
          problems.push({ path: [...path], what: ACCESSOR });
          item = NOT_PLAIN;
        }
        path.pop();
        // Defined, not assigned: a key named __proto__ stays a key (and zod calls it unknown).
        Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
      }
      return out;
    } catch {
      problems.push({ path: [...path], what: UNREADABLE });
      return NOT_PLAIN;
    }
  };
  return { value: copy(input, 0), problems };
}
