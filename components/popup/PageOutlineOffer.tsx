import { useId, useState } from 'react';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/client';
import { CopiedText, useCopiedText } from '@/components/shared/CopiedText';

/**
 * The popup's offer when Scorelens found no candidate on the tab's ATS page, or the wrong one:
 * copy the page's outline (its structure, no one's data) for a support request, where
 * `npm run fixture` turns it into a saved page for the tests.
 */
export function PageOutlineOffer({ reason }: { reason: 'none' | 'wrong' }) {
  const id = useId();
  const { area, copied, setCopied, copy } = useCopiedText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function onCopy() {
    setBusy(true);
    setError(undefined);
    setCopied(undefined);
    try {
      const { outline } = await sendMessage('pageOutline', { reason });
      await copy(JSON.stringify(outline));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="sl-outline-offer" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`}>{reason === 'none' ? t('popupOutlineNoCandidate') : t('popupOutlineWrongCandidate')}</p>
      <button
        type="button"
        className="sl-button"
        data-action="copy-outline"
        aria-describedby={`${id}-help`}
        disabled={busy}
        onClick={() => void onCopy()}
      >
        {t('popupOutlineCopy')}
      </button>
      <p id={`${id}-help`} className="sl-muted">
        {t('popupOutlineHelp')}
      </p>
      <p className="sl-muted" role="status" data-testid="outline-status">
        {copied?.state === 'copied' && t('popupOutlineCopied')}
        {copied?.state === 'refused' && t('actionCopyRefused')}
      </p>
      {error && (
        <p className="sl-error" role="alert">
          {error}
        </p>
      )}
      {copied && <CopiedText ref={area} label={t('popupOutlineText')} copied={copied} rows={6} testId="outline-text" />}
    </section>
  );
}
