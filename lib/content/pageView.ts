/**
 * What the page shows, read again on each change the watcher reports: the candidate when there
 * is one to look up, else the list's rows (tracked by the chips), else nothing.
 */
import { detectSubject } from '../ats/candidateDetection';
import { detectInRoots, detectList } from '../ats/listDetection';
import type { AtsAdapter } from '../ats/types';
import type { Subject } from '../model';
import type { PageView } from './bridge';
import type { ListChips } from './listChips';

/** Enough to look someone up: an email, a vendor id, or the job + application an AI scorer keys by. */
function isLookupable(subject: Subject | undefined): subject is Subject {
  if (!subject) return false;
  const ids = Object.values(subject.ids).some((list) => (list?.length ?? 0) > 0);
  return subject.emails.length > 0 || ids || Boolean(subject.ats?.applicationId && subject.ats.jobId);
}

/** A new URL reads the whole list again; added nodes read only the rows they touch. */
export function readPageView(adapter: AtsAdapter, chips: ListChips, urlChanged: boolean, added: Node[]): PageView {
  const url = new URL(location.href);
  if (adapter.list) {
    if (urlChanged) {
      chips.reset();
      chips.track(detectList(document, url, adapter).rows);
    } else if (added.length) {
      chips.track(detectInRoots(added, url, adapter).rows);
    }
    chips.prune();
  }
  const subject = detectSubject(document, url, adapter);
  if (isLookupable(subject)) return { kind: 'candidate', subject };
  const rows = chips.entries();
  return rows.length > 0 ? { kind: 'list', rows } : { kind: 'none' };
}
