import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { parseLookupQuery } from '@/lib/lookup/parseQuery';
import type { Subject } from '@/lib/model';
import { sendMessage } from '@/lib/messaging/client';
import { LookupView } from './LookupView';
import { VendorStatusList } from './VendorStatusList';

export function PopupApp() {
  const inputId = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [typed, setTyped] = useState<Subject>();
  // The candidate of the ATS page in the current tab, shown until something is typed.
  const onPage = useQuery({ queryKey: ['tabCandidate'], queryFn: () => sendMessage('tabCandidate', {}) });
  const pageSubject = onPage.data?.subject;
  const subject = typed ?? pageSubject;

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseLookupQuery(text);
    if (parsed.ok) {
      setError(undefined);
      setTyped(parsed.subject);
    } else {
      setError(parsed.error);
    }
  }

  return (
    <main className="sl-popup">
      <h1 className="sl-title">Scorelens</h1>
      <form className="sl-form-row" onSubmit={submit}>
        <label htmlFor={inputId}>Email or vendor id</label>
        <input
          id={inputId}
          name="query"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="jane@example.com"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
        />
        <button type="submit" className="sl-button sl-primary">
          Look up
        </button>
      </form>
      {error && (
        <p id={`${inputId}-error`} className="sl-error" role="alert">
          {error}
        </p>
      )}
      {!typed && pageSubject && (
        <p className="sl-muted" data-testid="page-candidate">
          On this page: <strong>{pageSubject.name ?? pageSubject.emails[0] ?? 'candidate'}</strong>
        </p>
      )}
      {subject && <LookupView key={JSON.stringify(subject)} subject={subject} />}
      <h2 className="sl-subtitle">Vendors</h2>
      <VendorStatusList />
      <p>
        <a href="/options.html" target="_blank" rel="noreferrer">
          Options
        </a>
      </p>
    </main>
  );
}
