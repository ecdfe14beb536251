import type { AssessmentResultInput, Subject, VendorId } from '../model';

/**
 * Small persistent state a vendor keeps between lookups (HiringBranch ids linked to emails,
 * Praxicraft's email → invite-token index). Lives in extension storage, in the background.
 */
export interface VendorStore {
  get<T>(key: string): Promise<T | undefined>;
  /** `ttlMs` makes the value read as absent once it is older than that. */
  set<T>(key: string, value: T, ttlMs?: number): Promise<void>;
}

/** What a client needs to call its vendor; built by the background from settings and keys. */
export interface VendorConnection {
  baseUrl: string;
  apiKey: string;
  /** The vendor's own settings (instance, tenant id, source keys, …), by field name. */
  fields: Record<string, string>;
  /** This vendor's own slice of storage. */
  store: VendorStore;
  signal?: AbortSignal;
}

/** A setting a vendor needs besides its key and base URL, shown in options. */
export interface VendorField {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
}

/** One vendor: everything the rest of the extension knows about it lives in its own file. */
export interface VendorClient {
  id: VendorId;
  name: string;
  defaultBaseUrl: string;
  /** How the vendor's keys look, shown as the key input's placeholder. */
  keyHint: string;
  fields: VendorField[];
  /** Whether this subject carries anything this vendor can look up. */
  canAnswer(subject: Subject): boolean;
  /** Reads only: never creates, invites, scores or bills. An empty list means no match. */
  lookup(subject: Subject, connection: VendorConnection): Promise<AssessmentResultInput[]>;
  /** The vendor's cheapest read; resolves to a short description of the account. */
  testConnection(connection: VendorConnection): Promise<string>;
}
