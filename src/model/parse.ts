/**
 * `parseReport`: the structure check. Returns the parsed report (blank cells as `null`) or every
 * structural error, each naming the JSON path, what was found and what is allowed, in Chinese and English.
 */
import * as z from 'zod/mini';
import { checkStructure, shadowAbsent } from './structure.js';
import { plainData } from './plain-data.js';
import { reportSchema, type Report } from './schema.js';
import { bi, type Bilingual } from './text.js';

export type { Bilingual } from './text.js';

export type StructuralErrorCode = 'unknown-key' | 'wrong-type' | 'missing' | 'invalid-value';

export interface StructuralError {
  /** JSON path of the offending value, e.g. `applications.received.naturalPersons`; `''` for the whole input. */
  path: string;
  code: StructuralErrorCode;
  found: Bilingual;
  allowed: Bilingual;
  /** One sentence naming the path, what was found and what is allowed. */
  message: Bilingual;
}

export type ParseResult = { ok: true; report: Report; errors?: undefined } | { ok: false; report?: undefined; errors: StructuralError[] };

export interface ParseOptions {
  /**
   * The input is the value `JSON.parse` returned: plain data by construction, so the reading skips
   * the checks for getters and prototypes that an object of unknown origin needs (faster for a batch
   * of report files). Give it only for JSON.parse's own output, handed over: the parsed report may
   * be that object itself, or share its objects (when they are already in the schema's shape and order).
   */
  fromJson?: boolean;
}

type Issue = z.core.$ZodIssue & { input?: unknown };
type AnySchema = z.core.$ZodType;

/**
 * Parses and checks the structure of a report. Never throws, for any JavaScript value: only plain
 * objects and their own enumerable data properties are read (see plain-data.ts).
 */
export function parseReport(input: unknown, options: ParseOptions = {}): ParseResult {
  // Well-formed reports take the fast path; zod explains whatever it does not accept.
  const fast = checkStructure(input, options.fromJson === true);
  if (fast) return { ok: true, report: fast };
  // zod reads inherited keys and calls getters: it gets a plain copy, and what is not plain data is named here.
  const { value, problems } = plainData(input);
  const notPlain = problems.map((problem) =>
    makeError(formatPath(problem.path), 'wrong-type', problem.what, bi('普通的 JSON 对象或值', 'plain JSON data')),
  );
  let result;
  try {
    result = reportSchema.safeParse(value, { reportInput: true });
  } catch (error) {
    // Not expected of a plain copy; kept so that nothing throws out of here.
    const text = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [makeError('', 'wrong-type', bi(`无法读取：${text}`, `unreadable: ${text}`), bi('报告对象', 'a report object'))],
    };
  }
  if (result.success && !notPlain.length) return { ok: true, report: shadowAbsent(result.data) };
  const errors = result.success ? [] : flattenIssues(result.error.issues as Issue[], [], reportSchema);
  // zod's word for a value that was not plain data is "wrong type": the reason given here replaces it.
  const named = new Set(notPlain.map((error) => error.path));
  return { ok: false, errors: [...notPlain, ...errors.filter((error) => !named.has(error.path))] };
}

/** Formats a JSON path: `a.b.c`, with `[i]` for array indexes. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += (text ? '.' : '') + String(part);
  }
  return text;
}

function makeError(path: string, code: StructuralErrorCode, found: Bilingual, allowed: Bilingual): StructuralError {
  const where = bi(path || '（报告）', path || '(report)');
  const message =
    code === 'unknown-key'
      ? bi(`${where.zh}：未知的键（允许：${allowed.zh}）`, `${where.en}: unknown key (allowed: ${allowed.en})`)
      : code === 'missing'
        ? bi(`${where.zh}：缺失，应为${allowed.zh}`, `${where.en}: missing, expected ${allowed.en}`)
        : bi(`${where.zh}：发现${found.zh}，应为${allowed.zh}`, `${where.en}: found ${found.en}, expected ${allowed.en}`);
  return { path, code, found, allowed, message };
}

function flattenIssues(issues: readonly Issue[], base: readonly PropertyKey[], root: AnySchema): StructuralError[] {
  const errors: StructuralError[] = [];
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      const allowedKeys = objectKeysAt(root, issue.path);
      const allowed = bi(allowedKeys.join('、'), allowedKeys.join(', '));
      for (const key of issue.keys) {
        errors.push(makeError(formatPath([...path, key]), 'unknown-key', bi(`键 ${key}`, `key ${key}`), allowed));
      }
    } else if (issue.code === 'invalid_union') {
      // Report the errors of the branch the input came closest to (fewest errors).
      const branches = issue.errors.map((branch, index) => ({ branch, index }));
      branches.sort((a, b) => a.branch.length - b.branch.length);
      const best = branches[0];
      const options = unionOptionsAt(root, issue.path);
      if (best && options[best.index]) {
        errors.push(...flattenIssues(best.branch as Issue[], path, options[best.index]!));
      } else {
        errors.push(
          makeError(formatPath(path), 'wrong-type', describeValue(issue.input), bi('允许的结构之一', 'one of the allowed shapes')),
        );
      }
    } else {
      errors.push(describeIssue(issue, formatPath(path), root));
    }
  }
  return errors;
}

function describeIssue(issue: Issue, path: string, root: AnySchema): StructuralError {
  const found = describeValue(issue.input);
  if (issue.code === 'invalid_type') {
    const allowed = describeExpected(issue.expected, expectedAt(root, issue.path));
    return makeError(path, issue.input === undefined ? 'missing' : 'wrong-type', found, allowed);
  }
  if (issue.code === 'custom') {
    // The one custom check is `anyNumber`, of a cell.
    const allowed = describeExpected('number', expectedAt(root, issue.path));
    return makeError(path, issue.input === undefined ? 'missing' : 'wrong-type', found, allowed);
  }
  if ((issue.code === 'too_big' || issue.code === 'too_small') && expectedAt(root, issue.path) === 'int') {
    // z.int() accepts only safe integers: 1e16 is a number, but no year.
    return makeError(path, 'invalid-value', found, describeExpected('number', 'int'));
  }
  if (issue.code === 'invalid_value') {
    const values = issue.values.map((value) => JSON.stringify(value));
    return makeError(path, 'invalid-value', found, bi(values.join(' 或 '), values.join(' or ')));
  }
  if (issue.code === 'invalid_format' && issue.format === 'regex') {
    return makeError(path, 'invalid-value', found, bi('非空文本', 'non-empty text'));
  }
  if (issue.code === 'invalid_format') {
    return makeError(path, 'invalid-value', found, bi('ISO 日期（YYYY-MM-DD）', 'an ISO date (YYYY-MM-DD)'));
  }
  return makeError(path, 'invalid-value', found, bi('合法的值', 'a valid value'));
}

/** What kind of number a path wants: a cell (number or blank), an integer (`year`), or any number. */
function expectedAt(root: AnySchema, path: readonly PropertyKey[]): 'cell' | 'int' | undefined {
  let schema: AnySchema | undefined = root;
  for (const key of path) {
    type ObjectDef = { type: string; shape?: Record<string, AnySchema> };
    const def: ObjectDef | undefined = schema ? (unwrap(schema)._zod.def as unknown as ObjectDef) : undefined;
    schema = def?.type === 'object' && def.shape ? def.shape[String(key)] : undefined;
  }
  if (!schema) return undefined;
  if (schema._zod.def.type === 'default' || schema._zod.def.type === 'nullable') return 'cell';
  return (schema._zod.def as { format?: string }).format === 'safeint' ? 'int' : undefined;
}

function describeExpected(expected: string, kind: 'cell' | 'int' | undefined): Bilingual {
  if (kind === 'cell') return bi('数字，或 null（空白）', 'a number, or null (blank)');
  if (kind === 'int') return bi('整数年份，如 2024', 'an integer year, such as 2024');
  switch (expected) {
    case 'number':
      return bi('数字', 'a number');
    case 'string':
      return bi('文本', 'text');
    case 'object':
      return bi('对象', 'an object');
    case 'null':
      return bi('null', 'null');
    default:
      return bi(expected, expected);
  }
}

function describeValue(value: unknown): Bilingual {
  if (value === undefined) return bi('缺失', 'nothing');
  if (value === null) return bi('null', 'null');
  if (Array.isArray(value)) return bi('数组', 'an array');
  switch (typeof value) {
    case 'string': {
      // Bidirectional controls written as escapes: the quoted text cannot reorder the message around it.
      const shown = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value).replace(
        /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
        (char) => `\\u${char.charCodeAt(0).toString(16)}`,
      );
      return value.trim() ? bi(`文本 ${shown}`, `text ${shown}`) : bi('空文本', 'empty text');
    }
    case 'number':
      return bi(`数字 ${value}`, `the number ${value}`);
    case 'boolean':
      return bi(`布尔值 ${value}`, `the boolean ${value}`);
    case 'object':
      return bi('对象', 'an object');
    default:
      return bi(typeof value, typeof value);
  }
}

// --- walking the schema, to say which keys are allowed where

function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: AnySchema };
    if (def.innerType && ['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional'].includes(def.type)) {
      current = def.innerType;
    } else {
      return current;
    }
  }
}

function schemaAt(root: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let current: AnySchema | undefined = root;
  for (const key of path) {
    if (!current) return undefined;
    const def = unwrap(current)._zod.def as { type: string; shape?: Record<string, AnySchema> };
    current = def.type === 'object' && def.shape ? def.shape[String(key)] : undefined;
  }
  return current && unwrap(current);
}

function objectKeysAt(root: AnySchema, path: readonly PropertyKey[]): string[] {
  const def = schemaAt(root, path)?._zod.def as { type: string; shape?: Record<string, AnySchema> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function unionOptionsAt(root: AnySchema, path: readonly PropertyKey[]): AnySchema[] {
  const def = schemaAt(root, path)?._zod.def as { type: string; options?: AnySchema[] } | undefined;
  return def?.type === 'union' && def.options ? def.options : [];
}
