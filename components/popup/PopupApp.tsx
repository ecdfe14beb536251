import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { t } from '@/lib/i18n';
import { parseLookupQuery } from '@/lib/lookup/parseQuery';
import type { Subject } from '@/lib/model';
import { sendMessage } from '@/lib/messaging/client';
import { LookupView } from '@/components/results/LookupView';
import { NewResults } from '@/components/popup/NewResults';
import { PageOutlineOffer } from '@/components/popup/PageOutlineOffer';
import { VendorStatusList } from '@/components/popup/VendorStatusList';

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
      <h1 className="sl-title">{t('extName')}</h1>
      <NewResults />
      <form className="sl-form-row" onSubmit={submit}>
        <label htmlFor={inputId}>{t('popupQueryLabel')}</label>
        <input
          id={inputId}
          name="query"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('popupQueryPlaceholder')}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
        />
        <button type="submit" className="sl-button sl-primary">
          {t('popupLookUp')}
        </button>
      </form>
      {error && (
        <p id={`${inputId}-error`} className="sl-error" role="alert">
          {error}
        </p>
      )}
      {!typed && pageSubject && (
        <p className="sl-muted" data-testid="page-candidate">
          {t('popupOnThisPage')} <strong>{pageSubject.name ?? pageSubject.emails[0] ?? t('popupCandidate')}</strong>
        </p>
      )}
      {!typed && onPage.data?.atsPage && <PageOutlineOffer reason={pageSubject ? 'wrong' : 'none'} />}
      {subject && (
        <>
          {/* The results' vendor cards are h3s, as in the panel: this keeps the outline whole (h1, h2, h3). */}
          <h2 className="sl-visually-hidden">{t('popupResultsHeading')}</h2>
          <LookupView key={JSON.stringify(subject)} subject={subject} />
        </>
      )}
      <h2 className="sl-subtitle">{t('vendorsHeading')}</h2>
      <VendorStatusList />
      <p>
        <a href="/options.html" target="_blank" rel="noreferrer">
          {t('popupOptions')}
        </a>
      </p>
    </main>
  );
}
