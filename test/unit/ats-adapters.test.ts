/** Every built-in adapter against its saved pages, from the table in ats-cases.ts. */
import { describe, expect, it } from 'vitest';
import { detectSubject } from '@/lib/ats/candidateDetection';
import { adapterForUrl } from '@/lib/ats/detect';
import { detectList } from '@/lib/ats/listDetection';
import { ATS_CASES } from './ats-cases';
import { fixturePage, lookedUp } from './ats-fixture';

for (const { adapter, urls, pages } of ATS_CASES) {
  describe(adapter.name, () => {
    it.each(urls)('reads %s', (url, context) => {
      expect(adapter.readContext(new URL(url))).toEqual(context);
      // Every shape of this ATS's URLs is served to this adapter and no other.
      expect(adapterForUrl(url)).toBe(adapter);
    });

    for (const page of pages) {
      describe(page.file, () => {
        it(page.subject ? 'finds exactly the candidate: emails, name, ids, context' : 'shows no candidate by its URL', () => {
          const subject = detectSubject(fixturePage(adapter.id, page.file), new URL(page.url), adapter);
          // Where each was found and what is only offered: test/unit/identity-report.test.ts.
          expect(lookedUp(subject)).toEqual(page.subject);
        });

        it(page.rows ? `finds the ${page.rows.length} rows and who each is` : 'lists no one', () => {
          const { rows } = detectList(fixturePage(adapter.id, page.file), new URL(page.url), adapter);
          expect(rows.map((r) => r.subject)).toEqual(page.rows ?? []);
          for (const row of rows) expect(row.element.matches(adapter.list?.rows ?? '')).toBe(true);
        });
      });
    }
  });
}

describe("a job's list pages", () => {
  // Rows whose links do not name the job take the page's: Greenhouse's Emma Wilson, Ashby's Noah Fischer.
  it.each([
    ['greenhouse', 'https://app.greenhouse.io/sdash/5519999', 'Emma Wilson', '5519999'],
    ['greenhouse', 'https://app.greenhouse.io/plans/5519999/candidates?stage_status_id=2&page=3', 'Emma Wilson', '5519999'],
    ['greenhouse', 'https://app.greenhouse.io/people?sort=last_activity', 'Emma Wilson', undefined],
    [
      'ashby',
      'https://app.ashbyhq.com/jobs/c6f3e4d5-7a8b-4c9d-8e0f-2a3b4c5d6e7f/candidate-pipeline/active',
      'Noah Fischer',
      'c6f3e4d5-7a8b-4c9d-8e0f-2a3b4c5d6e7f',
    ],
  ])('%s %s gives its job to the rows without one', (ats, url, name, jobId) => {
    const adapter = ATS_CASES.find((c) => c.adapter.id === ats)!.adapter;
    expect(adapterForUrl(url)).toBe(adapter);
    const rows = detectList(fixturePage(ats, 'list.html'), new URL(url), adapter).rows;
    expect(rows.find((r) => r.subject.name === name)?.subject.ats?.jobId).toBe(jobId);
  });
});
