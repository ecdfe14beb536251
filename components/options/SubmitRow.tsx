import type { ReactNode } from 'react';

/** A settings form's buttons: its primary submit (off while saving), then any others it has. */
export function SubmitRow({ label, disabled, children }: { label: string; disabled: boolean; children?: ReactNode }) {
  return (
    <div className="sl-actions">
      <button type="submit" className="sl-button sl-primary" disabled={disabled}>
        {label}
      </button>
      {children}
    </div>
  );
}
