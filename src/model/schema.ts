/**
 * The report JSON contract (docs/spec/report-json.md) as a zod/mini schema, over the keys of the
 * table definitions (model/tables.ts).
 * zod/mini keeps the browser bundle about 14 KB gzip smaller than classic zod.
 * Omitted cells and rows parse as blank (`null`), so code after parsing never meets `undefined`.
 */
import * as z from 'zod/mini';
import { SECTION_KEYS } from './sections.js';
import { ACTIVE_DOCUMENT_CELLS, APPLICATION_COLUMN_KEYS, RESULT_GROUPS, REVIEW_CELL_KEYS } from './tables.js';

/**
 * Any JavaScript number. A cell's value is not restricted by the structure check (contract §1): a
 * negative, fractional or non-finite one (`1e999` parses as Infinity) is the checker's `cell.invalid`.
 * zod's `z.number()` refuses Infinity and NaN, hence a check of the type alone.
 */
export const anyNumber = z.custom<number>((value) => typeof value === 'number');

/** A cell: a number, or `null` for a cell left blank. Omitted means blank. */
export const cellSchema = z._default(z.nullable(anyNumber), null);

function objectOf<const K extends string, S extends z.ZodMiniType>(keys: readonly K[], value: S) {
  const shape = {} as Record<K, S>;
  for (const key of keys) shape[key] = value;
  return z.strictObject(shape);
}

/** An object that may be omitted: it then parses as if it were `{}` (all cells blank). */
function blankable<S extends z.ZodMiniType>(schema: S) {
  return z.prefault(schema, {} as z.input<S>);
}

/** 表三 row: one cell per applicant column, and 总计. */
export const rowSchema = objectOf(APPLICATION_COLUMN_KEYS, cellSchema);

export const activeSchema = z.strictObject({
  regulations: blankable(objectOf(ACTIVE_DOCUMENT_CELLS, cellSchema)),
  normativeDocuments: blankable(objectOf(ACTIVE_DOCUMENT_CELLS, cellSchema)),
  licensing: cellSchema,
  punishment: cellSchema,
  compulsion: cellSchema,
  fees: cellSchema,
});

const otherHandlingRowsSchema = objectOf(RESULT_GROUPS.otherHandling, blankable(rowSchema));

export const applicationsSchema = z.strictObject({
  received: blankable(rowSchema),
  carriedOver: blankable(rowSchema),
  results: blankable(
    z.strictObject({
      granted: blankable(rowSchema),
      partlyGranted: blankable(rowSchema),
      withheld: blankable(objectOf(RESULT_GROUPS.withheld, blankable(rowSchema))),
      unavailable: blankable(objectOf(RESULT_GROUPS.unavailable, blankable(rowSchema))),
      notProcessed: blankable(objectOf(RESULT_GROUPS.notProcessed, blankable(rowSchema))),
      /** Three rows, or one row as some reports still print it (2019 layout). */
      otherHandling: blankable(z.union([otherHandlingRowsSchema, rowSchema])),
      total: blankable(rowSchema),
    }),
  ),
  carriedForward: blankable(rowSchema),
});

export const reviewGroupSchema = objectOf(REVIEW_CELL_KEYS, cellSchema);

export const reviewsSchema = z.strictObject({
  review: blankable(reviewGroupSchema),
  litigationDirect: blankable(reviewGroupSchema),
  litigationAfterReview: blankable(reviewGroupSchema),
});

export const sectionsSchema = objectOf(SECTION_KEYS, z.optional(z.string()));

export const reportSchema = z.strictObject({
  format: z.literal('2021'),
  agency: z.string().check(z.regex(/\S/)),
  year: z.int(),
  title: z.optional(z.string()),
  publishedOn: z.optional(z.iso.date()),
  active: z.optional(activeSchema),
  applications: z.optional(applicationsSchema),
  reviews: z.optional(reviewsSchema),
  sections: z.optional(sectionsSchema),
});

/** A report as accepted on input: cells and rows may be omitted. */
export type ReportInput = z.input<typeof reportSchema>;
/** A parsed report: every cell present, `null` where blank. */
export type Report = z.output<typeof reportSchema>;
export type ApplicationRow = z.output<typeof rowSchema>;
export type Applications = z.output<typeof applicationsSchema>;
export type ReviewGroup = z.output<typeof reviewGroupSchema>;
export type Reviews = z.output<typeof reviewsSchema>;
export type Active = z.output<typeof activeSchema>;
export type Sections = z.output<typeof sectionsSchema>;
export type Cell = number | null;
