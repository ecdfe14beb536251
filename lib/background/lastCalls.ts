/**
 * Whether each vendor's last real call worked, for the popup. One session-storage key per
 * vendor: outcomes arrive together, and one shared object would lose concurrent updates.
 */
import { VENDOR_IDS, type VendorId, type VendorOutcome } from '../model';
import { lastCallItem } from '../settings/storage';
import { z } from '../zod';

const LastCallSchema = z.object({
  ok: z.boolean(),
  at: z.number(),
  /** What went wrong, when it did (never a key: vendor errors are redacted). */
  message: z.string().optional(),
});
export type LastCall = z.infer<typeof LastCallSchema>;

export async function recordVendorCall(outcome: VendorOutcome, now = Date.now()): Promise<void> {
  if (outcome.state === 'not_configured') return;
  const call: LastCall = outcome.state === 'error' ? { ok: false, at: now, message: outcome.error.message } : { ok: true, at: now };
  await lastCallItem(outcome.vendor).setValue(call);
}

export async function lastVendorCalls(): Promise<Partial<Record<VendorId, LastCall>>> {
  const calls = await Promise.all(
    VENDOR_IDS.map(async (vendor) => [vendor, LastCallSchema.safeParse(await lastCallItem(vendor).getValue())] as const),
  );
  // A damaged entry reads as no call yet.
  return Object.fromEntries(calls.flatMap(([vendor, parsed]) => (parsed.success ? [[vendor, parsed.data]] : [])));
}
