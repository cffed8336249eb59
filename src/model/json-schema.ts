/** The report contract as JSON Schema (draft 2020-12), generated from the zod schema. */
import * as z from 'zod/mini';
import { anyNumber, cellSchema, reportSchema, reviewGroupSchema, rowSchema } from './schema.js';

export function reportJsonSchema(): Record<string, unknown> {
  // Shared shapes become $defs, so the 25 rows of 表三 read as one `ApplicationRow`.
  const metadata = z.registry<{ id: string; description: string }>();
  metadata.add(cellSchema, { id: 'Cell', description: 'A number, or null for a cell left blank. Blank is not zero.' });
  metadata.add(rowSchema, { id: 'ApplicationRow', description: '表三 row: one cell per applicant column, and 总计 (blank: computed).' });
  metadata.add(reviewGroupSchema, {
    id: 'ReviewGroup',
    description: '表四 group: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计 (blank: computed).',
  });
  const schema = z.toJSONSchema(reportSchema, {
    io: 'input',
    target: 'draft-2020-12',
    metadata,
    // Any number: JSON has no other (a non-finite value is the checker's finding, not a structural error).
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === anyNumber) jsonSchema.type = 'number';
    },
  }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://unpkg.com/disclosure-tables/schema/report.schema.json',
    title: '政府信息公开工作年度报告 report JSON (disclosure-tables)',
    description:
      'A government information-disclosure annual report in the 2021 national format. A cell is a number or null (left blank); an omitted cell means blank.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}
