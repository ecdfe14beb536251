/**
 * The vendors' documented examples, copied into test/fixtures/vendors/ (each file's first
 * line names the document it comes from), so a fresh clone runs the tests that read them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(import.meta.dirname, '../fixtures/vendors');

/** A vendor document's text as copied, without the line naming its source. */
export function vendorDocument(file: string): string {
  const text = readFileSync(join(DIR, file), 'utf8');
  return text.slice(text.indexOf('\n') + 1);
}

/** The balanced `{…}` that starts at the first `{` after the end of `marker` (braces inside strings ignored). */
export function jsonAfter(text: string, marker: string): unknown {
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`marker not found: ${marker}`);
  const start = text.indexOf('{', at + marker.length);
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return JSON.parse(text.slice(start, i + 1));
  }
  throw new Error(`unbalanced JSON after ${marker}`);
}
