import { genericAdapter } from '@/lib/ats';
import { adapterForUrl } from '@/lib/ats/detect';
import { ask } from '@/lib/content/ask';
import { startPageSession } from '@/lib/content/session';
import { PUBLIC_BOARD_EXCLUDES, RECRUITER_MATCHES } from '@/lib/ats/recruiterPages';

export default defineContentScript({
  // Recruiter pages only: never a public job board or careers page.
  matches: RECRUITER_MATCHES,
  excludeMatches: PUBLIC_BOARD_EXCLUDES,
  // Top frame only: who the candidate is shows in the top document on every ATS we know (SmartRecruiters'
  // and Teamtailor's frames hold forms and the resume viewer, text the candidate wrote), and a script per
  // frame would mean a panel per frame and a cost on every embedded frame.
  runAt: 'document_idle',
  async main(ctx) {
    const builtIn = adapterForUrl(location.href);
    if (builtIn) {
      // The user may have switched this ATS off in options.
      if ((await ask('atsEnabled', { ats: builtIn.id })).enabled) startPageSession(ctx, builtIn);
      return;
    }
    // A site the user added runs this same script (registered at runtime): ask which it is.
    const site = (await ask('siteFor', { url: location.href })).site;
    if (site) startPageSession(ctx, genericAdapter(site));
  },
});
