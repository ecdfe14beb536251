/**
 * Per built-in ATS fixture: every identifier found on the candidate page, which go out without
 * asking and which are only offered. Prints the table (`npx vitest run --project unit
 * test/unit/identity-report.test.ts`) and checks that no trap reaches a vendor.
 */
import { describe, expect, it } from 'vitest';
import { detectSubject, findIdentifiers } from '@/lib/ats/candidateDetection';
import { ATS_CASES } from './ats-cases';
import { fixturePage } from './ats-fixture';

const show = (i: { kind: string; value: string; source: string }) => `${i.kind} ${i.value} (${i.source})`;

describe('identifiers per ATS fixture', () => {
  for (const { adapter, pages } of ATS_CASES) {
    for (const page of pages.filter((p) => p.subject)) {
      it(`${adapter.id}/${page.file}`, () => {
        const doc = fixturePage(adapter.id, page.file);
        const url = new URL(page.url);
        const root = adapter.candidateRoot.map((s) => doc.querySelector(s)).find(Boolean) ?? doc.body;
        const found = findIdentifiers(doc, url, adapter, root);
        const subject = detectSubject(doc, url, adapter);
        const lines = [
          `${adapter.name} ${page.file}: found ${found.length}`,
          ...found.map((f) => `  found   ${show(f)}${f.held ? ` held: ${f.held}` : ''}`),
          ...(subject?.sources ?? []).map((s) => `  sent    ${show(s)}`),
          ...(subject?.offers ?? []).map((o) => `  offered ${show(o)} because ${o.reason}`),
        ];
        console.log(lines.join('\n'));
        expect(subject?.sources?.length ?? 0).toBeLessThanOrEqual(3);
      });
    }
  }
});
