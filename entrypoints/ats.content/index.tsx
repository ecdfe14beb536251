import '@/components/styles.css';
import { mountPanel } from '@/components/mountPanel';
import { ATS_MATCHES } from '@/lib/ats';
import { adapterForUrl, detectSubject } from '@/lib/ats/detect';

export default defineContentScript({
  matches: ATS_MATCHES,
  cssInjectionMode: 'ui',
  async main(ctx) {
    const adapter = adapterForUrl(location.href);
    const subject = adapter && detectSubject(document, new URL(location.href), adapter);
    if (!subject) return;
    await mountPanel(ctx, subject);
  },
});
