/**
 * Where the content script runs: the recruiter side of each built-in ATS, never its public job
 * boards or careers pages (those show job ads to applicants; there is no candidate of ours there).
 * The ATS hosts stay in each adapter's `matches`; this narrows them to recruiter paths where a
 * host serves both, and excludes the public boards that share a wildcard host.
 */
import { ATS_ADAPTERS } from '.';

/** Recruiter-side paths per ATS whose hosts also serve public pages; absent means the whole host is recruiter-side. */
const RECRUITER_PATHS: Record<string, readonly string[]> = {
  // *.greenhouse.io also serves boards and job-boards; the recruiter app's pages, on app*, regional and company hosts.
  greenhouse: ['/people*', '/plans/*', '/sdash/*', '/scorecards/*', '/dashboard*', '/alljobs*', '/interviews*'],
  // {company}.workable.com/backend is the recruiter app; apply.workable.com and careers pages are public.
  workable: ['/backend*'],
  // www.smartrecruiters.com/{Company}/… are public job ads; the recruiter app is under /app.
  smartrecruiters: ['/app/*'],
  // {company}.bamboohr.com/careers and /jobs are public; the hiring module is under /hiring.
  bamboohr: ['/hiring/*'],
  jazzhr: ['/app/*'],
};

/** Public boards on a host pattern we match: never run there, whatever path a board may grow. */
export const PUBLIC_BOARD_EXCLUDES = [
  'https://boards.greenhouse.io/*',
  'https://job-boards.greenhouse.io/*',
  'https://boards.eu.greenhouse.io/*',
  'https://job-boards.eu.greenhouse.io/*',
  'https://apply.workable.com/*',
  'https://jobs.workable.com/*',
  'https://www.workable.com/*',
];

/** The content script's match patterns: each built-in ATS's hosts, narrowed to recruiter paths. */
export const RECRUITER_MATCHES: string[] = ATS_ADAPTERS.flatMap((adapter) => {
  const paths = RECRUITER_PATHS[adapter.id];
  if (!paths) return adapter.matches;
  return adapter.matches.flatMap((match) => paths.map((path) => match.replace(/\/\*$/, path)));
});
