// Writes schema/report.schema.json from the zod schema, for CMS back ends in Java, PHP or Python.
// `npm run schema` regenerates it; a test fails when the committed file is out of date.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { reportJsonSchema } from '../src/model/json-schema.js';

const target = fileURLToPath(new URL('../schema/report.schema.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
