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
  /** An object that may be absent: then it is parsed as `{}`. */
  | { kind: 'blankable'; inner: Plan }
  | { kind: 'optional'; inner: Plan }
  | { kind: 'union'; options: readonly Plan[] }
  /** Anything else (text, dates, the year): asked of zod itself, on that value alone. */
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
}

const defOf = (schema: AnySchema) => schema._zod.def as unknown as Def;

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
  if (def.type === 'prefault' && defOf(def.innerType!).type === 'object') return { kind: 'blankable', inner: compile(def.innerType!) };
  if (def.type === 'optional') return { kind: 'optional', inner: compile(def.innerType!) };
  if (def.type === 'union' && def.options) return { kind: 'union', options: def.options.map(compile) };
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
