// Writes what is generated from the zod schema: schema/report.schema.json (for CMS back ends in Java,
// PHP or Python) and src/model/structure-plan.generated.ts (the plan of the structure check's fast
// path). `npm run schema` regenerates both; tests fail when a committed file is out of date.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { reportJsonSchema } from '../src/model/json-schema.js';
import { reportSchema } from '../src/model/schema.js';
import { compilePlan, planModule } from '../src/model/structure-compile.js';

const schemaFile = fileURLToPath(new URL('../schema/report.schema.json', import.meta.url));
writeFileSync(schemaFile, `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
console.log(`wrote ${schemaFile}`);
const planFile = fileURLToPath(new URL('../src/model/structure-plan.generated.ts', import.meta.url));
writeFileSync(planFile, planModule(compilePlan(reportSchema)));
console.log(`wrote ${planFile}`);
