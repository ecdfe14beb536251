import { useId, useRef, useState } from 'react';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/client';
import { CopiedText } from '@/components/shared/CopiedText';
import { copyText } from '@/components/results/PanelActions';

type State = { status: 'idle' | 'busy' } | { status: 'copied' | 'refused'; text: string } | { status: 'error'; error: string };

/**
 * The popup's offer when Scorelens found no candidate on the tab's ATS page, or the wrong one:
 * copy the page's outline (its structure, no one's data) for a support request, where
 * `npm run fixture` turns it into a saved page for the tests.
 */
export function PageOutlineOffer({ reason }: { reason: 'none' | 'wrong' }) {
  const id = useId();
  const [state, setState] = useState<State>({ status: 'idle' });
  const area = useRef<HTMLTextAreaElement>(null);

  async function onCopy() {
    setState({ status: 'busy' });
    try {
      const { outline } = await sendMessage('pageOutline', { reason });
      const text = JSON.stringify(outline);
      // Render the text first, so the fallback has a textarea to select.
      setState({ status: 'copied', text });
      await new Promise((r) => setTimeout(r, 0));
      const copied = await copyText(text, () => area.current);
      setState({ status: copied ? 'copied' : 'refused', text });
      if (!copied) area.current?.select();
    } catch (error) {
      setState({ status: 'error', error: error instanceof Error ? error.message : String(error) });
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
        disabled={state.status === 'busy'}
        onClick={() => void onCopy()}
      >
        {t('popupOutlineCopy')}
      </button>
      <p id={`${id}-help`} className="sl-muted">
        {t('popupOutlineHelp')}
      </p>
      <p className="sl-muted" role="status" data-testid="outline-status">
        {state.status === 'copied' && t('popupOutlineCopied')}
        {state.status === 'refused' && t('actionCopyRefused')}
      </p>
      {state.status === 'error' && (
        <p className="sl-error" role="alert">
          {state.error}
        </p>
      )}
      {(state.status === 'copied' || state.status === 'refused') && (
        <CopiedText
          ref={area}
          label={t('popupOutlineText')}
          text={state.text}
          refused={state.status === 'refused'}
          rows={6}
          testId="outline-text"
        />
      )}
    </section>
  );
}
