// The library's own fuzzing (issue #16): hostile inputs for parseReport, checkReport, the static
// export and the importers, and the properties every one of them must hold. Used by
// test/node/hostile-fuzz.test.ts (some thousands of cases inside `npm test`) and scripts/fuzz.ts
// (`npm run fuzz`, long runs that count throws, hangs, wrong acceptances and losses).
import fc from 'fast-check';
import { checkReport, parseReport, reportHtml, RULES, type Report } from '../../src/pure.js';
import { reportSchema } from '../../src/model/schema.js';
import type { ImportResult } from '../../src/import/types.js';
import { consistentReport } from './arbitraries.js';

/** Characters that break things: markup, quotes, controls, bidi overrides, full-width forms, surrogates. */
const HOSTILE_CHARS = [
  '<',
  '>',
  '&',
  '"',
  "'",
  '`',
  '/',
  '\\',
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\n',
  '\r',
  '\u0000',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u200b',
  '\u202e',
  '\u2066',
  '\u2069',
  '\ufeff',
  '\uff1d',
  '\ud800',
  '\udfff',
  '😀',
  '局',
  '。',
  '（',
  '）',
  '1',
  '0',
  '.',
  'e',
  '{',
  '}',
  '[',
  ']',
  ':',
  ',',
  '$',
  '%',
  ' ',
];
export const hostileText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...HOSTILE_CHARS), maxLength: 40 }),
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    '</script><script>alert(1)</script>',
    '=cmd|" /C calc"!A0',
    '__proto__',
    'constructor',
    'toString',
  ),
  fc.string({ maxLength: 20 }),
);

/** Numbers JSON can write and some it cannot (they come from JavaScript callers). */
export const hostileNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(1e-21, 1e21, Infinity, -Infinity, -0, 5e-324, Number.MAX_VALUE, 1e16, 2 ** 53, 0.1 + 0.2, NaN),
);

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileNumber },
  { weight: 2, arbitrary: hostileText },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false, [], {}) },
);

type Edit = readonly [pick: number, what: 'delete' | 'unknown' | 'value', value: unknown, key: string];
const edit: fc.Arbitrary<Edit> = fc.tuple(
  fc.nat(),
  fc.constantFrom('delete' as const, 'unknown' as const, 'value' as const, 'value' as const),
  hostileValue,
  hostileText,
);

/** Every object (not array) inside `root`, `root` first, depth first. */
export function objectsIn(root: unknown): Record<string, unknown>[] {
  const objects: Record<string, unknown>[] = [];
  const walk = (node: unknown) => {
    if (node && typeof node === 'object' && !Array.isArray(node)) {
      objects.push(node as Record<string, unknown>);
      Object.values(node).forEach(walk);
    }
  };
  walk(root);
  return objects;
}

/** Applies edits at objects picked inside the report (a key deleted, an unknown key, a value replaced). */
function applyEdits(input: unknown, edits: readonly Edit[]): Record<string, unknown> {
  const report = structuredClone(input) as Record<string, unknown>;
  for (const [pick, what, drawn, name] of edits) {
    // A copy: one object set at two places (or inside itself) would make the report a cycle.
    const value: unknown = drawn && typeof drawn === 'object' ? structuredClone(drawn) : drawn;
    const objects = objectsIn(report);
    const target = objects[pick % objects.length]!;
    const keys = Object.keys(target);
    const key = keys[Math.floor(pick / objects.length) % Math.max(1, keys.length)] ?? 'x';
    if (what === 'delete') delete target[key];
    else if (what === 'unknown')
      Object.defineProperty(target, name || 'x', { value, enumerable: true, writable: true, configurable: true });
    else target[key] = value;
  }
  return report;
}

/** A report as JSON could write it (or a JavaScript caller could), mutated with hostile values. */
export function mutatedReport(fixtures: readonly unknown[]): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(
      fc.oneof(fc.constantFrom(...fixtures), consistentReport({ blankTotals: true })),
      fc.record({ agency: hostileText, title: fc.option(hostileText), prose: fc.option(hostileText) }),
      fc.array(edit, { maxLength: 4 }),
    )
    .map(([input, texts, edits]) => {
      const base = {
        ...(input as Record<string, unknown>),
        ...(/\S/.test(texts.agency) ? { agency: texts.agency } : {}),
        ...(texts.title !== null ? { title: texts.title } : {}),
        ...(texts.prose !== null ? { sections: { overview: texts.prose } } : {}),
      };
      return applyEdits(base, edits);
    });
}

/** What is not plain data: each must be refused, naming its path. Made when asked (fast-check probes what it holds, a revoked Proxy throws). */
const EXOTIC: readonly (() => unknown)[] = [
  () => new Map([['format', '2021']]),
  () => new Date(0),
  () => new (class Row {})(),
  () => Object.create({ naturalPerson: 1 }) as object,
  () => new Uint8Array(3),
  () => /x/,
  () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  },
  () => Object.defineProperty({}, 'naturalPerson', { enumerable: true, get: () => 1 }),
];

/** A report with something that is not plain data at a picked place, as a function that makes it. */
export function exoticReport(fixtures: readonly unknown[]): fc.Arbitrary<() => Record<string, unknown>> {
  return fc.tuple(fc.constantFrom(...fixtures), fc.nat(), fc.nat({ max: EXOTIC.length - 1 })).map(([input, pick, kind]) => () => {
    const report = structuredClone(input) as Record<string, Record<string, unknown>>;
    const value = EXOTIC[kind]!();
    const places = Object.keys(report.applications ?? {});
    if (pick % 3 === 0 || !places.length) (report as Record<string, unknown>).active = value;
    else report.applications![places[pick % places.length]!] = value as Record<string, unknown>;
    return report;
  });
}

/** Source text for the importers: markup and labels in pieces, and real sources cut and spliced. */
const PIECES = [
  '<table>',
  '</table>',
  '<tr>',
  '</tr>',
  '<td>',
  '</td>',
  '<th colspan="7">',
  '<td rowspan="3">',
  '<p>',
  '<p ',
  '<br>',
  '<div hidden>',
  '<span style="display:none">',
  '<!--',
  '-->',
  '<script>',
  '</script>',
  '<style>',
  '<title>',
  '<xmp>',
  '<',
  '>',
  '"',
  "'",
  '规章',
  '本年新收政府信息公开申请数量',
  '自然人',
  '商业企业',
  '总计',
  '行政复议',
  '（一）',
  '一、',
  '1',
  '0',
  '12',
  '—',
  '/',
  '无',
  '\t',
  '\n',
  ' ',
  '\u3000',
  '(',
  '万元',
  '年度报告',
  '一平垣乡人民政府2023年政府信息公开工作年度报告',
  '2023年1月1日至2023年12月31日',
];
export function hostileSource(sources: readonly string[]): fc.Arbitrary<string> {
  const spliced = fc
    .tuple(fc.constantFrom(...sources), fc.nat(), fc.nat(), fc.constantFrom(...PIECES, ''))
    .map(([source, at, length, insert]) => {
      const start = at % Math.max(1, source.length);
      return source.slice(0, start) + insert + source.slice(start + (length % 200));
    });
  return fc.oneof(
    { weight: 2, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 200 }).map((pieces) => pieces.join('')) },
    { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...HOSTILE_CHARS, ...PIECES), maxLength: 400 }) },
    // A real page of up to 100 KB, cut and spliced: a fifth of the cases (each costs a whole page's reading).
    { weight: 1, arbitrary: spliced },
  );
}

// ---- the properties: each returns a kind of failure, or undefined when the case holds

export type Failure = { kind: 'throw' | 'wrong-acceptance' | 'loss'; detail: string };

const describe = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));
const json = (value: unknown) => JSON.stringify(value);
const ruleIds: ReadonlySet<string> = new Set(RULES);

/**
 * parseReport and checkReport on a JSON-like input: never a throw; accepted exactly when zod (the
 * contract) accepts; an accepted report parses again to itself; its findings are well-formed.
 */
export function parseAndCheck(input: unknown): Failure | undefined {
  let parsed;
  try {
    parsed = parseReport(input);
  } catch (error) {
    return { kind: 'throw', detail: `parseReport: ${describe(error)}` };
  }
  const contract = reportSchema.safeParse(input, { reportInput: true });
  if (parsed.ok !== contract.success) return { kind: 'wrong-acceptance', detail: `parseReport ${parsed.ok}, zod ${contract.success}` };
  if (!parsed.ok) {
    if (!parsed.errors.length || parsed.errors.some((error) => typeof error.message.en !== 'string'))
      return { kind: 'wrong-acceptance', detail: 'a refusal without its errors' };
    return undefined;
  }
  const again = parseReport(parsed.report);
  if (!again.ok || json(again.report) !== json(parsed.report)) return { kind: 'loss', detail: 'parsing the parsed report changed it' };
  try {
    for (const lang of ['zh', 'en'] as const) {
      const findings = checkReport(parsed.report, { lang });
      for (const finding of findings)
        if (!ruleIds.has(finding.rule) || typeof finding.message !== 'string' || !finding.message)
          return { kind: 'wrong-acceptance', detail: `a malformed finding ${json(finding).slice(0, 200)}` };
    }
  } catch (error) {
    return { kind: 'throw', detail: `checkReport: ${describe(error)}` };
  }
  return undefined;
}

/** What is not plain data is refused, each with an error, and never throws. */
export function refusesExotic(input: unknown): Failure | undefined {
  try {
    const parsed = parseReport(input);
    if (parsed.ok) return { kind: 'wrong-acceptance', detail: 'accepted what is not plain data' };
    return undefined;
  } catch (error) {
    return { kind: 'throw', detail: `parseReport: ${describe(error)}` };
  }
}

/** Whether every number is finite and every text one the HTML parser keeps (it turns NUL into U+FFFD; a lone surrogate is no text). */
function htmlCanCarry(report: Report): boolean {
  let carried = true;
  JSON.stringify(report, (_, value: unknown) => {
    if (typeof value === 'number' && !Number.isFinite(value)) carried = false;
    if (typeof value === 'string' && /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value))
      carried = false;
    return value;
  });
  return carried;
}

/** An accepted report → static export → import: the same report (cells that HTML can carry: finite numbers). */
export function exportRoundTrip(input: unknown, importReport: (source: string) => ImportResult, lang: 'zh' | 'en'): Failure | undefined {
  const parsed = parseReport(input);
  if (!parsed.ok || !htmlCanCarry(parsed.report) || !(parsed.report.active || parsed.report.applications || parsed.report.reviews))
    return undefined;
  let result: ImportResult;
  try {
    result = importReport(reportHtml(parsed.report, { lang }));
  } catch (error) {
    return { kind: 'throw', detail: `export/import: ${describe(error)}` };
  }
  if (!result.ok) return { kind: 'loss', detail: `the export did not import: ${result.error.en}` };
  if (json(sortKeys(result.report)) !== json(sortKeys(parsed.report)))
    return { kind: 'loss', detail: 'the export imported to another report' };
  return undefined;
}

function sortKeys(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}

/** An importer on any source: never a throw, a well-formed result, and an accepted report is a well-formed one. */
export function importsSafely(source: string, importReport: (source: string) => ImportResult): Failure | undefined {
  let result: ImportResult;
  try {
    result = importReport(source);
  } catch (error) {
    return { kind: 'throw', detail: `importReport: ${describe(error)}` };
  }
  if (!Array.isArray(result.warnings) || result.warnings.some((warning) => !warning.kind || typeof warning.message?.en !== 'string'))
    return { kind: 'wrong-acceptance', detail: 'a malformed warning' };
  if (result.ok && !parseReport(result.report).ok)
    return { kind: 'wrong-acceptance', detail: 'an imported report that is not well-formed' };
  if (!result.ok && typeof result.error?.en !== 'string') return { kind: 'wrong-acceptance', detail: 'a failure without its reason' };
  return undefined;
}
