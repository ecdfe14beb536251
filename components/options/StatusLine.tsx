/** What a settings form's last action did: a success in muted text, a failure as an error. */
export type Status = { ok: boolean; message: string };

/** Says `status` (a live region, so a screen reader hears it); empty until something happened. */
export function StatusLine({ status }: { status: Status | undefined }) {
  return (
    <p role="status" className={status && !status.ok ? 'sl-error' : 'sl-muted'}>
      {status?.message}
    </p>
  );
}

/** The status a failed mutation leaves: its own message, which says what to fix. */
export const failed = (error: Error): Status => ({ ok: false, message: error.message });
