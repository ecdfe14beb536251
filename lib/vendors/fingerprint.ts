/**
 * A short SHA-256 fingerprint: lets a vendor's store say "this belongs to that key and
 * those settings" without ever storing the key itself.
 */
export async function fingerprint(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest).slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** What a vendor's answers depend on besides the subject: its base URL, key and own fields. */
export function connectionFingerprint(connection: { baseUrl: string; apiKey: string; fields: Record<string, string> }): Promise<string> {
  return fingerprint([connection.baseUrl, connection.apiKey, JSON.stringify(connection.fields)].join('\n'));
}
