/**
 * The sandbox for one vendor's client tests: started once for the test file and closed after
 * it; after each test, `check` runs on what was sent, then the vendor's fault, docs generation
 * and own state (`reset`) go back to their defaults and the request log is emptied.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { VendorConnection, VendorStore } from '@/lib/vendors/types';
import { type Sandbox, type SandboxVendor, startSandbox } from '../sandbox/server';
import { countingGate } from './gates';
import { memoryStore } from './memoryStore';

export interface VendorSandboxOptions {
  check?: (sandbox: Sandbox) => void;
  reset?: () => void;
}

export function vendorSandbox(vendor: SandboxVendor, options: VendorSandboxOptions = {}): Sandbox {
  let started: Sandbox | undefined;
  const sandbox = (): Sandbox => {
    if (!started) throw new Error('the sandbox starts in beforeAll');
    return started;
  };
  beforeAll(async () => {
    started = await startSandbox();
  });
  afterAll(() => sandbox().close());
  afterEach(() => {
    options.check?.(sandbox());
    sandbox().setFault(vendor, undefined);
    sandbox().setGeneration(vendor, 'new');
    options.reset?.();
    sandbox().requests.length = 0;
  });
  // The file reads the sandbox at test time, once beforeAll has started it.
  return new Proxy({} as Sandbox, {
    get(_, name) {
      const value: unknown = Reflect.get(sandbox(), name);
      return typeof value === 'function' ? value.bind(sandbox()) : value;
    },
  });
}

/** A connection to the vendor's sandbox API, with its own in-memory store and a counting gate. */
export const sandboxConnection = (
  sandbox: Sandbox,
  vendor: SandboxVendor,
  apiKey: string,
  fields: Record<string, string> = {},
  store: VendorStore = memoryStore(),
): VendorConnection => ({ baseUrl: sandbox.baseUrl(vendor), apiKey, fields, store, gate: countingGate() });
