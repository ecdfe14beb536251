import { useState } from 'react';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/client';

/** Opens the options page through the background (a content script cannot open it itself). */
export function OpenOptionsButton() {
  const [error, setError] = useState<string>();
  return (
    <>
      <button
        type="button"
        className="sl-link-button"
        data-action="open-options"
        title={t('openOptionsTitle')}
        onClick={() => {
          setError(undefined);
          sendMessage('openOptions', {}).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
        }}
      >
        {t('openOptions')}
      </button>
      {error && (
        <span className="sl-error" role="alert">
          {' '}
          {t('openOptionsFailed', error)}
        </span>
      )}
    </>
  );
}
