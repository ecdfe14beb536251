import type { AtsContext } from '../model';

/** One ATS: the URLs it runs on and where its pages show who the candidate is. */
export interface AtsAdapter {
  /** Unique among adapters; built-in ids are also the `ats` of the contexts they read. */
  id: string;
  name: string;
  /** Match patterns for the manifest (content script and host permissions). */
  matches: string[];
  /** The ids in a candidate page's URL; undefined when the URL is not a candidate page. */
  readContext(url: URL): AtsContext | undefined;
  /** Where the candidate's own details live, most specific first (a drawer before the page under it). */
  candidateRoot: string[];
  /** The candidate's name. */
  nameSelector: string[];
  /** The candidate's name in the page title, its first capture (Lever: "Full Name – Lever Hire"); it wins over `nameSelector`. */
  titleName?: RegExp;
  /** A link (or list page URL) whose first capture is the ATS job id, when the candidate URL lacks it. */
  jobLink?: RegExp;
  /** Areas whose emails are not the candidate's: the signed-in user, hiring team, activity authors. */
  notCandidate: string[];
  /** The profile header and contact block: what is shown there is the candidate's own (looked up without asking). */
  contact?: string[];
  /** Notes and custom fields colleagues write: a labelled id there ("HiringBranch ID: …") is looked up. */
  notes?: string[];
  /** Text the candidate wrote (cover letter, application answers, resume text): never looked up without a click. */
  candidateText?: string[];
  /** The ATS's own mail domains (notifications, relay addresses): never a candidate's address. */
  ownDomains?: string[];
  /**
   * A candidate only where the page shows one (a name with a labelled contact field or a vendor
   * trace), not wherever the URL reads as one: for sites the user adds, whose URLs we do not know.
   */
  needsEvidence?: boolean;
  /** Pages that list many candidates (pipelines, searches); absent when the ATS has none we know of. */
  list?: AtsList;
}

/**
 * Where a list page puts its candidates. Rows are found with one `querySelectorAll` and read
 * without layout (`textContent`, attributes), so a 5,000-row list stays within budget.
 * A row's ids come from its candidate link's URL, through the adapter's `readContext`, so list
 * pages need no URL knowledge of their own. Rows are never read as part of a candidate page's
 * candidate (a drawer open over a list is not every row).
 */
export interface AtsList {
  /** One selector matching each candidate row and nothing else (no header rows). */
  rows: string;
  /**
   * Within a row, the elements that are links (candidate, mailto, vendor report). Default: `a`.
   * Apps of web components link with custom elements: SmartRecruiters' `a[href], sr-link[href]`.
   */
  link?: string;
  /** Within a row, the candidate's name. Default: the candidate link's text. */
  name?: string;
  /** The row's attribute holding the candidate id, for rows that open a drawer without a link. */
  idAttribute?: string;
}
