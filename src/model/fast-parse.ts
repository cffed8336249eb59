/**
 * The structure check's fast path. A well-formed report is the common case (a CMS page, a folder of
 * reports), and zod's general machinery costs several times what the check itself does. This walks
 * a plan compiled once from the zod schema itself — so the schema stays the one source of truth —
 * and returns exactly what zod returns for a well-formed input (blank cells `null`, keys in schema
 * order). At the first thing it does not accept it gives up and `parseReport` asks zod, which
 * explains every error. A property test holds the two to the same answers.
 */
import type * as z from 'zod/mini';

type AnySchema = z.core.$ZodType;

type Plan =
  /** A cell: a finite number or null; absent is null. */
  | { kind: 'cell' }
  | { kind: 'object'; keys: readonly string[]; plans: readonly Plan[]; positions: ReadonlyMap<string, number> }
  /** An object of cells only (a row): the common case, read in one loop. */
  | { kind: 'cells'; keys: readonly string[]; positions: ReadonlyMap<string, number> }
  /** An object that may be absent: then it is parsed as `{}`. */
  | { kind: 'blankable'; inner: Plan }
  | { kind: 'optional'; inner: Plan }
  | { kind: 'union'; options: readonly Plan[] }
  /** Text: a string matching every pattern its schema checks (a non-empty agency, an ISO date). */
  | { kind: 'string'; patterns: readonly RegExp[] }
  | { kind: 'literal'; values: readonly unknown[] }
  /** An integer in the safe range (the year). */
  | { kind: 'int' }
  /** Anything else: asked of zod itself, on that value alone. */
  | { kind: 'leaf'; schema: AnySchema };

/** Why the fast path gives up. */
const REJECT: unique symbol = Symbol('reject');
const ABSENT: unique symbol = Symbol('absent');

interface Def {
  type: string;
  innerType?: AnySchema;
  shape?: Record<string, AnySchema>;
  options?: AnySchema[];
  defaultValue?: unknown;
  values?: unknown[];
  format?: string;
  pattern?: RegExp;
  checks?: { _zod: { def: { check?: string; format?: string; pattern?: RegExp } } }[];
}

/** The patterns a string schema checks, or undefined when it checks anything else (then zod decides). */
function stringPatterns(def: Def): RegExp[] | undefined {
  const patterns = def.pattern ? [def.pattern] : [];
  for (const check of def.checks ?? []) {
    const inner = check._zod.def;
    if (inner.check !== 'string_format' || !inner.pattern) return undefined;
    patterns.push(inner.pattern);
  }
  return def.format && !def.pattern ? undefined : patterns;
}

const defOf = (schema: AnySchema) => schema._zod.def as unknown as Def;
const isEmptyObject = (value: unknown) => typeof value === 'object' && value !== null && Object.keys(value).length === 0;

function compile(schema: AnySchema): Plan {
  const def = defOf(schema);
  if (
    def.type === 'default' &&
    def.defaultValue === null &&
    defOf(def.innerType!).type === 'nullable' &&
    defOf(defOf(def.innerType!).innerType!).type === 'number'
  ) {
    return { kind: 'cell' };
  }
  if (def.type === 'object' && def.shape) {
    const keys = Object.keys(def.shape);
    return {
      kind: 'object',
      keys,
      plans: keys.map((key) => compile(def.shape![key]!)),
      positions: new Map(keys.map((key, index) => [key, index])),
    };
  }
  if (def.type === 'prefault' && isEmptyObject(def.defaultValue)) return { kind: 'blankable', inner: compile(def.innerType!) };
  if (def.type === 'optional') return { kind: 'optional', inner: compile(def.innerType!) };
  if (def.type === 'union' && def.options) return { kind: 'union', options: def.options.map(compile) };
  if (def.type === 'literal' && def.values) return { kind: 'literal', values: def.values };
  if (def.type === 'number' && def.format === 'safeint' && !def.checks?.length) return { kind: 'int' };
  const patterns = def.type === 'string' ? stringPatterns(def) : undefined;
  if (patterns) return { kind: 'string', patterns };
  return { kind: 'leaf', schema };
}

/** Only plain data objects, read through their own enumerable keys. */
const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

function run(plan: Plan, value: unknown): unknown {
  switch (plan.kind) {
    case 'cell':
      if (value === undefined || value === null) return null;
      return typeof value === 'number' && Number.isFinite(value) ? value : REJECT;
    case 'object': {
      if (!isPlainObject(value)) return REJECT;
      // Own keys only (never an inherited one), each known: read once into its place in the schema's order.
      const given: unknown[] = new Array(plan.keys.length);
      const present: boolean[] = new Array(plan.keys.length).fill(false);
      for (const key of Object.keys(value)) {
        const position = plan.positions.get(key);
        if (position === undefined) return REJECT;
        given[position] = value[key];
        present[position] = true;
      }
      const out: Record<string, unknown> = {};
      for (let index = 0; index < plan.keys.length; index++) {
        const result = run(plan.plans[index]!, given[index]);
        if (result === REJECT) return REJECT;
        // zod keeps an optional key that is present with the value undefined.
        if (result !== ABSENT || present[index]) out[plan.keys[index]!] = result === ABSENT ? undefined : result;
      }
      return out;
    }
    case 'cells': {
      if (!isPlainObject(value)) return REJECT;
      const cells: (number | null)[] = new Array(plan.keys.length).fill(null);
      for (const key of Object.keys(value)) {
        const position = plan.positions.get(key);
        if (position === undefined) return REJECT;
        const cell = value[key];
        if (cell === undefined || cell === null) continue;
        if (typeof cell !== 'number' || !Number.isFinite(cell)) return REJECT;
        cells[position] = cell;
      }
      const out: Record<string, number | null> = {};
      for (let index = 0; index < plan.keys.length; index++) out[plan.keys[index]!] = cells[index]!;
      return out;
    }
    case 'blankable':
      return run(plan.inner, value === undefined ? {} : value);
    case 'optional':
      return value === undefined ? ABSENT : run(plan.inner, value);
    case 'union':
      for (const option of plan.options) {
        const result = run(option, value);
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
    case 'leaf': {
      const result = (plan.schema as z.ZodMiniType).safeParse(value);
      return result.success ? result.data : REJECT;
    }
  }
}

const plans = new WeakMap<AnySchema, Plan>();

/** The parsed value of a well-formed input, or `undefined` when zod must look at it. Never throws. */
export function fastParse(schema: AnySchema, input: unknown): { value: unknown } | undefined {
  let plan = plans.get(schema);
  if (!plan) plans.set(schema, (plan = compile(schema)));
  try {
    const value = run(plan, input);
    return value === REJECT || value === ABSENT ? undefined : { value };
  } catch {
    // A throwing getter, a revoked proxy: zod's turn (and its error).
    return undefined;
  }
}
