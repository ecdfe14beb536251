/**
 * What the page shows, read again on each change the watcher reports: the candidate when there
 * is one to look up, else the list's rows (read and chipped by the panel bundle's list reader),
 * else nothing.
 */
import { detectSubject } from '../ats/candidateDetection';
import type { AtsAdapter } from '../ats/types';
import type { Subject } from '../model';
import type { ListReader, PageView } from './bridge';

/** Enough to look someone up: an email, a vendor id, or the job + application an AI scorer keys by. */
function isLookupable(subject: Subject | undefined): subject is Subject {
  if (!subject) return false;
  const ids = Object.values(subject.ids).some((list) => (list?.length ?? 0) > 0);
  return subject.emails.length > 0 || ids || Boolean(subject.ats?.applicationId && subject.ats.jobId);
}

/** `whole` (a new URL, a new reader) reads the whole list again; else added nodes read only the rows they touch. */
export function readPageView(adapter: AtsAdapter, list: ListReader | undefined, whole: boolean, added: Node[]): PageView {
  const rows = adapter.list && list ? list.read(adapter, whole, added) : [];
  const subject = detectSubject(document, new URL(location.href), adapter);
  if (isLookupable(subject)) return { kind: 'candidate', subject };
  return rows.length > 0 ? { kind: 'list', rows } : { kind: 'none' };
}
