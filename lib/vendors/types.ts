import type { MessageKey } from '../i18n';
import type { VendorLimits } from '../lookup/gate';
import type { AssessmentResult, AssessmentResultInput, PartialAnswer, Subject, VendorId } from '../model';

/**
 * Small persistent state a vendor keeps between lookups (HiringBranch ids linked to emails,
 * Praxicraft's email → invite-token index). Lives in extension storage, in the background.
 */
export interface VendorStore {
  get<T>(key: string): Promise<T | undefined>;
  /** `ttlMs` makes the value read as absent once it is older than that. */
  set<T>(key: string, value: T, ttlMs?: number): Promise<void>;
}

/**
 * Admits each HTTP attempt (retries included) under the vendor's concurrency limit and rate
 * budget, and learns from what the vendor reports (429s, X-RateLimit-* headers). Built by the lookup engine.
 */
export interface RequestGate {
  /** Resolves with a release function once a request may go; throws a `rate_limited` VendorError when the wait would be too long. */
  acquire(signal?: AbortSignal): Promise<() => void>;
  /** Tells the gate what the vendor answered (a 429's Retry-After pauses the vendor). */
  observe(response: Response): void;
}

/** A lookup's results, with what the vendor has beyond them when it read only part. */
/** `unsearched`: nothing this vendor can search by (e.g. only an email where it needs its own id): no request was made. */
export type LookupAnswer = AssessmentResultInput[] | { results: AssessmentResultInput[]; partial?: PartialAnswer; unsearched?: true };

/** What a client needs to call its vendor; built by the background from settings and keys. */
export interface VendorConnection {
  baseUrl: string;
  apiKey: string;
  /** The vendor's own settings (instance, tenant id, source keys, …), by field name. */
  fields: Record<string, string>;
  /** This vendor's own slice of storage. */
  store: VendorStore;
  signal?: AbortSignal;
  /** The engine's rate budget for this vendor; createVendorHttp sends every request through it. */
  gate: RequestGate;
}

/** A setting a vendor needs besides its key and base URL, shown in options; its label and hint are message keys (`messageKey`). */
export interface VendorField {
  name: string;
  label: MessageKey;
  hint?: MessageKey;
  required?: boolean;
}

/** One vendor: everything the rest of the extension knows about it lives in its own file. */
export interface VendorClient {
  id: VendorId;
  name: string;
  defaultBaseUrl: string;
  /** How the vendor's keys look, shown as the key input's placeholder. */
  keyHint: MessageKey;
  fields: VendorField[];
  /**
   * Whether this subject carries anything this vendor can look up, given the vendor's own
   * settings when it is configured (a job key in settings can stand in for the page's job).
   */
  canAnswer(subject: Subject, connection?: Pick<VendorConnection, 'fields'>): boolean;
  /** Reads only: never creates, invites, scores or bills. An empty list means no match. */
  lookup(subject: Subject, connection: VendorConnection): Promise<LookupAnswer>;
  /** The vendor's cheapest read; resolves to a short description of the account. */
  testConnection(connection: VendorConnection): Promise<string>;

  /**
   * From the vendor's documented limits: the engine keeps every tab within them together. A
   * function when they depend on the vendor's own settings (a plan chosen in Options).
   */
  limits?: VendorLimits | ((fields: Record<string, string>) => VendorLimits);
  /**
   * Which parts of a subject identify the candidate to this vendor; they make the cache and
   * in-flight key, so the popup's email and the panel's page find the same entry. Default: all.
   */
  subjectParts?: readonly ('emails' | 'ids' | 'ats')[];
  /** For APIs that answer many candidates per call: the engine batches ids asked within a short window. */
  batch?: {
    windowMs: number;
    maxIds: number;
    /** The vendor ids this subject stands for (may read the vendor's store, e.g. linked ids). */
    idsFor(subject: Subject, connection: VendorConnection): Promise<string[]>;
    fetch(connection: VendorConnection, ids: string[]): Promise<Map<string, AssessmentResultInput[]>>;
  };
  /** Results still being produced (an AI score in progress): asked again every `intervalMs` while someone waits. */
  poll?: { intervalMs: number; maxPolls: number; isPending(result: AssessmentResult): boolean };
}
