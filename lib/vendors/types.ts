import type { AssessmentResultInput, Subject, VendorId } from '../model';

/** What a client needs to call its vendor; built by the background from settings and keys. */
export interface VendorConnection {
  baseUrl: string;
  apiKey: string;
  /** The vendor's own settings (instance, tenant id, source keys, …), by field name. */
  fields: Record<string, string>;
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
