import { genericAdapter } from '@/lib/ats';
import { adapterForUrl } from '@/lib/ats/detect';
import { ask } from '@/lib/content/ask';
import { startPageSession } from '@/lib/content/session';
import { PUBLIC_BOARD_EXCLUDES, RECRUITER_MATCHES } from '@/lib/ats/recruiterPages';

export default defineContentScript({
  // Recruiter pages only: never a public job board or careers page.
  matches: RECRUITER_MATCHES,
  excludeMatches: PUBLIC_BOARD_EXCLUDES,
  // Top frame only (`allFrames` left false, WXT's default). Gain of running in frames: none we know of,
  // since the candidate's identifiers live in the top document on every ATS we have evidence for
  // (URL ids; SmartRecruiters' email in `sr-candidate-personal-info`, a web component of the top page);
  // SmartRecruiters' and Teamtailor's frames hold forms and the resume viewer, text the candidate wrote,
  // which is only ever offered, never looked up. Cost and risk: recruiter pages also frame email
  // composers and rich-text editors carrying other people's text (drafts to colleagues, replies quoting
  // them), which a frame's script would read as if it were the page, plus a detection, a panel request
  // and a message channel in every embedded frame (analytics, ads, widgets) on every page load.
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
