import { type FormEvent, useId, useState } from 'react';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/client';
import { protocol } from '@/lib/messaging/protocol';

/** Checks and saves one link (the id, the email); says what is wrong, or that it is linked. */
function useLinkHiringBranch(onLinked: () => void) {
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const [saving, setSaving] = useState(false);

  async function link(email: string, id: string) {
    setDone(undefined);
    const parsed = protocol.linkHiringBranchId.request.safeParse({ email, id });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? t('linkHbIdInvalid'));
      return;
    }
    setError(undefined);
    setSaving(true);
    try {
      await sendMessage('linkHiringBranchId', parsed.data);
      setDone(t('linkHbDone', parsed.data.id.toLowerCase(), parsed.data.email));
      onLinked();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  }
  return { error, done, saving, link };
}

/**
 * HiringBranch cannot search by email: the recruiter links a candidate id (from HiringBranch)
 * to this candidate's email once; the background remembers it locally.
 */
export function LinkHiringBranchForm({ emails, onLinked }: { emails: readonly string[]; onLinked: () => void }) {
  const id = useId();
  const [email, setEmail] = useState(emails[0] ?? '');
  const [value, setValue] = useState('');
  const { error, done, saving, link } = useLinkHiringBranch(() => {
    setValue('');
    onLinked();
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    void link(email, value);
  }

  return (
    <details className="sl-link-hb">
      <summary>{t('linkHbSummary')}</summary>
      <form className="sl-form-row" onSubmit={submit} noValidate>
        {emails.length > 1 && (
          <>
            <label htmlFor={`${id}-email`}>{t('linkHbEmail')}</label>
            <select id={`${id}-email`} name="hiringBranchEmail" value={email} onChange={(e) => setEmail(e.target.value)}>
              {emails.map((e) => (
                <option key={e} value={e}>
                  {e}
                </option>
              ))}
            </select>
          </>
        )}
        <label htmlFor={`${id}-id`}>{t('linkHbIdLabel')}</label>
        <input
          id={`${id}-id`}
          name="hiringBranchId"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          placeholder={t('linkHbIdPlaceholder')}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <button type="submit" className="sl-button" disabled={saving}>
          {t('linkHbSubmit')}
        </button>
      </form>
      {error && (
        <p id={`${id}-error`} className="sl-error" role="alert">
          {error}
        </p>
      )}
      {done && (
        <p className="sl-muted" role="status">
          {done}
        </p>
      )}
    </details>
  );
}
