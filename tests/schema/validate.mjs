// Validates every *.json file in a directory against the official JSON Resume schema,
// using the package's own validator. Exits non-zero listing each invalid file.
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const { validate } = require('@jsonresume/schema');

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node validate.mjs DIR');
  process.exit(2);
}
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
if (files.length === 0) {
  console.error(`no JSON files in ${dir}`);
  process.exit(2);
}
let invalid = 0;
for (const file of files) {
  const resume = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  validate(resume, (errors, valid) => {
    if (!valid) {
      invalid += 1;
      const detail = (errors || []).map((e) => `${e.property} ${e.message}`).join('; ');
      console.error(`INVALID ${file}: ${detail}`);
    }
  });
}
console.log(`${files.length - invalid} passed, ${invalid} failed`);
process.exit(invalid === 0 ? 0 : 1);
