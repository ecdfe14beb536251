/**
 * A short SHA-256 fingerprint: lets a vendor's store say "this belongs to that key and
 * those settings" without ever storing the key itself.
 */
export async function fingerprint(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest).slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
