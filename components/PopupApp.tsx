import { type FormEvent, useId, useState } from 'react';
import { parseLookupQuery } from '@/lib/lookup/parseQuery';
import type { Subject } from '@/lib/model';
import { LookupView } from './LookupView';

export function PopupApp() {
  const inputId = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [subject, setSubject] = useState<Subject>();

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseLookupQuery(text);
    if (parsed.ok) {
      setError(undefined);
      setSubject(parsed.subject);
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
      {subject && <LookupView subject={subject} />}
      <p>
        <a href="/options.html" target="_blank" rel="noreferrer">
          Options
        </a>
      </p>
    </main>
  );
}
