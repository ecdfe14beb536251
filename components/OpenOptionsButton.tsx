import { useState } from 'react';
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
        title="Open the Scorelens options"
        onClick={() => {
          setError(undefined);
          sendMessage('openOptions', {}).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
        }}
      >
        Options ↗
      </button>
      {error && (
        <span className="sl-error" role="alert">
          {' '}
          Could not open Options: {error}
        </span>
      )}
    </>
  );
}
