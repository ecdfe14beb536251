import type { InputHTMLAttributes, ReactNode } from 'react';
import { t } from '@/lib/i18n';

/** Beside a value the administrator's policy sets: the input is disabled and says why. */
function AdminNote({ id }: { id: string }) {
  return (
    <p id={id} className="sl-muted" data-testid="locked-note">
      {t('optionsAdminNote')}
    </p>
  );
}

type LockableInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'disabled' | 'aria-describedby'> & {
  id: string;
  label: string;
  /** Set by the administrator's policy: disabled, with a note that says so. */
  locked?: boolean;
  /** Help under the input, tied to it with aria-describedby. */
  hint?: string;
  /** Shown under the input (and its hint), before the note. */
  children?: ReactNode;
};

/**
 * A labelled settings input the administrator's policy may lock. A checkbox sits inside its
 * label; any other input stands under it.
 */
export function LockableInput({ id, label, locked, hint, children, ...input }: LockableInputProps) {
  const describedBy = [hint && `${id}-hint`, locked && `${id}-locked`].filter(Boolean).join(' ') || undefined;
  const control = <input id={id} disabled={locked} aria-describedby={describedBy} {...input} />;
  return (
    <>
      {input.type === 'checkbox' ? (
        <label className="sl-check">
          {control} {label}
        </label>
      ) : (
        <>
          <label htmlFor={id}>{label}</label>
          {control}
        </>
      )}
      {hint && (
        <p id={`${id}-hint`} className="sl-muted sl-hint">
          {hint}
        </p>
      )}
      {children}
      {locked && <AdminNote id={`${id}-locked`} />}
    </>
  );
}
