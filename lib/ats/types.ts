import type { AtsContext } from '../model';

/** One ATS: the URLs it runs on and where its pages show who the candidate is. */
export interface AtsAdapter {
  id: string;
  name: string;
  /** Match patterns for the manifest (content script and host permissions). */
  matches: string[];
  /** The ids in a candidate page's URL; undefined when the URL is not a candidate page. */
  readContext(url: URL): AtsContext | undefined;
  /** Where the candidate's own details live, most specific first. */
  candidateRoot: string[];
  /** The candidate's name. */
  nameSelector: string[];
  /** A link inside the candidate's area whose first capture is the ATS job id, when the URL lacks it. */
  jobLink?: RegExp;
  /** Areas whose emails are not the candidate's: the signed-in user, hiring team, activity authors. */
  notCandidate: string[];
}
