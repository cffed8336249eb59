/**
 * The structure check's fast path, without zod. A well-formed report is the common case (a CMS page,
 * a folder of reports), and zod's general machinery costs several times what the check itself does —
 * and a third of the drop-in file. This walks a plan compiled from the zod schema itself
 * (structure-plan.generated.ts, written by `npm run schema`; a test fails when it is stale), so the
 * schema stays the one source of truth, and returns exactly what zod returns for a well-formed input
 * (blank cells `null`, keys in schema order). At the first thing it does not accept it gives up, and
 * `parseReport` asks zod, which explains every error. A property test holds the two to the same answers.
 */
import { REPORT_PLAN } from './structure-plan.generated.js';
import type { Report } from './schema.js';
import { SECTION_KEYS } from './sections.js';
import { TAKE_JSON_AS_IS } from './json-as-is.js';

/** A plan as written to the generated file: plain data. */
export type PlanData =
  /** A cell: any number (non-finite ones are the checker's `cell.invalid`) or null; absent is null. */
  | { kind: 'cell' }
  | { kind: 'object'; keys: readonly string[]; plans: readonly PlanData[] }
  /** An object of cells only (a row): the common case, read in one loop. */
  | { kind: 'cells'; keys: readonly string[] }
  /** An object that may be absent: then it is parsed as `{}`. */
  | { kind: 'blankable'; inner: PlanData }
  | { kind: 'optional'; inner: PlanData }
  | { kind: 'union'; options: readonly PlanData[] }
  /** Text: a string matching every pattern its schema checks (a non-empty agency, an ISO date). */
  | { kind: 'string'; patterns: readonly (readonly [source: string, flags: string])[] }
  | { kind: 'literal'; values: readonly (string | number | boolean | null)[] }
  /** An integer in the safe range (the year). */
  | { kind: 'int' }
  /** Something the fast path does not know: zod decides. */
  | { kind: 'zod' };

type Plan =
  | { kind: 'cell' }
  | { kind: 'object'; keys: readonly string[]; plans: readonly Plan[]; positions: ReadonlyMap<string, number> }
  | { kind: 'cells'; keys: readonly string[]; positions: ReadonlyMap<string, number> }
  | { kind: 'blankable'; inner: Plan }
  | { kind: 'optional'; inner: Plan }
  | { kind: 'union'; options: readonly Plan[] }
  | { kind: 'string'; patterns: readonly RegExp[] }
  | { kind: 'literal'; values: readonly unknown[] }
  | { kind: 'int' }
  | { kind: 'zod' };

/** Why the fast path gives up. */
const REJECT: unique symbol = Symbol('reject');
const ABSENT: unique symbol = Symbol('absent');

/** The value of an own data property; REJECT for a getter (never called: parseReport names it). */
function dataOf(object: object, key: string): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(object, key);
  return descriptor && 'value' in descriptor ? descriptor.value : REJECT;
}

function prepare(data: PlanData): Plan {
  switch (data.kind) {
    case 'object':
      return { ...data, plans: data.plans.map(prepare), positions: new Map(data.keys.map((key, index) => [key, index])) };
    case 'cells':
      return { ...data, positions: new Map(data.keys.map((key, index) => [key, index])) };
    case 'blankable':
    case 'optional':
      return { kind: data.kind, inner: prepare(data.inner) };
    case 'union':
      return { kind: 'union', options: data.options.map(prepare) };
    case 'string':
      return { kind: 'string', patterns: data.patterns.map(([source, flags]) => new RegExp(source, flags)) };
    default:
      return data;
  }
}

/**
 * A plain object: its prototype is null or an `Object.prototype` — this realm's or another's (an
 * object made in an iframe or another window), which is a prototype without one of its own.
 */
export const hasPlainPrototype = (value: object): boolean => {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype || (typeof proto === 'object' && Object.getPrototypeOf(proto) === null);
};

/** Only plain data objects, read through their own enumerable keys. */
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && hasPlainPrototype(value);

/**
 * How values are read. From an object of unknown origin only plain objects' own data properties
 * (a getter is never called); from what JSON.parse returned, which is plain data by construction,
 * directly — the reads the careful way costs (a descriptor per property) are then not needed.
 */
interface Reader {
  isObject: (value: unknown) => value is Record<string, unknown>;
  read: (object: Record<string, unknown>, key: string) => unknown;
  /** A row of the input may be the parsed row itself (JSON.parse's fresh objects, handed over). */
  whole: boolean;
}

const CAREFUL: Reader = { isObject: isPlainObject, read: dataOf, whole: false };
const FROM_JSON: Reader = {
  isObject: (value): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value),
  read: (object, key) => object[key],
  whole: true,
};

function run(plan: Plan, value: unknown, reader: Reader): unknown {
  switch (plan.kind) {
    case 'cell':
      if (value === undefined || value === null) return null;
      return typeof value === 'number' ? value : REJECT;
    case 'cells':
    case 'object': {
      if (!reader.isObject(value)) return REJECT;
      if (TAKE_JSON_AS_IS && reader.whole) {
        const same = sameObject(plan, value);
        if (same !== undefined) return same;
      }
      if (plan.kind === 'object') return builtObject(plan, value, reader);
      const { keys } = plan;
      const out: Record<string, number | null> = {};
      // A row written in the schema's key order (as the contract's JSON is) is read in one pass.
      let at = 0;
      for (const key in value) {
        if (key !== keys[at]) break;
        const cell = reader.read(value, key);
        if (cell !== undefined && cell !== null && typeof cell !== 'number') return REJECT;
        out[key] = cell === undefined ? null : (cell as number | null);
        at++;
      }
      if (at === keys.length && Object.keys(value).length === at) return out;
      // Any other order, keys left out: each key looked up, the result in the schema's order.
      const cells: (number | null)[] = new Array(keys.length).fill(null);
      for (const key of Object.keys(value)) {
        const position = plan.positions.get(key);
        if (position === undefined) return REJECT;
        const cell = reader.read(value, key);
        if (cell === undefined || cell === null) continue;
        if (typeof cell !== 'number') return REJECT;
        cells[position] = cell;
      }
      const ordered: Record<string, number | null> = {};
      for (let index = 0; index < keys.length; index++) ordered[keys[index]!] = cells[index]!;
      return ordered;
    }
    case 'blankable':
      return run(plan.inner, value === undefined ? {} : value, reader);
    case 'optional':
      return value === undefined ? ABSENT : run(plan.inner, value, reader);
    case 'union':
      for (const option of plan.options) {
        const result = run(option, value, reader);
        if (result !== REJECT) return result;
      }
      return REJECT;
    case 'string':
      if (typeof value !== 'string') return REJECT;
      for (const pattern of plan.patterns) {
        pattern.lastIndex = 0;
        if (!pattern.test(value)) return REJECT;
      }
      return value;
    case 'literal':
      return plan.values.includes(value) ? value : REJECT;
    case 'int':
      return Number.isSafeInteger(value) ? value : REJECT;
    case 'zod':
      return REJECT;
  }
}

/** An object read key by key into a new one in the schema's order. */
function builtObject(plan: Plan & { kind: 'object' }, value: Record<string, unknown>, reader: Reader): unknown {
  // Own keys only (never an inherited one), each known: read once into its place in the schema's order.
  const given: unknown[] = new Array(plan.keys.length);
  const present: boolean[] = new Array(plan.keys.length).fill(false);
  for (const key of Object.keys(value)) {
    const position = plan.positions.get(key);
    if (position === undefined) return REJECT;
    const item = reader.read(value, key);
    if (item === REJECT) return REJECT;
    given[position] = item;
    present[position] = true;
  }
  const out: Record<string, unknown> = {};
  for (let index = 0; index < plan.keys.length; index++) {
    const result = run(plan.plans[index]!, given[index], reader);
    if (result === REJECT) return REJECT;
    // zod keeps an optional key that is present with the value undefined.
    if (result !== ABSENT || present[index]) out[plan.keys[index]!] = result === ABSENT ? undefined : result;
  }
  return out;
}

/**
 * From JSON (fresh objects, no undefined, no getters): an object or row whose keys are the schema's
 * in its order (optional ones may be left out) and whose every value is already its own answer is
 * the answer itself. REJECT when a value is rejected; `undefined` when it must be built (`run` then
 * does it the general way).
 */
function sameObject(plan: Plan & { kind: 'object' | 'cells' }, value: Record<string, unknown>): unknown {
  const { keys } = plan;
  const plans = plan.kind === 'object' ? plan.plans : undefined;
  let at = 0;
  for (const key in value) {
    while (keys[at] !== key) if (plans?.[at++]?.kind !== 'optional') return undefined;
    const item = value[key];
    const result = plans ? run(plans[at]!, item, FROM_JSON) : item === null || typeof item === 'number' ? item : REJECT;
    at++;
    if (result !== item) return result === REJECT ? REJECT : undefined;
  }
  while (at < keys.length) if (plans?.[at++]?.kind !== 'optional') return undefined;
  return value;
}

/** The optional keys whose absence means something; each absent one is shadowed on the parsed report. */
const OPTIONAL_KEYS = ['title', 'publishedOn', 'active', 'applications', 'reviews', 'sections'] as const;

/**
 * An absent optional key becomes an own, non-enumerable `undefined`, so that a key another script
 * put on `Object.prototype` (a `title`, a `sections`) is never read as the report's. JSON, spreads
 * and deep equality see the same object as before.
 */
export function shadowAbsent(report: Report): Report {
  const shadow = (object: object, keys: readonly string[]) => {
    for (const key of keys)
      if (!Object.prototype.hasOwnProperty.call(object, key)) Object.defineProperty(object, key, { value: undefined, writable: true });
  };
  shadow(report, OPTIONAL_KEYS);
  if (report.sections) shadow(report.sections, SECTION_KEYS);
  return report;
}

let plan: Plan | undefined;

/**
 * The parsed report of a well-formed input, or `undefined` when zod must look at it. Never throws.
 * `json`: the input is what JSON.parse returned.
 */
export function checkStructure(input: unknown, json = false): Report | undefined {
  plan ??= prepare(REPORT_PLAN as PlanData);
  try {
    const value = run(plan, input, json ? FROM_JSON : CAREFUL);
    return value === REJECT || value === ABSENT ? undefined : shadowAbsent(value as Report);
  } catch {
    // A throwing getter, a revoked proxy: zod's turn (and its error).
    return undefined;
  }
}
