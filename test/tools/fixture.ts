/**
 * Turns a page outline (the popup's "Copy page outline", pasted into a file) into a saved page
 * with made-up values of the same shapes, ready for test/fixtures/ats/<ats>/ and a case in
 * test/unit/ats-cases.ts:
 *   npm run fixture -- outline.json [--out page.html]
 * Prints the page's made-up URL (the case's `url`); exits 1 with the reason on a bad outline.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { rebuildPage } from '../../lib/outline/rebuild';
import { OutlineSchema } from '../../lib/outline/schema';

/** Larger than any outline the extension makes (10,000 nodes): a bigger file is not one. */
const MAX_BYTES = 20 * 1024 * 1024;

function fail(message: string): never {
  console.error(`npm run fixture: ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
const [input] = positionals;
if (!input || positionals.length > 1) fail('give one outline file: npm run fixture -- outline.json [--out page.html]');

let text: string;
try {
  if (statSync(input).size > MAX_BYTES) fail(`${input} is over ${MAX_BYTES / 1024 / 1024} MB: no page outline is that large`);
  text = readFileSync(input, 'utf8');
} catch (error) {
  fail(`cannot read ${input}: ${error instanceof Error ? error.message : String(error)}`);
}

let json: unknown;
try {
  json = JSON.parse(text.trim());
} catch (error) {
  fail(`${input} is not JSON (${error instanceof Error ? error.message : String(error)}): paste the outline exactly as copied`);
}

const parsed = OutlineSchema.safeParse(json);
if (!parsed.success) {
  const issues = parsed.error.issues.slice(0, 5).map((i) => `  ${i.path.join('.') || '(outline)'}: ${i.message}`);
  fail(`${input} is not a Scorelens page outline:\n${issues.join('\n')}`);
}

const page = rebuildPage(parsed.data);
const out = values.out ?? input.replace(/(\.json)?$/i, '.html');
writeFileSync(out, page.html);
console.log(`Wrote ${out}`);
console.log(`Page URL: ${page.url}`);
if (parsed.data.ats) console.log(`ATS: ${parsed.data.ats}`);
console.log('To keep it as a test: save it under test/fixtures/ats/<ats>/ and add its case (this URL) to test/unit/ats-cases.ts.');
