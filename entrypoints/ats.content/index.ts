import { ATS_MATCHES, genericAdapter } from '@/lib/ats';
import { adapterForUrl } from '@/lib/ats/detect';
import { ask } from '@/lib/content/ask';
import { startPageSession } from '@/lib/content/session';

export default defineContentScript({
  matches: ATS_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    // A site the user added runs this same script (registered at runtime): ask which it is.
    const adapter =
      adapterForUrl(location.href) ?? (await ask('siteFor', { url: location.href }).then(({ site }) => site && genericAdapter(site)));
    if (adapter) startPageSession(ctx, adapter);
  },
});
